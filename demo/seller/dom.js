/** Builds an element from properties and children, with text content only: never HTML (what people typed stays text). */
export function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

let ids = 0;
/** An id unique on the page, for labels and headings to point at. */
export const uniqueId = (prefix) => `${prefix}-${++ids}`;

/** When something happened, in the reader's own words and zone. */
export const when = (iso) => new Date(iso).toLocaleString();
