/**
 * A rollup plugin that strips comments and white space from our css`` templates, which
 * terser leaves alone as string content. Lit's own code is minified already. Our css``
 * templates hold no `${}` interpolations, which this relies on.
 */
const collapse = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')
    .trim();

export function minifyCss() {
  return {
    name: 'minify-css',
    transform(code, id) {
      if (id.includes('node_modules')) return null;
      return { code: code.replace(/\bcss\s*`([^`$]*)`/g, (_, body) => `css\`${collapse(body)}\``), map: null };
    },
  };
}
