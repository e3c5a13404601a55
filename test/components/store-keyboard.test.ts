import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/cart/cart.js';
import '../../src/components/store/store.js';
import { configure } from '../../src/core/config.js';
import type { CheckoutDetail } from '../../src/events/events.js';
import { pageCheckout } from '../../src/checkout/page-checkout.js';
import { openFrame } from '../support/frames.js';
import { useLocalShop } from '../support/shop.js';

/** The element focus is on, through shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
const focusedText = () => (focused()?.getAttribute('aria-label') ?? focused()?.textContent ?? '').trim();
const press = async (key: string, times = 1) => {
  for (let i = 0; i < times; i++) await sendKeys({ press: key });
};

/** The "done when", by keyboard alone: find by search, pick a variant, add two items, change a quantity, check out; the cart survives a reload. */
describe('the store by keyboard alone', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('finds, picks, adds, changes and checks out, and the cart is there after a reload', async () => {
    const { site } = useLocalShop();
    configure({ checkout: pageCheckout });
    const page = await fixture<HTMLDivElement>(html`<div><sc-cart></sc-cart><sc-store></sc-store></div>`);
    const store = page.querySelector('sc-store')!;
    const cards = () => [...store.shadowRoot!.querySelectorAll('sc-product-card')];
    await waitUntil(() => cards().length === 3, 'the store never loaded');

    await press('Tab', 2); // the cart's button, then the search
    expect(focused()!.getAttribute('part')).to.equal('search');
    await sendKeys({ type: 'l' }); // "Linen tee" and "Tulip bouquet"
    await press('Enter');
    await waitUntil(() => cards().length === 2, 'the search found the wrong products');

    await press('Tab', 3); // category, sort, the tee's size
    expect(focused()!.getAttribute('name')).to.equal('size');
    await sendKeys({ type: 'L' });
    await press('Tab'); // its quantity
    await press('ArrowUp');
    await press('Tab'); // its button
    expect(focusedText()).to.equal('Add to cart: Linen tee');
    await press('Enter');
    await press('Tab'); // the tee's "View cart", beside its confirmation
    expect(focusedText()).to.equal('View cart');
    await press('Tab', 2); // the tulips' quantity and button
    expect(focusedText()).to.equal('Add to cart: Tulip bouquet');
    await press('Enter');
    const cart = page.querySelector('sc-cart')!;
    await waitUntil(() => cart.shadowRoot!.querySelector('[part=badge]')!.textContent === '3', 'not 2 tees and 1 bouquet');

    await sendKeys({ down: 'Shift' });
    await press('Tab', 9); // back past both cards (the tee's "View cart" too) and the controls, to the cart
    await sendKeys({ up: 'Shift' });
    expect(focused()!.getAttribute('part')).to.equal('button');
    await press('Enter');
    await waitUntil(() => cart.shadowRoot!.querySelector('sc-cart-panel')?.shadowRoot?.querySelector('[part=line]'), 'the cart did not open');
    expect(focusedText()).to.equal('Close');
    await press('Tab', 3); // one tee less, its quantity, one more tee
    expect(focusedText()).to.equal('One more: Linen tee');
    await press('Enter');
    await waitUntil(() => cart.shadowRoot!.querySelector('[part=badge]')!.textContent === '4', 'the quantity did not change');

    const handed = new Promise<CheckoutDetail>((resolve) => cart.addEventListener('sc-checkout', (event) => resolve(event.detail), { once: true }));
    await press('Tab', 7); // remove tee, the bouquet's four controls, the coupon code, checkout
    expect(focusedText()).to.equal('Check out');
    await press('Enter');
    expect((await handed).lines).to.deep.equal([
      { productId: 'tee', variantId: 'tee-l', quantity: 3 },
      { productId: 'tulips', variantId: 'tulips-1', quantity: 1 },
    ]);

    // The same visitor reloads: the same cart.
    const frame = await openFrame(`/test/fixtures/store-page.html?${new URLSearchParams({ site })}`);
    await waitUntil(() => frame.contentDocument!.querySelector('sc-cart')?.shadowRoot?.querySelector('[part=badge]')?.textContent === '4', 'the cart was lost');
  });
});
