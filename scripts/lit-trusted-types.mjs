/**
 * A rollup plugin that names Lit's Trusted Types policy `sc-widgets` instead of
 * `lit-html`, and exports it (as `scWidgetsPolicy`, read by src/core/trusted-types.ts).
 * Lit is bundled, so a strict page allows one name, the widgets' own, and our code writes
 * its JSON-LD through the same policy rather than a second one (which would also cost
 * every shopper its bytes). Lit's production build creates the policy in one expression;
 * should Lit change it, the build fails here rather than ship a bundle that breaks on
 * strict pages.
 */
const litPolicy = /(\w+)=(\w+)\?\2\.createPolicy\("lit-html",/;

export function litTrustedTypes() {
  return {
    name: 'lit-trusted-types',
    transform(code, id) {
      if (!id.endsWith('/node_modules/lit-html/lit-html.js')) return null;
      const [found, policy, factory] = code.match(litPolicy) ?? [];
      if (!found) this.error('Lit no longer creates its Trusted Types policy as scripts/lit-trusted-types.mjs expects');
      const named = code.replace(litPolicy, `${policy}=${factory}?${factory}.createPolicy("sc-widgets",`);
      // Lit's production files are one minified line: mapping shifted columns is not worth a source map.
      return { code: `${named}\nexport{${policy} as scWidgetsPolicy};`, map: null };
    },
  };
}
