/**
 * A rollup plugin that shortens the two developer-facing error messages Lit's production
 * build keeps in css-tag.js (~230 characters, ~90 B brotli that every shopper downloads).
 * They fire only when code passes a non-`css` value to `css` or constructs a CSSResult,
 * which our own tests would catch. Should Lit reword them, nothing is replaced and
 * `npm run size` shows the bytes coming back.
 */
const messages = [
  [/"Value passed to 'css' function must be a 'css' function result: "/, '"css`` only: "'],
  [/"\. Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security\."/, '""'],
  [/"CSSResult is not constructable\. Use `unsafeCSS` or `css` instead\."/, '"Use css``"'],
];

export function shortenLitMessages() {
  return {
    name: 'shorten-lit-messages',
    transform(code, id) {
      if (!id.includes('/node_modules/@lit/reactive-element/')) return null;
      // Lit's production files are one minified line: mapping shifted columns is not worth a source map.
      return { code: messages.reduce((text, [pattern, short]) => text.replace(pattern, short), code), map: null };
    },
  };
}
