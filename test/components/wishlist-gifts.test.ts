import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/buy-button/buy-button.js';
import '../../src/components/wishlist/wishlist.js';
import type { ScWishlist } from '../../src/components/wishlist/wishlist.component.js';
import { sectionOf } from '../../src/adapters/sections.js';
import { configure } from '../../src/core/config.js';
import { pageCheckout } from '../../src/checkout/page-checkout.js';
import { $cart } from '../../src/stores/cart.js';
import { buyReady, shadowButton, useLocalShop } from '../support/shop.js';

const titles = (list: Element) => [...list.shadowRoot!.querySelectorAll('[part=title]')].map((title) => title.textContent);
const buyButtons = (list: Element) => [...list.shadowRoot!.querySelectorAll('sc-buy-button')];

/** <sc-wishlist> with the store widgets on the page: move to the cart, buy as a gift. */
describe('<sc-wishlist> with <sc-buy-button>', () => {
  it('moves an item to the cart: in the cart, off the list, and says it went to the cart', async () => {
    const { adapter } = useLocalShop();
    await (await sectionOf(adapter, 'wishlists')).set('tulips', true);
    const list = await fixture<ScWishlist>(html`<sc-wishlist></sc-wishlist>`);
    await waitUntil(() => buyButtons(list).length === 1, 'no buy button on the list');
    const [buy] = buyButtons(list);
    await buyReady(buy);
    shadowButton(buy).click();
    await waitUntil(() => titles(list).length === 0, 'the item stayed on the list');
    expect($cart.get().value?.lines.map((line) => line.productId)).to.deep.equal(['tulips']);
    expect(list.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('Moved to the cart: Tulip bouquet');
  });

  it('offers a friend, on a shared list, to buy an item as a gift: handed to checkout, the list unchanged', async () => {
    const { adapter } = useLocalShop();
    configure({ checkout: pageCheckout });
    const lists = await sectionOf(adapter, 'wishlists');
    await lists.set('tulips', true);
    const [own] = await lists.lists();
    const { shareId } = await lists.share(own.id);
    const list = await fixture<ScWishlist>(html`<sc-wishlist share-id=${shareId!}></sc-wishlist>`);
    await waitUntil(() => buyButtons(list).length === 1, 'no buy button on the shared list');
    const [buy] = buyButtons(list);
    await buyReady(buy);
    expect(shadowButton(buy).textContent!.trim()).to.equal('Buy as a gift');
    const handed = oneEvent(buy, 'sc-checkout');
    shadowButton(buy).click();
    expect((await handed).detail).to.include({ gift: true, buyNow: true });
    expect(titles(list)).to.have.length(1);
  });
});
