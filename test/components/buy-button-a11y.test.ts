import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/buy-button/buy-button.js';
import type { ScBuyButton } from '../../src/components/buy-button/buy-button.component.js';
import { deepActiveElement, spokenTree } from '../support/ax-tree.js';
import { buyReady, shadowButton, useLocalShop } from '../support/shop.js';

const status = (el: ScBuyButton) => el.shadowRoot!.querySelector('[role=status]')!;
const giftNote = (el: ScBuyButton) => el.shadowRoot!.querySelector('sc-gift-note')?.shadowRoot?.querySelector('summary');

/** What a screen reader hears of `<sc-buy-button>`, and its keyboard use. */
describe('<sc-buy-button> accessibility tree and keyboard', () => {
  beforeEach(() => (localStorage.clear(), sessionStorage.clear()));

  it('names every control with its product, and says why the button waits', async () => {
    useLocalShop();
    const el = await fixture<ScBuyButton>(html`<sc-buy-button product-id="tee"></sc-buy-button>`);
    await buyReady(el);
    expect(await spokenTree()).to.deep.equal([
      'combobox "size: Linen tee" [not expanded]',
      '  option "Choose…"',
      '  option "S"',
      '  option "M (sold out)"',
      '  option "L"',
      'spinbutton "Quantity: Linen tee"',
      'button "Add to cart: Linen tee, Choose first: size" [disabled]',
      'status',
    ]);
  });

  it('by keyboard: chooses a size, a quantity, adds, and says how many the cart holds after each add', async () => {
    useLocalShop();
    const el = await fixture<ScBuyButton>(html`<sc-buy-button product-id="tee"></sc-buy-button>`);
    await buyReady(el);
    const root = el.shadowRoot!;
    const before = status(el);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(root.querySelector('select'));
    await sendKeys({ type: 'L' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(root.querySelector('[part=quantity]'));
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(shadowButton(el));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(el).textContent === '2 in cart: Linen tee', 'the add was not said');
    expect(deepActiveElement()).to.equal(shadowButton(el));
    // The same product again: the status says the new quantity, so it is heard again.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(el).textContent === '4 in cart: Linen tee', 'a second add was silent');
    expect(status(el)).to.equal(before); // one status, updated rather than replaced
    expect(deepActiveElement()).to.equal(shadowButton(el));
    expect(await spokenTree()).to.deep.equal([
      'combobox "size: Linen tee" [not expanded]',
      '  option "Choose…"',
      '  option "S"',
      '  option "M (sold out)"',
      '  option "L"',
      'spinbutton "Quantity: Linen tee"',
      'button "Add to cart: Linen tee" [focused]',
      'status',
      // Seen: the count; heard with it, the product (its name is above, on the card or page).
      '  text "4 in cart"',
      '  text ": Linen tee"',
    ]);
  });

  it('names a gift’s button and its message with the product', async () => {
    useLocalShop();
    const el = await fixture<ScBuyButton>(html`<sc-buy-button product-id="tulips" gift></sc-buy-button>`);
    await buyReady(el);
    await waitUntil(() => giftNote(el), 'the gift message never loaded');
    expect(await spokenTree()).to.deep.equal([
      'DisclosureTriangle "Add a gift message: Tulip bouquet" [not expanded]',
      'spinbutton "Quantity: Tulip bouquet"',
      'button "Buy as a gift: Tulip bouquet"',
      'status',
    ]);
  });

  it('joins label and product with the language’s colon', async () => {
    useLocalShop();
    const el = await fixture<ScBuyButton>(html`<div><sc-buy-button product-id="tulips" lang="fr"></sc-buy-button><sc-buy-button product-id="tulips" lang="zh-CN"></sc-buy-button></div>`);
    const [fr, zh] = el.querySelectorAll('sc-buy-button');
    await Promise.all([buyReady(fr), buyReady(zh)]);
    expect((await spokenTree()).filter((line) => line.startsWith('button'))).to.deep.equal([
      'button "Ajouter au panier\u202F: Tulip bouquet"',
      'button "加入购物车：Tulip bouquet"',
    ]);
  });
});
