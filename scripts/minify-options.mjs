/**
 * How the builds minify (rollup.config.mjs), and how `npm run size` minifies the npm entries
 * when it bundles them with their dependencies as an app would (scripts/size.mjs): one setting,
 * so that the two builds are measured alike.
 *
 * `unsafe` assumes built-ins are not monkey-patched (a page that patches Array or String has
 * bigger problems); `keep_fargs: false` drops unused parameters (nothing here reads a
 * function's `length`: lit, nanostores and ky were checked). Together ~40 B brotli in the like
 * button's chunk. A classic script's top-level `var SocialCommerce` is its API: only modules
 * may drop unused top-level names (`module: false` keeps them).
 */
export const terserOptions = ({ module = true } = {}) => ({
  ecma: 2022,
  module,
  compress: { passes: 2, unsafe: true, keep_fargs: false },
  format: { comments: false },
});
