/**
 * A rollup plugin for the one-tag files, which carry Lit: it names Lit's Trusted Types
 * policy `sc-widgets` instead of `lit-html` and keeps it on `globalThis` under
 * `Symbol.for('sc-widgets.policy')`, where src/core/trusted-types.ts finds it for our
 * JSON-LD. A strict page then allows one name, the widgets' own; and every copy of
 * sc-widgets on a page (two script tags, or one beside an npm import) uses the first one's
 * policy instead of making a second of that name, which a strict page refuses. Lit's
 * production build creates the policy in one expression; should Lit change it, the build
 * fails here rather than ship a bundle that breaks on strict pages.
 */
const litPolicy = /(\w+)=(\w+)\?\2\.createPolicy\("lit-html",/;

export function litTrustedTypes() {
  return {
    name: 'lit-trusted-types',
    transform(code, id) {
      if (!id.endsWith('/node_modules/lit-html/lit-html.js')) return null;
      const [found, policy, factory] = code.match(litPolicy) ?? [];
      if (!found) this.error('Lit no longer creates its Trusted Types policy as scripts/lit-trusted-types.mjs expects');
      const shared = `globalThis[Symbol.for("sc-widgets.policy")]??=${factory}?${factory}.createPolicy("sc-widgets",`;
      // Lit's production files are one minified line: mapping shifted columns is not worth a source map.
      return { code: code.replace(litPolicy, `${policy}=${shared}`), map: null };
    },
  };
}
