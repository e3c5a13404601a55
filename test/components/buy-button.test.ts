import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/buy-button/buy-button.js';
import '../../src/components/cart/cart.js';
import type { ScBuyButton } from '../../src/components/buy-button/buy-button.component.js';
import { configure } from '../../src/core/config.js';
import { pageCheckout } from '../../src/checkout/page-checkout.js';
import { sectionOf } from '../../src/adapters/sections.js';
import { $cart } from '../../src/stores/cart.js';
import { openFrame } from '../support/frames.js';
import { buyReady, shadowButton, useLocalShop, useRestShop } from '../support/shop.js';
import { countRows, takeRequests } from '../support/api.js';

const select = (el: ScBuyButton) => el.shadowRoot!.querySelector('select')!;
const choose = async (el: ScBuyButton, value: string) => {
  select(el).value = value;
  select(el).dispatchEvent(new Event('change'));
  await el.updateComplete;
};
const lines = () => $cart.get().value?.lines ?? [];
/** The gift message's disclosure, once its element has loaded. */
const noteDetails = (el: Element) => el.shadowRoot!.querySelector('sc-gift-note')?.shadowRoot?.querySelector('details');
const noteField = (el: Element) => noteDetails(el)!.querySelector('textarea')!;
/** Opens the gift message's disclosure as a person would, and types the note. */
const writeNote = async (el: ScBuyButton, note: string) => {
  await waitUntil(() => noteDetails(el), 'the gift message never loaded');
  noteDetails(el)!.querySelector('summary')!.click();
  await waitUntil(() => noteDetails(el)!.open, 'the gift message did not open');
  noteField(el).value = note;
  noteField(el).dispatchEvent(new Event('input'));
  await el.updateComplete;
};

