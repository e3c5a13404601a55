import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/wishlist-button/wishlist-button.js';
import type { ScWishlistButton } from '../../src/components/wishlist-button/wishlist-button.component.js';
import { deepActiveElement, spokenTree } from '../support/ax-tree.js';
import { useLocalShop } from '../support/shop.js';

const button = (el: Element) => el.shadowRoot!.querySelector('button')!;

/** What a screen reader hears of `<sc-wishlist-button>`, and its keyboard use. */
describe('<sc-wishlist-button> accessibility tree and keyboard', () => {
  beforeEach(() => localStorage.clear());

  it('is a toggle named for what it does, pressed once the product is on a list, by Space and Enter', async () => {
    useLocalShop();
    const el = await fixture<ScWishlistButton>(html`<sc-wishlist-button product-id="tulips" show-count></sc-wishlist-button>`);
    await waitUntil(() => button(el).getAttribute('aria-disabled') === 'false', 'never loaded');
    expect(await spokenTree()).to.deep.equal(['button "Add to wish list 0 people wish for this" [not pressed]', 'status', 'alert']);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(button(el));
    await sendKeys({ press: 'Space' });
    await waitUntil(() => button(el).getAttribute('aria-pressed') === 'true', 'Space did not add it');
    expect(deepActiveElement()).to.equal(button(el));
    expect(await spokenTree()).to.deep.equal(['button "Add to wish list 1 person wishes for this" [pressed focused]', 'status', 'alert']);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => button(el).getAttribute('aria-pressed') === 'false', 'Enter did not take it off');
    expect(deepActiveElement()).to.equal(button(el));
  });

  it('takes a product’s name through `label`, as a product card gives it', async () => {
    useLocalShop();
    const el = await fixture<ScWishlistButton>(html`<sc-wishlist-button product-id="tulips" compact label="Add to wish list: Tulip bouquet"></sc-wishlist-button>`);
    await waitUntil(() => button(el).getAttribute('aria-disabled') === 'false', 'never loaded');
    expect(await spokenTree()).to.deep.equal(['button "Add to wish list: Tulip bouquet" [not pressed]', 'status', 'alert']);
  });
});
