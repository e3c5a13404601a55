import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/product-card/product-card.js';
import '../../src/components/like-button/like-button.js';
import '../../src/components/wishlist-button/wishlist-button.js';
import type { ScProductCard } from '../../src/components/product-card/product-card.component.js';
import { deepActiveElement, spokenTree } from '../support/ax-tree.js';
import { buyReady, shadowButton, useLocalShop } from '../support/shop.js';

const root = (el: Element) => el.shadowRoot!;
const toggle = (el: ScProductCard, tag: 'sc-like-button' | 'sc-wishlist-button') => root(root(el).querySelector(tag)!).querySelector('button')!;
const ready = async (el: ScProductCard) => {
  await buyReady(await waitUntil(() => root(el).querySelector('sc-buy-button'), 'no buy button').then(() => root(el).querySelector('sc-buy-button')!));
  for (const tag of ['sc-like-button', 'sc-wishlist-button'] as const) {
    await waitUntil(() => toggle(el, tag)?.getAttribute('aria-disabled') === 'false', `${tag} never loaded`);
  }
};

/** What a screen reader hears of `<sc-product-card>` with like and wish-list buttons, and its keyboard use. */
describe('<sc-product-card> accessibility tree and keyboard', () => {
  beforeEach(() => localStorage.clear());

  it('names its like, wish-list and buy controls with the product', async () => {
    useLocalShop();
    const el = await fixture<ScProductCard>(html`<sc-product-card product-id="tulips"></sc-product-card>`);
    await ready(el);
    expect(await spokenTree()).to.deep.equal([
      'heading "Tulip bouquet"',
      'button "Like: Tulip bouquet 0 likes" [not pressed]',
      'status',
      'alert',
      'button "Add to wish list: Tulip bouquet" [not pressed]',
      'status',
      'alert',
      'spinbutton "Quantity: Tulip bouquet"',
      'button "Add to cart: Tulip bouquet"',
      'status',
    ]);
  });

  it('by keyboard: likes, wishes and adds, focus staying on each control', async () => {
    useLocalShop();
    const el = await fixture<ScProductCard>(html`<sc-product-card product-id="tulips"></sc-product-card>`);
    await ready(el);
    const buy = root(el).querySelector('sc-buy-button')!;
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(toggle(el, 'sc-like-button'));
    await sendKeys({ press: 'Space' });
    await waitUntil(() => toggle(el, 'sc-like-button').getAttribute('aria-pressed') === 'true', 'not liked');
    expect(deepActiveElement()).to.equal(toggle(el, 'sc-like-button'));
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(toggle(el, 'sc-wishlist-button'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => toggle(el, 'sc-wishlist-button').getAttribute('aria-pressed') === 'true', 'not wished for');
    expect(deepActiveElement()).to.equal(toggle(el, 'sc-wishlist-button'));
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(root(buy).querySelector('[part=quantity]'));
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(shadowButton(buy));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(buy).querySelector('[role=status]')!.textContent === '1 in cart: Tulip bouquet', 'the add was not said');
    expect(deepActiveElement()).to.equal(shadowButton(buy));
  });
});