describe('<sc-buy-button>', () => {
  beforeEach(() => (localStorage.clear(), sessionStorage.clear()));

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
    expect(shadowButton(el).textContent).to.contain('Choose first: size');
    expect([...select(el).options].map((option) => option.textContent!.trim())).to.deep.equal(['Choose…', 'S', 'M (sold out)', 'L']);
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
    quantity.value = '9';
    quantity.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(quantity.value).to.equal('3'); // still what will be added, though the quantity did not change
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
    expect(shadowButton(el).getAttribute('aria-label')).to.equal('Add to cart: Stoneware mug, Sold out'); // for screen readers, before the reason
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

  it('takes a gift message in a labelled field, hands it over with the gift, then forgets its draft', async () => {
    const { site } = useLocalShop();
    configure({ checkout: pageCheckout });
    const el = await fixture<ScBuyButton>(html`<sc-buy-button product-id="tulips" gift></sc-buy-button>`);
    await buyReady(el);
    await waitUntil(() => noteDetails(el), 'the gift message never loaded');
    expect(noteDetails(el)!.open).to.equal(false);
    expect(noteDetails(el)!.querySelector('summary')!.textContent).to.equal('Add a gift message');
    // The box the button keeps for it before it loads is the size it comes in: nothing moves.
    const giftNote = el.shadowRoot!.querySelector('sc-gift-note')!;
    expect(giftNote.getBoundingClientRect().height).to.be.closeTo(parseFloat(getComputedStyle(giftNote).minBlockSize), 0.5);
    await writeNote(el, '  Happy birthday, Ann!  ');
    const field = noteField(el);
    expect(field.labels![0].textContent!.trim()).to.equal('Gift message (optional)');
    expect(field.maxLength).to.equal(500); // the server's limit
    await expect(el).to.be.accessible();
    expect(sessionStorage.getItem(`sc-widgets:${site}:gift-note:tulips`)).to.equal('  Happy birthday, Ann!  ');
    const handed = oneEvent(el, 'sc-checkout');
    shadowButton(el).click();
    const { detail } = await handed;
    expect(detail).to.deep.equal({ lines: [{ productId: 'tulips', variantId: 'tulips-1', quantity: 1 }], buyNow: true, gift: true, note: 'Happy birthday, Ann!' });
    expect(sessionStorage.getItem(`sc-widgets:${site}:gift-note:tulips`)).to.equal(null);
  });

  it('keeps a gift message being written across a reload, open, for its product only', async () => {
    const { site } = useLocalShop();
    const frame = await openFrame(`/test/fixtures/gift-page.html?${new URLSearchParams({ site })}`);
    const button = () => frame.contentDocument!.querySelector('sc-buy-button')!;
    await buyReady(button());
    await writeNote(button(), 'For Ann');
    frame.contentWindow!.location.reload();
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    await buyReady(button());
    await waitUntil(() => noteDetails(button()), 'the gift message never loaded');
    expect(noteField(button()).value).to.equal('For Ann');
    expect(noteDetails(button())!.open).to.equal(true);
    frame.remove();
    // Another product's gift button starts blank; a button that is not a gift has no field.
    const other = await fixture<ScBuyButton>(html`<div><sc-buy-button product-id="tee" gift></sc-buy-button><sc-buy-button product-id="tulips"></sc-buy-button></div>`);
    const [tee, plain] = other.querySelectorAll('sc-buy-button');
    await Promise.all([buyReady(tee), buyReady(plain)]);
    await waitUntil(() => noteDetails(tee), 'the gift message never loaded');
    expect(noteField(tee).value).to.equal('');
    expect(plain.shadowRoot!.querySelector('[part=note]')).to.equal(null);
  });

  it('with the server: the gift order keeps the buyer\'s message', async () => {
    const { adapter, endpoint, site } = await useRestShop();
    const el = await fixture<ScBuyButton>(html`<sc-buy-button product-id="tee" variant-id="tee-l" gift></sc-buy-button>`);
    await buyReady(el);
    await writeNote(el, 'Happy birthday! 🎂');
    const handed = oneEvent(el, 'sc-checkout');
    el.addEventListener('sc-checkout', (event) => event.preventDefault()); // the test page stays
    shadowButton(el).click();
    const { detail } = await handed;
    expect(detail.note).to.equal('Happy birthday! 🎂');
    expect(detail.order).to.include({ gift: true, note: 'Happy birthday! 🎂' });
    // The order as the server keeps it, read back as this visitor.
    const response = await fetch(`${endpoint}/v1/sites/${site}/orders/${detail.order!.id}`, {
      headers: { 'X-Visitor-Token': adapter.storage.getItem(adapter.storageKey('visitor'))! },
    });
    expect(await response.json()).to.include({ gift: true, note: 'Happy birthday! 🎂' });
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

  it('with the server: two quick presses of "Buy as a gift" make one order, said in view with its reference', async () => {
    const { site } = await useRestShop();
    const el = await fixture<ScBuyButton>(html`<sc-buy-button product-id="tee" variant-id="tee-l" gift></sc-buy-button>`);
    await buyReady(el);
    el.addEventListener('sc-checkout', (event) => event.preventDefault()); // the test page stays
    await takeRequests();
    const handed = oneEvent(el, 'sc-checkout');
    shadowButton(el).focus();
    shadowButton(el).click();
    await el.updateComplete;
    // Busy until the shop answers, and still where the keyboard is.
    expect(shadowButton(el).getAttribute('aria-busy')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(shadowButton(el));
    const { detail } = await handed;
    // The second press of a double click, landing once the first order came back.
    shadowButton(el).click();
    await el.updateComplete;
    await waitUntil(() => shadowButton(el).getAttribute('aria-busy') === 'false', 'still busy');
    expect((await takeRequests()).filter((line) => line.startsWith('POST') && line.endsWith('/orders'))).to.have.length(1);
    expect(await countRows(site, 'orders')).to.equal(1);
    const status = el.shadowRoot!.querySelector('[role=status]')!;
    expect(status.textContent).to.equal(`Gift ordered. Your reference: ${detail.order!.reference}. Next: quote this reference to the shop to pay or to ask about your order.`);
    expect(status.getBoundingClientRect().width).to.be.greaterThan(1); // shown, not only announced
    expect(el.shadowRoot!.activeElement).to.equal(shadowButton(el));
    await expect(el).to.be.accessible();
  });

  it('with the server: says why a gift could not be ordered, in view, and orders it once when pressed again', async () => {
    const { site, endpoint, secret } = await useRestShop();
    const el = await fixture<ScBuyButton>(html`<sc-buy-button product-id="tee" variant-id="tee-l" gift></sc-buy-button>`);
    await buyReady(el);
    el.addEventListener('sc-checkout', (event) => event.preventDefault());
    const stock = (amount: number) =>
      fetch(`${endpoint}/v1/sites/${site}/products/tee/variants/tee-l`, {
        method: 'PATCH',
        headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ stock: amount }),
      });
    await stock(0);
    const failed = oneEvent(el, 'sc-error');
    shadowButton(el).click();
    expect((await failed).detail).to.include({ code: 'conflict', message: 'Not enough left in stock to order this.' });
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('[role=alert]')!;
    expect(alert.textContent).to.equal('Not enough left in stock to order this.');
    expect(alert.getBoundingClientRect().width).to.be.greaterThan(1);
    await stock(5);
    const handed = oneEvent(el, 'sc-checkout');
    shadowButton(el).click();
    await handed;
    expect(await countRows(site, 'orders')).to.equal(1);
  });

  it('says "Besteld" with the reference in Dutch', async () => {
    await useRestShop();
    const el = await fixture<ScBuyButton>(html`<sc-buy-button product-id="tulips" action="checkout" lang="nl"></sc-buy-button>`);
    await buyReady(el);
    el.addEventListener('sc-checkout', (event) => event.preventDefault());
    const handed = oneEvent(el, 'sc-checkout');
    shadowButton(el).click();
    const { detail } = await handed;
    await el.updateComplete;
    await waitUntil(() => el.shadowRoot!.querySelector('[role=status]')!.textContent!.startsWith('Besteld'), 'not in Dutch');
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.match(new RegExp(`^Besteld\\. Je referentie: ${detail.order!.reference}\\. `));
  });

  it('after an add, says so beside the button until the next change, and its "View cart" opens the page\'s cart; focus stays', async () => {
    useLocalShop();
    const page = await fixture(html`<div><sc-cart></sc-cart><sc-buy-button product-id="tee"></sc-buy-button></div>`);
    const el = page.querySelector('sc-buy-button')!;
    await buyReady(el);
    await choose(el, 'L');
    shadowButton(el).focus();
    shadowButton(el).click();
    const status = el.shadowRoot!.querySelector('[role=status]')!;
    await waitUntil(() => status.textContent === '1 in cart: Linen tee', 'the add was not said');
    await el.updateComplete;
    // Shown under the button that was pressed, not only announced; the product is said, not shown again.
    const [said, pressed] = [status.getBoundingClientRect(), shadowButton(el).getBoundingClientRect()];
    expect(said.width).to.be.greaterThan(1);
    expect(said.top - pressed.bottom).to.be.within(-1, 16);
    expect(status.querySelector('.sr-only')!.textContent).to.equal(': Linen tee');
    expect(el.shadowRoot!.activeElement).to.equal(shadowButton(el));
    const view = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=view-cart]')!;
    expect(view.textContent!.trim()).to.equal('View cart');
    await expect(el).to.be.accessible();
    view.click();
    const cart = page.querySelector('sc-cart')!;
    await waitUntil(() => cart.shadowRoot!.querySelector('dialog')!.open, 'the cart did not open');
    cart.close();
    // The next change takes the confirmation away.
    await choose(el, 'S');
    expect(status.textContent).to.equal('');
    expect(el.shadowRoot!.querySelector('[part=view-cart]')).to.equal(null);
  });

  it('after an add on a page with no cart, says so with no "View cart"', async () => {
    useLocalShop();
    const el = await fixture<ScBuyButton>(html`<sc-buy-button product-id="tulips"></sc-buy-button>`);
    await buyReady(el);
    shadowButton(el).click();
    await waitUntil(() => el.shadowRoot!.querySelector('[role=status]')!.textContent === '1 in cart: Tulip bouquet', 'the add was not said');
    expect(el.shadowRoot!.querySelector('[role=status]')!.getBoundingClientRect().width).to.be.greaterThan(1);
    expect(el.shadowRoot!.querySelector('[part=view-cart]')).to.equal(null);
  });

  it('in the browser alone (LocalAdapter), buying now says it is a demo and orders nothing', async () => {
    useLocalShop();
    const el = await fixture<ScBuyButton>(html`<sc-buy-button product-id="tulips" action="checkout"></sc-buy-button>`);
    await buyReady(el);
    const handed = oneEvent(el, 'sc-checkout');
    el.addEventListener('sc-checkout', (event) => event.preventDefault());
    shadowButton(el).click();
    expect((await handed).detail.order!.demo).to.equal(true);
    await el.updateComplete;
    const status = el.shadowRoot!.querySelector('[role=status]')!;
    expect(status.textContent).to.equal('This shop is a demo: nothing was ordered and nothing is charged.');
    expect(status.getBoundingClientRect().width).to.be.greaterThan(1);
  });
});
