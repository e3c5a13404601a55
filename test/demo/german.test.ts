import { expect, waitUntil } from '@open-wc/testing';
import { axeViolations, openFrame } from '../support/frames.js';

/**
 * demo/de.html with no server (?local): the classic script with `data-messages` pointing at the
 * shop's German pack, as built (`dist/`), which loads its compiler from beside itself.
 */
describe('demo/de.html', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('speaks German in every widget, from the shop’s own pack, and axe finds nothing', async () => {
    localStorage.clear();
    const frame = await openFrame('/demo/de.html?local', { fullScreen: true });
    const doc = frame.contentDocument!;
    // The text of a widget and of those inside it (the store's cards and their buy buttons).
    const deepText = (root: ShadowRoot | null | undefined): string =>
      root ? root.textContent + [...root.querySelectorAll('*')].map((el) => deepText(el.shadowRoot)).join(' ') : '';
    const said = (selector: string) => deepText(doc.querySelector(selector)?.shadowRoot).replace(/\s+/g, ' ');
    await waitUntil(() => said('sc-like-button').includes('Gefällt mir') && said('sc-wishlist-button').includes('Auf die Wunschliste'), 'the buttons never spoke German', { timeout: 8000 });
    await waitUntil(() => (doc.querySelector('sc-store')!.scrollIntoView(), said('sc-store').includes('In den Warenkorb')), 'the store never spoke German', { timeout: 8000 });
    expect(said('sc-store')).to.contain('Sortieren nach').and.contain('6 von 12 Produkten');
    expect(said('sc-cart')).to.contain('Warenkorb, 0 Artikel');
    expect(await axeViolations(frame)).to.deep.equal([]);
  });
});
