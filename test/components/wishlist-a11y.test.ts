import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/buy-button/buy-button.js';
import '../../src/components/wishlist/wishlist.js';
import type { ScWishlist } from '../../src/components/wishlist/wishlist.component.js';
import { sectionOf } from '../../src/adapters/sections.js';
import { deepActiveElement, spokenTree } from '../support/ax-tree.js';
import { buyReady, useLocalShop } from '../support/shop.js';

const root = (el: Element) => el.shadowRoot!;
const buyButtons = (el: ScWishlist) => [...root(el).querySelectorAll('sc-buy-button')];
const named = (el: ScWishlist, name: string) =>
  [...root(el).querySelectorAll('button')].find((button) => button.textContent!.trim() === name)!;
const status = (el: ScWishlist) => root(el).querySelector('[role=status]')!;

/** A visitor whose default list holds the tulips and the mug; `shared` opens it as a friend would. */
async function listOf(shared = false): Promise<ScWishlist> {
  const { adapter } = useLocalShop();
  const lists = await sectionOf(adapter, 'wishlists');
  await lists.set('tulips', true);
  await lists.set('mug', true);
  const [own] = await lists.lists();
  const shareId = shared ? (await lists.share(own.id)).shareId! : undefined;
  const el = await fixture<ScWishlist>(html`<sc-wishlist share-id=${shareId ?? ''}></sc-wishlist>`);
  await waitUntil(() => buyButtons(el).length === 2, 'the list never loaded');
  for (const buy of buyButtons(el)) await buyReady(buy);
  await waitUntil(() => root(el).querySelectorAll('[part=title]')[1]?.textContent === 'Stoneware mug', 'the products never loaded');
  return el;
}

/** What a screen reader hears of `<sc-wishlist>`, own and shared, and its keyboard use. */
describe('<sc-wishlist> accessibility tree and keyboard', () => {
  beforeEach(() => (localStorage.clear(), sessionStorage.clear()));

  it('names each item’s buttons with its product on the visitor’s own list', async () => {
    await listOf();
    expect(await spokenTree()).to.deep.equal([
      'combobox "List" [not expanded]',
      '  option "Wish list (2 items)"',
      'form',
      '  textbox "Name friends see (optional)"',
      '  button "Share list"',
      'spinbutton "Quantity: Tulip bouquet"',
      'button "Add to cart: Tulip bouquet"',
      'status',
      'button "Remove: Tulip bouquet"',
      'spinbutton "Quantity: Stoneware mug"',
      'button "Add to cart: Stoneware mug, Sold out" [disabled]',
      'status',
      'button "Remove: Stoneware mug"',
      'form',
      '  textbox "Name of the new list" [required]',
      '  button "Create"',
      'status',
      'alert',
    ]);
  });

  it('on a shared list, says which item each "Buy as a gift" and gift message is for', async () => {
    const el = await listOf(true);
    for (const buy of buyButtons(el)) await waitUntil(() => buy.shadowRoot!.querySelector('sc-gift-note')?.shadowRoot?.querySelector('summary'), 'no gift message');
    expect(await spokenTree()).to.deep.equal([
      'heading "A wish list"',
      'DisclosureTriangle "Add a gift message: Tulip bouquet" [not expanded]',
      'checkbox "Send it to the list’s owner: Tulip bouquet" [not checked]',
      'spinbutton "Quantity: Tulip bouquet"',
      'button "Buy as a gift: Tulip bouquet"',
      'status',
      'DisclosureTriangle "Add a gift message: Stoneware mug" [not expanded]',
      'checkbox "Send it to the list’s owner: Stoneware mug" [not checked]',
      'spinbutton "Quantity: Stoneware mug"',
      'button "Buy as a gift: Stoneware mug, Sold out" [disabled]',
      'status',
      'status',
      'alert',
    ]);
  });

  it('by keyboard: removes an item, says so in its one status, and focus goes to the next item’s remove button, then the list picker', async () => {
    const el = await listOf();
    const said = status(el);
    root(el).querySelector('select')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(root(el).querySelector('[part=share-form] input'));
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(named(el, 'Share list'));
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(named(el, 'Remove: Tulip bouquet'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(el).textContent === 'Removed from the list: Tulip bouquet', 'the removal was not said');
    await waitUntil(() => root(el).querySelectorAll('[part=title]').length === 1, 'the row stayed');
    expect(deepActiveElement()).to.equal(named(el, 'Remove: Stoneware mug'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => status(el).textContent === 'Removed from the list: Stoneware mug', 'the second removal was not said');
    await waitUntil(() => !root(el).querySelector('[part=title]'), 'the last row stayed');
    expect(deepActiveElement()).to.equal(root(el).querySelector('select'));
    expect(status(el)).to.equal(said); // one status, updated rather than replaced
  });

  it('keeps one status from loading to loaded, so nothing said early is lost', async () => {
    const { adapter } = useLocalShop();
    await (await sectionOf(adapter, 'wishlists')).set('tulips', true);
    const el = await fixture<ScWishlist>(html`<sc-wishlist></sc-wishlist>`);
    // The status comes with the view (loaded on demand), before the lists.
    await waitUntil(() => status(el), 'the view never came');
    const first = status(el);
    await waitUntil(() => root(el).querySelector('[part=title]'), 'the list never loaded');
    expect(status(el)).to.equal(first);
  });
});
