import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/cart/cart.js';
import type { ScCart } from '../../src/components/cart/cart.component.js';
import { RestAdapter } from '../../src/adapters/rest/rest-adapter.js';
import type { Adapter } from '../../src/core/adapter.js';
import { configure } from '../../src/core/config.js';
import { sectionOf } from '../../src/adapters/sections.js';
import { addToCart } from '../../src/stores/cart.js';
import { setApiMode } from '../support/api.js';
import { MemoryStorage } from '../support/fixtures.js';
import { userToken } from '../server/helpers/client.js';
import { openFrame } from '../support/frames.js';
import { useLocalShop, useRestShop } from '../support/shop.js';

const root = (el: Element) => el.shadowRoot!;
const badge = (el: ScCart) => root(el).querySelector<HTMLElement>('[part=badge]')!;
const dialog = (el: ScCart) => root(el).querySelector('dialog')!;
const panel = (el: ScCart) => root(el).querySelector('sc-cart-panel')!;
const inPanel = <T extends Element = HTMLElement>(el: ScCart, selector: string) => root(panel(el)).querySelector<T>(selector)!;
const opened = async (el: ScCart) => {
  root(el).querySelector<HTMLButtonElement>('[part=button]')!.click();
  await waitUntil(() => dialog(el).open && panel(el)?.shadowRoot?.querySelector('[part=subtotal] strong')?.textContent, 'the cart never opened');
};
const tulips = { productId: 'tulips', variantId: 'tulips-1', quantity: 1 };
const teeL = { productId: 'tee', variantId: 'tee-l', quantity: 2 };

/** Waits until the backend holds `count` lines in this visitor's cart. */
const savedLines = (adapter: Adapter, count: number) =>
  waitUntil(async () => (await (await sectionOf(adapter, 'cart')).get()).lines.length === count, `the backend never held ${count} lines`);

/** test/fixtures/store-page.html in a frame: another tab, or this page after a reload. */
async function storePage(params: Record<string, string>) {
  const frame = await openFrame(`/test/fixtures/store-page.html?${new URLSearchParams(params)}`, { fullScreen: true });
  const cart = () => frame.contentDocument!.querySelector('sc-cart')!;
  return { frame, count: () => cart().shadowRoot?.querySelector('[part=badge]')?.textContent?.trim() };
}

