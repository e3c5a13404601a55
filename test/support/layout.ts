/**
 * Measures of a laid-out page, shadow roots included: what sticks out, what scrolls the page
 * sideways, which words are drawn on two lines. Each returns what it found, as lines for a
 * failure message, so a test asserts an empty list.
 */

/** Every element of a page, shadow roots included, with the widget it belongs to. */
export function* elements(root: Document | ShadowRoot, widget?: Element): Generator<[element: Element, widget: Element | undefined]> {
  for (const element of root.querySelectorAll('*')) {
    const owner = widget ?? (element.localName.startsWith('sc-') ? element : undefined);
    yield [element, owner];
    if (element.shadowRoot) yield* elements(element.shadowRoot, owner ?? element);
  }
}

/** `sc-cart > button[part=button]`, `main > p.lead`: enough to find an element by. */
export const where = (element: Element) => {
  const host = (element.getRootNode() as ShadowRoot).host;
  const part = element.getAttribute('part');
  const id = element.id ? `#${element.id}` : '';
  const classes = [...element.classList].map((name) => `.${name}`).join('');
  const above = host ?? element.parentElement;
  return `${above ? `${above.localName} > ` : ''}${element.localName}${id}${part ? `[part=${part}]` : classes}`;
};

/** Text for screen readers only is cut to 1 px on purpose. */
const screenReaderOnly = (element: Element) => !!(element.closest('.sr-only') || (element.getRootNode() as ShadowRoot).host?.closest?.('.sr-only'));

/** What sticks out: past the page's edges, out of its element's box, or out of a box that cuts it off (or a button's). */
export function cutOff(doc: Document): string[] {
  const view = doc.defaultView!;
  const width = doc.documentElement.clientWidth;
  const found: string[] = [];
  for (const [element] of elements(doc)) {
    if (screenReaderOnly(element)) continue;
    const box = element.getBoundingClientRect();
    if (!box.width) continue;
    if (box.left < -0.5 || box.right > width + 0.5) found.push(`${where(element)} spans ${Math.round(box.left)}–${Math.round(box.right)} of ${width} px`);
    // Out of its own element's box, over whatever is beside it (a dialog is its own box).
    const owner = element.closest('dialog') ?? (element.getRootNode() as ShadowRoot).host;
    const bounds = owner?.getBoundingClientRect();
    if (bounds && (box.left < bounds.left - 0.5 || box.right > bounds.right + 0.5)) found.push(`${where(element)} sticks out of <${owner!.localName}>`);
    const style = view.getComputedStyle(element);
    const cuts = style.overflowX !== 'visible' || element.localName === 'button';
    if (cuts && element.scrollWidth > element.clientWidth + 1) found.push(`${where(element)} cuts ${element.scrollWidth} px wide to ${element.clientWidth}`);
    if (element.localName === 'button' && element.scrollHeight > element.clientHeight + 1) found.push(`${where(element)} cuts ${element.scrollHeight} px high to ${element.clientHeight}`);
  }
  return found;
}

/**
 * Sideways scrolling: the page wider than its window, with the elements that make it so:
 * each one past the window's edge whose parent (or shadow host) is not, where it starts.
 */
export function sidewaysScroll(doc: Document): string[] {
  const width = doc.defaultView!.innerWidth;
  const scrolled = doc.scrollingElement!.scrollWidth;
  if (scrolled <= width) return [];
  const past = (element: Element | null | undefined) => {
    const box = element?.getBoundingClientRect();
    return !!box?.width && (box.right > width + 0.5 || box.left < -0.5);
  };
  const offenders = [...elements(doc)]
    .map(([element]) => element)
    .filter((element) => !screenReaderOnly(element) && past(element) && !past(element.parentElement ?? (element.getRootNode() as ShadowRoot).host))
    .map((element) => {
      const box = element.getBoundingClientRect();
      return `${where(element)} "${element.textContent!.trim().replace(/\s+/g, ' ').slice(0, 40)}" spans ${Math.round(box.left)}–${Math.round(box.right)}`;
    });
  return [`the page is ${scrolled} px wide in a ${width} px window`, ...offenders];
}

/**
 * Words drawn on two lines: a product's name broken inside ("Tulip bouq / uet"). A word is a
 * run of letters and digits: "link-in-bio" may wrap at its hyphens, and an address or a piece
 * of code (with `/`, `:`, `=`, `<`…) is no word, so it may wrap anywhere. (The test Chromium has
 * no hyphenation dictionaries, so `hyphens: auto` breaks nothing here that this would count.)
 */
export function brokenWords(doc: Document): string[] {
  const found: string[] = [];
  for (const [element] of elements(doc)) {
    if (element.closest('.sr-only, select, option, code, pre')) continue;
    for (const text of element.childNodes) {
      if (text.nodeType !== Node.TEXT_NODE) continue;
      const words = [...text.textContent!.matchAll(/\S+/g)]
        .filter((chunk) => !/[/:=<>&?@]/.test(chunk[0]))
        .flatMap((chunk) => [...chunk[0].matchAll(/[\p{L}\p{M}\p{N}'’]{2,}/gu)].map((word) => ({ word: word[0], index: chunk.index! + word.index! })));
      for (const { word, index } of words) {
        const range = doc.createRange();
        range.setStart(text, index);
        range.setEnd(text, index + word.length);
        const lines = new Set([...range.getClientRects()].filter((rect) => rect.width).map((rect) => Math.round(rect.top)));
        if (lines.size > 1) found.push(`${where(element)}: "${word}"`);
      }
    }
  }
  return found;
}

/** Applies the override of https://www.w3.org/WAI/WCAG22/Understanding/text-spacing to the page and every shadow root in it. */
export function spaceText(doc: Document) {
  const spacing = new (doc.defaultView as typeof window).CSSStyleSheet();
  spacing.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } p { margin-block-end: 2em !important }');
  for (const [element] of elements(doc)) if (element.shadowRoot) element.shadowRoot.adoptedStyleSheets = [...element.shadowRoot.adoptedStyleSheets, spacing];
  doc.adoptedStyleSheets = [spacing];
}
