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

  it('in a social tab scrolled down, an add says so beside the pressed button, in view, and "View cart" opens the cart there', async () => {
    // The social tab's page: demo/store.html in a frame as tall as the store, as social-tab.html makes it
    // (on this origin, so the test can read it), 360 px wide, scrolled down to the store's last card.
    const frame = await openFrame('/demo/store.html?local');
    frame.style.cssText = 'display: block; width: 360px; height: 600px; border: 0';
    addEventListener('message', (event) => event.source === frame.contentWindow && event.data?.type === 'sc-widgets:height' && (frame.style.height = `${event.data.height}px`));
    const doc = frame.contentDocument!;
    const store = () => doc.querySelector('sc-store')?.shadowRoot;
    await waitUntil(() => titles(doc).length === 8 && titles(doc).every(Boolean) && frame.offsetHeight > 2 * innerHeight, 'the store never grew the frame', { timeout: 8000 });
    /** Where an element of the frame is on this page's screen. */
    const onScreen = (el: Element) => {
      const rect = el.getBoundingClientRect();
      const top = frame.getBoundingClientRect().top + rect.top;
      return { top, bottom: top + rect.height, width: rect.width };
    };
    // The last row of cards, scrolled to: cards load once near the screen.
    const cards = [...store()!.querySelectorAll('sc-product-card')];
    scrollBy(0, onScreen(cards.at(-1)!).bottom - innerHeight);
    const pressable = () => [...cards].reverse().find((card) => card.shadowRoot?.querySelector('sc-buy-button')?.shadowRoot?.querySelector('[part=button][aria-disabled=false]'));
    await waitUntil(pressable, 'no card of the last row could be added', { timeout: 8000 });
    const card = pressable()!;
    const buy = () => card.shadowRoot!.querySelector('sc-buy-button')!.shadowRoot!;
    const button = buy().querySelector<HTMLButtonElement>('[part=button]')!;
    scrollBy(0, onScreen(button).top - innerHeight / 2);
    const badge = doc.querySelector('sc-cart')!.shadowRoot!.querySelector('[part=button]')!;
    expect(onScreen(badge).bottom).to.be.below(0); // the cart's badge is far above, out of view

    button.focus();
    button.click();
    const status = buy().querySelector('[role=status]')!;
    await waitUntil(() => /^\d+ in cart: /.test(status.textContent!), `the add was not said: "${status.textContent}"`);
    const said = onScreen(status);
    expect(said.width).to.be.greaterThan(1); // shown, not only announced
    expect(said.top).to.be.within(onScreen(button).bottom - 1, innerHeight);
    expect(buy().activeElement).to.equal(button);

    const view = buy().querySelector<HTMLButtonElement>('[part=view-cart]')!;
    expect(view.textContent!.trim()).to.equal('View cart');
    expect(onScreen(view).top).to.be.within(0, innerHeight);
    view.click();
    const dialog = doc.querySelector('sc-cart')!.shadowRoot!.querySelector('dialog')!;
    await waitUntil(() => dialog.open, 'the cart did not open');
    // Where the person is: the panel's top within the screen, not at the frame's top far above.
    expect(onScreen(dialog).top).to.be.within(0, innerHeight / 2);
    expect(await axeViolations(frame)).to.deep.equal([]);
  });
});
