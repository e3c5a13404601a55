import { expect, waitUntil } from '@open-wc/testing';
import { newSite, setApiMode } from '../support/api.js';
import { openFrame } from '../support/frames.js';
import { brokenWords, cutOff, elements, spaceText, where } from '../support/layout.js';

/**
 * Every widget on a 320 px page with a 20 px root font (a phone with large text; 200%
 * zoom of a 640 px window is the same page at 640 px), measured: nothing sticks out of
 * its box or the page, and a failure message stays inside its widget.
 */

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
    let doc: Document;
    try {
      doc = await layoutPage({ site, endpoint });
      // The buy button says it in the button, which pressed loads again.
      const failed = (selector: string) =>
        [...shadow(doc, selector).querySelectorAll('[role=alert], [role=status], [part=reason]')].some((message) => message.textContent!.trim());
      const widgets = ['sc-like-button', 'sc-wishlist-button', 'sc-buy-button', 'sc-product-card', 'sc-poll', 'sc-review-thread'];
      const silent = () => widgets.filter((selector) => !(doc.querySelector(selector)?.shadowRoot && failed(selector)));
      await waitUntil(() => !silent().length, 'not every widget showed its failure', { timeout: 8000 }).catch((error: Error) => {
        throw new Error(`${error.message}: ${silent().join(', ')}`);
      });
    } finally {
      // Up again even when this test fails: the server is every later test's too.
      await setApiMode({ mode: 'up' });
    }
    expect(messagesOutside(doc)).to.deep.equal([]);
    expect(cutOff(doc)).to.deep.equal([]);
  });

  it('cuts nothing off and breaks no word: buttons, the variant choice, a long share label, the cart lines', async () => {
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
    expect(brokenWords(doc)).to.deep.equal([]);
    expect(messagesOutside(doc)).to.deep.equal([]);
  });

  it('breaks no word inside: the wish list and the store\'s cards (names wrap at spaces)', async () => {
    const doc = await layoutPage({ site: `layout-${sites++}` });
    const wish = () => doc.querySelectorAll('sc-wishlist-button')[1]!.shadowRoot?.querySelector<HTMLButtonElement>('button[aria-disabled=false]');
    doc.querySelector('sc-wishlist')!.scrollIntoView();
    await waitUntil(wish, 'the wish-list button never loaded');
    wish()!.click();
    const title = () => shadow(doc, 'sc-wishlist').querySelector('[part=title]')?.textContent;
    await waitUntil(() => title() === 'Tulip bouquet', 'the wish list never showed the tulips');
    doc.querySelector('sc-store')!.scrollIntoView();
    await waitUntil(() => shadow(doc, 'sc-store').querySelectorAll('sc-product-card').length === 2, 'the store never loaded');
    expect(brokenWords(doc)).to.deep.equal([]);
  });

  it("cuts nothing off with WCAG's text spacing (1.4.12): buy buttons, the size list in a store card, a long share label", async () => {
    const doc = await layoutPage({ site: `layout-${sites++}` });
    await waitUntil(() => shadow(doc, 'sc-buy-button').querySelector('select'), 'the tee never loaded');
    doc.querySelector('sc-store')!.scrollIntoView();
    const sizes = () => shadow(doc, 'sc-store').querySelector('sc-product-card')?.shadowRoot?.querySelector('sc-buy-button')?.shadowRoot?.querySelector('select');
    await waitUntil(sizes, 'the store never showed the tee');
    spaceText(doc);
    expect(cutOff(doc)).to.deep.equal([]);
    expect(doc.documentElement.scrollWidth).to.equal(320);
  });

  for (const page of ['index', 'store']) {
    it(`demo/${page}.html at 320 px with WCAG's text spacing: nothing cut off, no sideways scrolling`, async () => {
      localStorage.clear();
      const frame = await openFrame(`/demo/${page}.html?local`);
      frame.style.cssText = 'width: 320px; height: 2000px; border: 0';
      const doc = frame.contentDocument!;
      const loaded = () => [...elements(doc)].some(([element]) => element.localName === 'button' && element.getAttribute('part') === 'button' && element.getAttribute('aria-disabled') === 'false');
      if (page === 'store') await waitUntil(loaded, 'the store never loaded', { timeout: 8000 });
      else await waitUntil(() => doc.querySelector('sc-share-button')?.shadowRoot?.querySelector('button'), 'the demo never loaded', { timeout: 8000 });
      spaceText(doc);
      expect(cutOff(doc)).to.deep.equal([]);
      expect(doc.documentElement.scrollWidth).to.equal(320);
    });
  }
});
