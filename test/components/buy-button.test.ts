import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/buy-button/buy-button.js';
import type { ScBuyButton } from '../../src/components/buy-button/buy-button.component.js';
import { configure } from '../../src/core/config.js';
import { pageCheckout } from '../../src/checkout/page-checkout.js';
import { sectionOf } from '../../src/adapters/sections.js';
import { $cart } from '../../src/stores/cart.js';
import { buyReady, shadowButton, useLocalShop, useRestShop } from '../support/shop.js';

const select = (el: ScBuyButton) => el.shadowRoot!.querySelector('select')!;
const choose = async (el: ScBuyButton, value: string) => {
  select(el).value = value;
  select(el).dispatchEvent(new Event('change'));
  await el.updateComplete;
};
const lines = () => $cart.get().value?.lines ?? [];

describe('<sc-buy-button>', () => {
  beforeEach(() => localStorage.clear());

  it('adds a single-variant product at once, fires sc-cart-add once, and passes axe', async () => {
    useLocalShop();
    const el = await fixture<ScBuyButton>(html`<sc-buy-button product-id="tulips"></sc-buy-button>`);
    await buyReady(el);
    expect(el.shadowRoot!.querySelector('select')).to.equal(null);
    expect(shadowButton(el).textContent!.trim()).to.equal('Add to cart');
    await expect(el).to.be.accessible();
    const events: CustomEvent[] = [];
    el.addEventListener('sc-cart-add', (event) => events.push(event));
    shadowButton(el).click();
    await waitUntil(() => events.length === 1, 'no sc-cart-add');
    expect(events[0].detail).to.deep.equal({ productId: 'tulips', variantId: 'tulips-1', quantity: 1 });
    await waitUntil(() => lines().length === 1, 'not in the cart');
    shadowButton(el).click();
    await waitUntil(() => lines()[0]?.quantity === 2, 'a second add did not add up');
  });

  it('asks for a variant, says which are sold out, and adds the chosen one with its quantity', async () => {
    useLocalShop();
    const el = await fixture<ScBuyButton>(html`<sc-buy-button product-id="tee"></sc-buy-button>`);
    await buyReady(el);
    expect(shadowButton(el).getAttribute('aria-disabled')).to.equal('true');
    expect(shadowButton(el).textContent).to.contain('Choose a size');
    expect([...select(el).options].map((option) => option.textContent!.trim())).to.deep.equal(['Choose…', 'S', 'M (Sold out)', 'L']);
    const changes: (string | null)[] = [];
    el.addEventListener('sc-variant-change', (event) => changes.push(event.detail.variantId));
    await choose(el, 'M');
    expect(shadowButton(el).textContent).to.contain('Sold out');
    expect(shadowButton(el).getAttribute('aria-disabled')).to.equal('true');
    shadowButton(el).click();
    await choose(el, 'S');
    expect(changes).to.deep.equal(['tee-m', 'tee-s']);
    const quantity = el.shadowRoot!.querySelector<HTMLInputElement>('[part=quantity]')!;
    expect(quantity.max).to.equal('3');
    quantity.value = '7';
    quantity.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(quantity.value).to.equal('3'); // capped at the stock
    shadowButton(el).click();
    await waitUntil(() => lines().length === 1, 'not in the cart');
    expect(lines()).to.deep.equal([{ productId: 'tee', variantId: 'tee-s', quantity: 3 }]);
  });

  it('starts from variant-id, and says a sold-out product is sold out', async () => {
    useLocalShop();
    const el = await fixture<ScBuyButton>(html`<sc-buy-button product-id="tee" variant-id="tee-l"></sc-buy-button>`);
    await buyReady(el);
    expect(select(el).value).to.equal('L');
    expect(shadowButton(el).getAttribute('aria-disabled')).to.equal('false');
    el.productId = 'mug';
    await waitUntil(() => shadowButton(el).textContent!.includes('Sold out'), 'not sold out');
    expect(shadowButton(el).textContent).to.contain('Add to cart'); // for screen readers, before the reason
  });

  it('adds nothing when a listener cancels sc-before-cart-add', async () => {
    useLocalShop();
    const el = await fixture<ScBuyButton>(html`<sc-buy-button product-id="tulips"></sc-buy-button>`);
    await buyReady(el);
    let added = 0;
    el.addEventListener('sc-before-cart-add', (event) => event.preventDefault());
    el.addEventListener('sc-cart-add', () => added++);
    shadowButton(el).click();
    await el.updateComplete;
    expect(added).to.equal(0);
    expect(lines()).to.deep.equal([]);
  });

  it('buys now as a gift: hands the one item to the page, leaving the cart alone', async () => {
    useLocalShop();
    configure({ checkout: pageCheckout });
    const el = await fixture<ScBuyButton>(html`<sc-buy-button product-id="tulips" gift></sc-buy-button>`);
    await buyReady(el);
    expect(shadowButton(el).textContent!.trim()).to.equal('Buy as a gift');
    const handed = oneEvent(el, 'sc-checkout');
    shadowButton(el).click();
    const { detail } = await handed;
    expect(detail).to.deep.equal({ lines: [{ productId: 'tulips', variantId: 'tulips-1', quantity: 1 }], buyNow: true, gift: true });
    expect(lines()).to.deep.equal([]);
  });

  it('with the server: adds to the visitor\'s cart there', async () => {
    const { adapter } = await useRestShop();
    const el = await fixture<ScBuyButton>(html`<sc-buy-button product-id="tee" variant-id="tee-l"></sc-buy-button>`);
    await buyReady(el);
    shadowButton(el).click();
    const cart = await sectionOf(adapter, 'cart');
    await waitUntil(async () => (await cart.get()).lines.length === 1, 'never saved on the server');
    expect((await cart.get()).lines).to.deep.equal([{ productId: 'tee', variantId: 'tee-l', quantity: 1 }]);
  });

  it('buys now with the server: one pending order at catalog prices, however often it is pressed', async () => {
    const { adapter } = await useRestShop();
    const el = await fixture<ScBuyButton>(html`<sc-buy-button product-id="tee" variant-id="tee-l" action="checkout"></sc-buy-button>`);
    await buyReady(el);
    const orders: string[] = [];
    el.addEventListener('sc-checkout', (event) => {
      event.preventDefault(); // the test page stays
      orders.push(event.detail.order!.id);
      expect(event.detail.order!.total).to.deep.equal({ amount: 2200, currency: 'EUR' });
    });
    shadowButton(el).click();
    shadowButton(el).click(); // a double click: the second is ignored while the first runs
    await waitUntil(() => orders.length === 1, 'no order');
    await el.updateComplete;
    expect(orders).to.have.length(1);
    expect((await (await sectionOf(adapter, 'cart')).get()).lines).to.deep.equal([]);
  });
});
