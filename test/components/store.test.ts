import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/store/store.js';
import type { ScStore } from '../../src/components/store/store.component.js';
import { configure } from '../../src/core/config.js';
import { pageCheckout } from '../../src/checkout/page-checkout.js';
import { setApiMode, takeRequests } from '../support/api.js';
import { openFrame } from '../support/frames.js';
import { buyReady, shadowButton, useLocalShop, useRestShop } from '../support/shop.js';

const root = (el: Element) => el.shadowRoot!;
const titles = (el: ScStore) =>
  [...root(el).querySelectorAll('sc-product-card')].map((card) => card.shadowRoot?.querySelector('[part=title]')?.textContent ?? '');
const shows = (el: ScStore, expected: string[]) =>
  waitUntil(() => JSON.stringify(titles(el)) === JSON.stringify(expected), `not ${expected.join(', ')}`);
const pick = (el: ScStore, part: string, value: string) => {
  const control = root(el).querySelector<HTMLSelectElement | HTMLInputElement>(`[part=${part}]`)!;
  control.value = value;
  control.dispatchEvent(new Event(part === 'search' ? 'input' : 'change'));
};

describe('<sc-store>', () => {
  beforeEach(async () => {
    localStorage.clear();
    await setApiMode({ mode: 'up' });
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('lists the products with search, category and sort, and passes axe', async () => {
    useLocalShop();
    const el = await fixture<ScStore>(html`<sc-store></sc-store>`);
    await shows(el, ['Linen tee', 'Stoneware mug', 'Tulip bouquet']);
    expect(root(el).querySelector('[part=count]')!.textContent).to.equal('3 products');
    expect([...root(el).querySelectorAll('[part=category] option')].map((option) => option.textContent)).to.deep.equal(['All', 'Clothing', 'Flowers', 'Home']);
    await expect(el).to.be.accessible();
    pick(el, 'search', 'TULIP');
    await shows(el, ['Tulip bouquet']);
    pick(el, 'search', '');
    pick(el, 'category', 'home');
    await shows(el, ['Stoneware mug']);
    pick(el, 'category', '');
    pick(el, 'sort', 'price-desc');
    await shows(el, ['Tulip bouquet', 'Linen tee', 'Stoneware mug']);
  });

  it('shows a page at a time, and the next page where keyboard focus goes', async () => {
    useLocalShop();
    const el = await fixture<ScStore>(html`<sc-store page-size="2"></sc-store>`);
    await shows(el, ['Linen tee', 'Stoneware mug']);
    expect(root(el).querySelector('[part=count]')!.textContent).to.equal('2 of 3 products');
    root(el).querySelector<HTMLButtonElement>('[part=more]')!.click();
    await shows(el, ['Linen tee', 'Stoneware mug', 'Tulip bouquet']);
    await waitUntil(() => root(el).activeElement === root(el).querySelectorAll('li')[2], 'focus did not move to the new page');
    expect(root(el).querySelector('[part=more]')).to.equal(null);
  });

  it('with action="checkout": a card buys now, and the store fires sc-checkout with the one item', async () => {
    useLocalShop();
    configure({ checkout: pageCheckout });
    const el = await fixture<ScStore>(html`<sc-store action="checkout"></sc-store>`);
    await shows(el, ['Linen tee', 'Stoneware mug', 'Tulip bouquet']);
    const tulips = root(el).querySelectorAll('sc-product-card')[2]!.shadowRoot!.querySelector('sc-buy-button')!;
    await buyReady(tulips);
    el.addEventListener('sc-checkout', (event) => event.preventDefault()); // the test page stays
    const handed = oneEvent(el, 'sc-checkout');
    shadowButton(tulips).click();
    expect((await handed).detail).to.deep.include({ lines: [{ productId: 'tulips', variantId: 'tulips-1', quantity: 1 }], buyNow: true });
  });

  it('with the server: one request lists the page, and its cards read nothing more', async () => {
    const { site } = await useRestShop();
    await takeRequests();
    const el = await fixture<ScStore>(html`<sc-store></sc-store>`);
    await shows(el, ['Linen tee', 'Stoneware mug', 'Tulip bouquet']);
    // Every card's buy button shows its product: what they would have read, they have.
    await Promise.all([...root(el).querySelectorAll('sc-product-card')].map((card) => buyReady(card.shadowRoot!.querySelector('sc-buy-button')!)));
    expect(await takeRequests()).to.deep.equal([`GET /v1/sites/${site}/products?limit=12&sort=title`]);
  });

  it('with the server: reads nothing while far below the fold, and its first page once scrolled to', async () => {
    const { site } = await useRestShop();
    await takeRequests();
    const page = await fixture(html`<div><div style="height: 400vh"></div><sc-store></sc-store></div>`);
    const el = page.querySelector('sc-store')!;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await takeRequests()).to.deep.equal([]);
    el.scrollIntoView();
    await shows(el, ['Linen tee', 'Stoneware mug', 'Tulip bouquet']);
    expect(await takeRequests()).to.deep.equal([`GET /v1/sites/${site}/products?limit=12&sort=title`]);
  });

  it('with the server down: says so in role=alert and fires sc-error, then lists the products when asked', async () => {
    await useRestShop();
    await setApiMode({ mode: 'down' });
    const el = await fixture<ScStore>(html`<sc-store></sc-store>`);
    const failed = new Promise<CustomEvent>((resolve) => el.addEventListener('sc-error', resolve as EventListener, { once: true }));
    const alert = () => root(el).querySelector<HTMLButtonElement>('[role=alert]');
    await waitUntil(() => alert()?.textContent?.trim(), 'no alert for a failed load', { timeout: 8000 });
    expect((await failed).detail.code).to.be.a('string');
    await setApiMode({ mode: 'up' });
    alert()!.click();
    await shows(el, ['Linen tee', 'Stoneware mug', 'Tulip bouquet']);
    expect(alert()).to.equal(null);
  });

  it('in an iframe, tells the parent its height, and fits 320 px with no sideways scroll', async () => {
    const { site } = useLocalShop();
    const heights: number[] = [];
    const listen = (event: MessageEvent) => event.data?.type === 'sc-widgets:height' && heights.push(event.data.height);
    addEventListener('message', listen);
    const frame = await openFrame(`/test/fixtures/store-page.html?${new URLSearchParams({ site })}`);
    frame.style.cssText = 'width: 320px; height: 400px; border: 0';
    const doc = frame.contentDocument!;
    const store = () => doc.querySelector('sc-store')!;
    await waitUntil(() => store().shadowRoot?.querySelectorAll('sc-product-card').length === 3, 'the store never loaded');
    const full = () => Math.ceil(doc.documentElement.getBoundingClientRect().height);
    await waitUntil(() => heights.at(-1) === full() && full() > 400, 'the full height was never posted');
    expect(doc.documentElement.scrollWidth).to.be.at.most(320);
    const tall = full();
    store().search = 'tulip';
    await waitUntil(() => heights.at(-1) === full() && full() < tall, 'the smaller height was never posted');
    removeEventListener('message', listen);
  });
});
