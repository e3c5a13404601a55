import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/wishlist/wishlist.js';
import type { ScWishlist } from '../../src/components/wishlist/wishlist.component.js';
import { LocalAdapter } from '../../src/adapters/local/local-adapter.js';
import { sectionOf } from '../../src/adapters/sections.js';
import { configure } from '../../src/core/config.js';

/**
 * The wish list's side of its contract with the store widgets (issue 6), which are not on
 * this branch yet: when a `<sc-buy-button>` is defined, each item gets one (`gift` on a
 * friend's shared list), and an item the visitor adds to the cart leaves the list. This
 * stand-in only fires `sc-cart-add` as the real button does; the real one is tested with
 * the wish list where it lives (branch `store`: test/components/wishlist-gifts.test.ts).
 */
customElements.define(
  'sc-buy-button',
  class extends HTMLElement {
    connectedCallback() {
      this.innerHTML = '<button>Add to cart</button>';
      this.querySelector('button')!.onclick = () =>
        this.dispatchEvent(new CustomEvent('sc-cart-add', { bubbles: true, composed: true, detail: { productId: this.getAttribute('product-id') } }));
    }
  },
);

const buyButtons = (list: Element) => [...list.shadowRoot!.querySelectorAll('sc-buy-button')];
const titles = (list: Element) => [...list.shadowRoot!.querySelectorAll('[part=title]')].map((title) => title.textContent);

async function listsWith(ids: readonly string[]) {
  const site = `buy-hooks-${Date.now()}`;
  const adapter = new LocalAdapter(site);
  configure({ adapter, site, locale: 'en', userToken: undefined });
  const lists = await sectionOf(adapter, 'wishlists');
  for (const id of ids) await lists.set(id, true);
  return lists;
}

describe('<sc-wishlist> with a buy button on the page', () => {
  it('gives each item a buy button, and an item added to the cart leaves the list', async () => {
    await listsWith(['p1', 'p2']);
    const list = await fixture<ScWishlist>(html`<sc-wishlist></sc-wishlist>`);
    await waitUntil(() => buyButtons(list).length === 2, 'no buy buttons');
    expect(buyButtons(list).map((buy) => [buy.getAttribute('product-id'), buy.hasAttribute('gift')])).to.deep.equal([
      ['p1', false],
      ['p2', false],
    ]);
    buyButtons(list)[0].querySelector('button')!.click();
    await waitUntil(() => titles(list).join() === 'p2', 'the item stayed on the list');
  });

  it('offers a friend each item of a shared list as a gift, and buying one leaves the list as it is', async () => {
    const lists = await listsWith(['p1']);
    const [own] = await lists.lists();
    const { shareId } = await lists.share(own.id);
    const list = await fixture<ScWishlist>(html`<sc-wishlist share-id=${shareId!}></sc-wishlist>`);
    await waitUntil(() => buyButtons(list).length === 1, 'no buy button on the shared list');
    expect(buyButtons(list)[0].hasAttribute('gift')).to.be.true;
    buyButtons(list)[0].querySelector('button')!.click();
    await list.updateComplete;
    expect(titles(list)).to.deep.equal(['p1']);
  });
});