describe('<sc-cart>', () => {
  beforeEach(async () => {
    localStorage.clear();
    await setApiMode({ mode: 'up' });
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows the item count on its button, and lines, quantities and the subtotal in a modal panel; passes axe', async () => {
    useLocalShop();
    const el = await fixture<ScCart>(html`<sc-cart></sc-cart>`);
    await addToCart(tulips);
    await addToCart(teeL);
    await waitUntil(() => badge(el).textContent === '3', 'no count');
    expect(root(el).querySelector('[part=button]')!.textContent).to.contain('Cart, 3 items');
    await opened(el);
    const lines = root(panel(el)).querySelectorAll('[part=line]');
    // Both adds are saved at once: the backend's order of the two may differ from the clicks'.
    const shown = Object.fromEntries([...lines].map((line) => [line.querySelector('.title')!.textContent, line.querySelector('.options')!.textContent]));
    expect(shown).to.deep.equal({ 'Tulip bouquet': '', 'Linen tee': 'L' });
    expect(inPanel(el, '[part=subtotal] strong').textContent).to.equal('€68.50');
    await expect(el).to.be.accessible();
  });

  it('changes a quantity, removes a line, and says so in sc-cart-change', async () => {
    useLocalShop();
    const el = await fixture<ScCart>(html`<sc-cart></sc-cart>`);
    await addToCart(tulips);
    await addToCart(teeL);
    await opened(el);
    const changes: unknown[] = [];
    el.addEventListener('sc-cart-change', (event) => changes.push(event.detail));
    inPanel<HTMLButtonElement>(el, '[aria-label="One more: Tulip bouquet"]').click();
    await waitUntil(() => badge(el).textContent === '4');
    const quantity = inPanel<HTMLInputElement>(el, '[aria-label="Quantity: Linen tee"]');
    quantity.value = '5';
    quantity.dispatchEvent(new Event('change'));
    await waitUntil(() => badge(el).textContent === '7');
    expect(inPanel(el, '[part=subtotal] strong').textContent).to.equal('€159.00');
    inPanel<HTMLButtonElement>(el, '[aria-label="Remove from cart: Tulip bouquet"]').click();
    await waitUntil(() => badge(el).textContent === '5');
    expect(changes).to.deep.equal([{ ...tulips, quantity: 2 }, { ...teeL, quantity: 5 }, { ...tulips, quantity: 0 }]);
    // Focus stays in the panel, on the next line's remove button.
    expect(root(panel(el)).activeElement?.getAttribute('aria-label')).to.equal('Remove from cart: Linen tee');
  });

  it('shows the quantity it keeps when more is typed than is in stock', async () => {
    useLocalShop();
    const el = await fixture<ScCart>(html`<sc-cart></sc-cart>`);
    await addToCart({ productId: 'tee', variantId: 'tee-s', quantity: 3 }); // all 3 in stock
    await opened(el);
    const quantity = inPanel<HTMLInputElement>(el, '[aria-label="Quantity: Linen tee"]');
    expect(quantity.max).to.equal('3');
    quantity.value = '8';
    quantity.dispatchEvent(new Event('change'));
    await el.updateComplete;
    await panel(el).updateComplete;
    expect(quantity.value).to.equal('3');
    expect(badge(el).textContent).to.equal('3');
  });

  it('traps focus in the panel, closes on Escape and gives focus back', async () => {
    useLocalShop();
    const el = await fixture<ScCart>(html`<sc-cart></sc-cart>`);
    await addToCart(tulips);
    const trigger = root(el).querySelector<HTMLButtonElement>('[part=button]')!;
    trigger.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialog(el).open && panel(el), 'not opened by keyboard');
    expect(dialog(el).matches(':modal')).to.equal(true); // the page behind is inert
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog(el).open, 'Escape did not close');
    expect(el.open).to.equal(false);
    expect(root(el).activeElement).to.equal(trigger);
  });

  it('opens on each add with open-on-add', async () => {
    useLocalShop();
    const el = await fixture<ScCart>(html`<sc-cart open-on-add></sc-cart>`);
    await addToCart(tulips);
    await waitUntil(() => dialog(el).open, 'did not open');
  });

  it('in a frame taller than the screen, opens where the person is, and stays there as the page scrolls', async () => {
    const { site } = useLocalShop();
    await addToCart(tulips);
    const frame = await openFrame(`/test/fixtures/store-page.html?${new URLSearchParams({ site })}`);
    // A social tab: the parent made the frame four screens tall, and the person scrolled into it.
    frame.style.cssText = `display: block; width: 360px; height: ${4 * innerHeight}px; margin-block: 200px; border: 0`;
    const cart = () => frame.contentDocument!.querySelector('sc-cart')!;
    await waitUntil(() => cart().shadowRoot?.querySelector('[part=badge]')?.textContent === '1', 'the frame never loaded');
    scrollTo(0, 200 + 1.5 * innerHeight);
    /** Where a part of the panel is on the screen (the test page's viewport). */
    const onScreen = (selector: string) => {
      const el = cart().shadowRoot!.querySelector(selector) ?? cart().shadowRoot!.querySelector('sc-cart-panel')!.shadowRoot!.querySelector(selector)!;
      const rect = el.getBoundingClientRect();
      const top = frame.getBoundingClientRect().top + rect.top;
      return { top, bottom: top + rect.height };
    };
    const inView = (selector: string) => {
      const { top, bottom } = onScreen(selector);
      return top >= -1 && bottom <= innerHeight + 1;
    };
    cart().show();
    const dialog = () => cart().shadowRoot!.querySelector('dialog')!;
    await waitUntil(() => dialog().open && cart().shadowRoot!.querySelector('sc-cart-panel')?.shadowRoot?.querySelector('[part=checkout]'), 'the cart never opened');
    // The whole panel is on screen, from its title and close button to its checkout.
    expect(onScreen('dialog').top).to.be.closeTo(0, 1);
    expect(onScreen('dialog').bottom).to.be.closeTo(innerHeight, 1);
    expect(inView('[part=close]')).to.equal(true);
    expect(inView('[part=line]')).to.equal(true);
    expect(inView('[part=checkout]')).to.equal(true);
    // The page scrolls under the open panel: it follows.
    scrollBy(0, innerHeight / 2);
    await waitUntil(() => Math.abs(onScreen('dialog').top) < 1, 'the panel stayed behind');
    expect(inView('[part=checkout]')).to.equal(true);
    // Closed and opened again near the frame's top, where its part in view is shorter than the screen.
    cart().close();
    await waitUntil(() => !dialog().open, 'did not close');
    scrollTo(0, 0);
    cart().show();
    await waitUntil(() => dialog().open, 'did not open again');
    expect(onScreen('dialog').top).to.be.closeTo(200, 1);
    expect(onScreen('dialog').bottom).to.be.closeTo(innerHeight, 1);
    scrollTo(0, 0);
  });

  it('keeps the cart across a reload and shows another tab\'s changes at once (in-browser)', async () => {
    const { site } = useLocalShop();
    const tab = await storePage({ site });
    await addToCart(tulips);
    await addToCart(teeL);
    await waitUntil(() => tab.count() === '3', 'the other tab never heard');
    const reloaded = await storePage({ site });
    await waitUntil(() => reloaded.count() === '3', 'the cart was not there after a reload');
  });

  it('keeps the cart on the server for the visitor, across a reload', async () => {
    const { endpoint, site, storage, adapter } = await useRestShop();
    await addToCart(teeL);
    await savedLines(adapter, 1);
    // The same visitor in another tab: its token in the page's storage.
    for (const key of storage.items.keys()) localStorage.setItem(key, storage.getItem(key)!);
    const tab = await storePage({ site, endpoint });
    await waitUntil(() => tab.count() === '2', 'the server cart was not shown');
  });

  it('with the server: a guest\'s cart joins the customer\'s on sign-in, and follows the customer to another device', async () => {
    const { endpoint, site, secret, adapter } = await useRestShop();
    const el = await fixture<ScCart>(html`<sc-cart></sc-cart>`);
    await addToCart(tulips);
    await savedLines(adapter, 1);

    // This device signs in: what the guest put in the cart is the customer's now.
    const token = await userToken(secret, { sub: 'cart-ann', name: 'Ann' });
    configure({ userToken: token });
    await waitUntil(() => badge(el).textContent === '1', 'the guest\'s line was lost on sign-in');
    await addToCart(teeL);
    await waitUntil(() => badge(el).textContent === '3');
    await savedLines(adapter, 2);

    // Another device: no storage in common, a visitor of its own, the same customer.
    configure({ adapter: new RestAdapter({ endpoint, site, storage: new MemoryStorage(), retries: 0 }), userToken: token });
    await waitUntil(() => badge(el).textContent === '3', 'the customer\'s cart was not on the other device');
  });

  it('undoes a change the server refuses (more than in stock), and says so', async () => {
    await useRestShop();
    const el = await fixture<ScCart>(html`<sc-cart></sc-cart>`);
    const failed = oneEvent(el, 'sc-error');
    await addToCart({ productId: 'tee', variantId: 'tee-s', quantity: 4 }); // 3 in stock
    expect((await failed).detail.code).to.equal('conflict');
    await waitUntil(() => badge(el).hidden, 'not undone');
  });

  it('checks out through a cart link from the site\'s template', async () => {
    useLocalShop();
    configure({ checkoutUrl: 'https://shop.example/cart/{variant}:{qty},…?ref=social' });
    const el = await fixture<ScCart>(html`<sc-cart></sc-cart>`);
    await addToCart(tulips);
    await addToCart(teeL);
    await opened(el);
    const handed = oneEvent(el, 'sc-checkout');
    el.addEventListener('sc-checkout', (event) => event.preventDefault()); // the test page stays
    inPanel<HTMLButtonElement>(el, '[part=checkout]').click();
    const { detail } = await handed;
    expect(detail.url).to.equal('https://shop.example/cart/tulips-1:1,tee-l:2?ref=social');
    expect(detail.buyNow).to.equal(false);
  });

  it('checks out as an order on the server: priced there, the cart emptied, the order shown', async () => {
    await useRestShop();
    const el = await fixture<ScCart>(html`<sc-cart></sc-cart>`);
    await addToCart(tulips);
    await addToCart(teeL);
    await opened(el);
    const handed = oneEvent(el, 'sc-checkout');
    inPanel<HTMLButtonElement>(el, '[part=checkout]').click();
    const { detail } = await handed;
    expect(detail.order!.status).to.equal('pending');
    expect(detail.order!.total).to.deep.equal({ amount: 2450 + 2 * 2200, currency: 'EUR' });
    expect(detail.url).to.equal(undefined); // the test site has no payment page
    await waitUntil(() => badge(el).hidden, 'the cart was not emptied');
    // Its reference, from the server, and what happens next: this site has no payment page.
    expect(detail.order!.reference).to.match(/^SC-\w{4}-\w{4}$/);
    const status = inPanel(el, '[role=status]');
    expect(status.textContent).to.equal(`Ordered. Your reference: ${detail.order!.reference}. Next: quote this reference to the shop to pay or to ask about your order.`);
    expect(status.getBoundingClientRect().width).to.be.greaterThan(1);
    await expect(el).to.be.accessible();
  });

  it('in the browser alone (LocalAdapter), the checkout says it is a demo and orders nothing: the cart stays', async () => {
    useLocalShop();
    const el = await fixture<ScCart>(html`<sc-cart></sc-cart>`);
    await addToCart(tulips);
    await opened(el);
    const handed = oneEvent(el, 'sc-checkout');
    inPanel<HTMLButtonElement>(el, '[part=checkout]').click();
    const { detail } = await handed;
    expect(detail.order!.demo).to.equal(true);
    await panel(el).updateComplete;
    const status = inPanel(el, '[role=status]');
    expect(status.textContent).to.equal('This shop is a demo: nothing was ordered and nothing is charged.');
    expect(status.getBoundingClientRect().width).to.be.greaterThan(1);
    expect(status.textContent).not.to.contain('Thank you');
    expect(badge(el).textContent).to.equal('1');
    expect(root(panel(el)).querySelectorAll('[part=line]')).to.have.length(1);
  });
});
