import { expect, waitUntil } from '@open-wc/testing';
import { axeViolations, openFrame } from '../support/frames.js';

/** The store's product titles on a page, once shown. */
const titles = (doc: Document) =>
  [...(doc.querySelector('sc-store')?.shadowRoot?.querySelectorAll('sc-product-card') ?? [])].map(
    (card) => card.shadowRoot?.querySelector('[part=title]')?.textContent ?? '',
  );

/** The demo's store pages with no server (?local): the catalog comes from demo/catalog.json. */
describe('the demo store pages', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const [page, pageSize] of [['store.html', 8], ['link-in-bio.html', 6]] as const) {
    it(`${page} lists a page of the catalog with no server, and axe finds nothing`, async () => {
      const frame = await openFrame(`/demo/${page}?local`, { fullScreen: true });
      const doc = frame.contentDocument!;
      await waitUntil(() => titles(doc).length === pageSize && titles(doc).every(Boolean), 'the store never showed its products', { timeout: 8000 });
      expect(titles(doc)[0]).to.equal('Canvas tote');
      expect(await axeViolations(frame)).to.deep.equal([]);
    });
  }

  it('social-tab.html shows the store from another origin, in a frame as tall as the store', async () => {
    const tab = await openFrame('/demo/social-tab.html?local', { fullScreen: true });
    const shop = tab.contentDocument!.querySelector('iframe')!;
    expect(new URL(shop.src).origin).to.not.equal(location.origin);
    expect(new URL(shop.src).pathname).to.equal('/demo/store.html');
    // The store posts its height once its products are in; the tab then has no inner scrollbar.
    await waitUntil(() => parseFloat(shop.style.height) > 1000, 'the frame never took the store\'s height', { timeout: 8000 });
    expect(await axeViolations(tab)).to.deep.equal([]);
  });
});
