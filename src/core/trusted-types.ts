import * as lit from 'lit/html.js';

/**
 * The Trusted Types policy of sc-widgets, named `sc-widgets`: a page that requires Trusted
 * Types allows it with `trusted-types sc-widgets`. It is Lit's own, which the build names
 * and exports (scripts/lit-trusted-types.mjs): Lit's templates and our JSON-LD go through
 * it, as HTML passed on unchanged. Undefined where the browser has no Trusted Types, and
 * in code run from source (tests), whose Lit keeps its own policy.
 */
export const policy = (lit as { scWidgetsPolicy?: Policy }).scWidgetsPolicy;

// lib.dom has no Trusted Types yet. The HTML a policy makes is typed as the string it
// stands for, which is what the DOM's typings of the sinks take.
interface Policy {
  createHTML(html: string): string;
}
