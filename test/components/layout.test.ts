import { expect, waitUntil } from '@open-wc/testing';
import { newSite, setApiMode } from '../support/api.js';
import { openFrame } from '../support/frames.js';

/**
 * Every widget on a 320 px page with a 20 px root font (a phone with large text; 200%
 * zoom of a 640 px window is the same page at 640 px), measured: nothing sticks out of
 * its box or the page, and a failure message stays inside its widget.
 */

/** Every element of a page, shadow roots included, with the widget it belongs to. */
function* elements(root: Document | ShadowRoot, widget?: Element): Generator<[element: Element, widget: Element | undefined]> {
  for (const element of root.querySelectorAll('*')) {
    const owner = widget ?? (element.localName.startsWith('sc-') ? element : undefined);
    yield [element, owner];
    if (element.shadowRoot) yield* elements(element.shadowRoot, owner ?? element);
  }
}

const where = (element: Element) => {
  const host = (element.getRootNode() as ShadowRoot).host;
  const part = element.getAttribute('part');
  return `${host ? `${host.localName} > ` : ''}${element.localName}${part ? `[part=${part}]` : ''}`;
};

/** What sticks out: past the page's edges, out of its element's box, or out of a box that cuts it off (or a button's). */
function cutOff(doc: Document): string[] {
  const view = doc.defaultView!;
  const width = doc.documentElement.clientWidth;
  const found: string[] = [];
  for (const [element] of elements(doc)) {
    // Text for screen readers only is cut to 1 px on purpose.
    if (element.closest('.sr-only') || (element.getRootNode() as ShadowRoot).host?.closest?.('.sr-only')) continue;
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

/** Messages (status, alert) showing text, and whether each lies inside its widget's box. */
function messagesOutside(doc: Document): string[] {
  const found: string[] = [];
  for (const [element, widget] of elements(doc)) {
    if (!widget || !element.matches('[role=status], [role=alert], [part=reason]') || !element.textContent!.trim() || element.closest('.sr-only')) continue;
    const [message, host] = [element.getBoundingClientRect(), widget.getBoundingClientRect()];
    const inside = message.left >= host.left - 0.5 && message.right <= host.right + 0.5 && message.top >= host.top - 0.5 && message.bottom <= host.bottom + 0.5;
    if (!inside) found.push(`${where(element)} "${element.textContent!.trim()}" outside <${widget.localName}>`);
  }
  return found;
}

const shadow = (doc: Document, selector: string) => doc.querySelector(selector)!.shadowRoot!;
let sites = 0;

async function layoutPage(params: Record<string, string>): Promise<Document> {
  const frame = await openFrame(`/test/fixtures/layout-page.html?${new URLSearchParams(params)}`);
  frame.style.cssText = 'width: 320px; height: 2000px; border: 0';
  return frame.contentDocument!;
}

describe('layout at 320 px with a 20 px root font', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('keeps every failure message inside its widget, and cuts nothing off', async function () {
    this.timeout(20_000);
    const { endpoint, site } = await newSite();
    await setApiMode({ mode: 'down' });
    const doc = await layoutPage({ site, endpoint });
    // The buy button says it in the button, which pressed loads again.
    const failed = (selector: string) =>
      [...shadow(doc, selector).querySelectorAll('[role=alert], [role=status], [part=reason]')].some((message) => message.textContent!.trim());
    const widgets = ['sc-like-button', 'sc-wishlist-button', 'sc-buy-button', 'sc-product-card', 'sc-poll', 'sc-review-thread'];
    const silent = () => widgets.filter((selector) => !(doc.querySelector(selector)?.shadowRoot && failed(selector)));
    await waitUntil(() => !silent().length, 'not every widget showed its failure', { timeout: 8000 }).catch((error: Error) => {
      throw new Error(`${error.message}: ${silent().join(', ')}`);
    });
    await setApiMode({ mode: 'up' });
    expect(messagesOutside(doc)).to.deep.equal([]);
    expect(cutOff(doc)).to.deep.equal([]);
  });

  it('cuts nothing off: buttons, the variant choice, a long share label, the cart lines', async () => {
    const doc = await layoutPage({ site: `layout-${sites++}` });
    const tulips = () => doc.querySelectorAll('sc-buy-button')[1]!.shadowRoot?.querySelector<HTMLButtonElement>('button:not([aria-disabled=true])');
    await waitUntil(tulips, 'the tulips never loaded');
    await waitUntil(() => shadow(doc, 'sc-product-card').querySelector('h2')?.textContent, 'the product card never loaded');
    doc.querySelector('sc-store')!.scrollIntoView();
    await waitUntil(() => shadow(doc, 'sc-store').querySelectorAll('sc-product-card').length === 2, 'the store never loaded');
    tulips()!.click();
    shadow(doc, 'sc-cart').querySelector<HTMLButtonElement>('[part=button]')!.click();
    const line = () => shadow(doc, 'sc-cart').querySelector('sc-cart-panel')?.shadowRoot?.querySelector('[part=line]');
    await waitUntil(() => line()?.textContent?.includes('Tulip bouquet'), 'the cart never showed its line');
    expect(cutOff(doc)).to.deep.equal([]);
    expect(messagesOutside(doc)).to.deep.equal([]);
  });
});
