/**
 * The Trusted Types policy of sc-widgets, named `sc-widgets`, through which our JSON-LD is
 * written (as HTML passed on unchanged). Kept on `globalThis`, so that every copy of
 * sc-widgets on a page uses one policy: a strict page refuses a second of the same name.
 * In the one-tag files it is Lit's own, which their build names and puts there
 * (scripts/lit-trusted-types.mjs): a page that requires Trusted Types allows
 * `trusted-types sc-widgets`. The npm entries import the app's Lit, whose policy keeps its
 * name, `lit-html`: there ours is made on first use, and a strict page allows
 * `trusted-types lit-html sc-widgets`. Undefined where the browser has no Trusted Types.
 */
export function htmlPolicy(): Policy | undefined {
  const global = globalThis as { [key: symbol]: Policy | undefined; trustedTypes?: PolicyFactory };
  return (global[Symbol.for('sc-widgets.policy')] ??= global.trustedTypes?.createPolicy('sc-widgets', { createHTML: (html) => html }));
}

// lib.dom has no Trusted Types yet. The HTML a policy makes is typed as the string it
// stands for, which is what the DOM's typings of the sinks take.
interface Policy {
  createHTML(html: string): string;
}
interface PolicyFactory {
  createPolicy(name: string, rules: Policy): Policy;
}
