const said = new Set<string>();

/**
 * Tells the page's developer, once per page, about a mistake in how sc-widgets is set up
 * and how to fix it. In production builds too: that is where a typo in a script tag is
 * first seen.
 */
export function warnOnce(text: string): void {
  if (!said.has(text)) console.warn(`sc-widgets: ${(said.add(text), text)}`);
}

/** An element without the id it works from stays blank, in silence but for this. */
export function warnMissingId(element: Element, attribute: string): void {
  warnOnce(`<${element.localName}> shows nothing without ${attribute}="…".`);
}
