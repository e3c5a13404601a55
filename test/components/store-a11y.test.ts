import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/store/store.js';
import '../../src/components/wishlist-button/wishlist-button.js';
import type { ScStore } from '../../src/components/store/store.component.js';
import { RestAdapter } from '../../src/adapters/rest/rest-adapter.js';
import { configure } from '../../src/core/config.js';
import { newSite } from '../support/api.js';
import { oneVariant, putProduct } from '../support/catalog.js';
import { MemoryStorage } from '../support/fixtures.js';
import { deepActiveElement, spokenTree } from '../support/ax-tree.js';
import { buyReady, useLocalShop } from '../support/shop.js';

const root = (el: Element) => el.shadowRoot!;
const cards = (el: ScStore) => [...root(el).querySelectorAll('sc-product-card')];
/** Waits until `count` cards show their product, with buy and wish-list buttons ready. */
async function shown(el: ScStore, count: number): Promise<void> {
  await waitUntil(() => cards(el).length === count, `not ${count} cards`);
  for (const card of cards(el)) {
    await waitUntil(() => root(card).querySelector('sc-buy-button') && root(card).querySelector('sc-wishlist-button')?.shadowRoot?.querySelector('button[aria-disabled=false]'), 'a card never loaded');
    await buyReady(root(card).querySelector('sc-buy-button')!);
  }
}

/** What a screen reader hears of `<sc-store>`, and its keyboard use. */
describe('<sc-store> accessibility tree and keyboard', () => {
  beforeEach(() => localStorage.clear());

  it('says its search, filters, count and each card, every control named with its product', async () => {
    useLocalShop();
    const el = await fixture<ScStore>(html`<sc-store></sc-store>`);
    await shown(el, 3);
    expect(await spokenTree()).to.deep.equal([
      'search',
      '  searchbox "Search"',
      '  combobox "Category" [not expanded]',
      '    option "All"',
      '    option "Clothing"',
      '    option "Flowers"',
      '    option "Home"',
      '  combobox "Sort by" [not expanded]',
      '    option "Name"',
      '    option "Price, low to high"',
      '    option "Price, high to low"',
      '    option "Newest"',
      'status',
      '  text "3 products"',
      'listitem',
      '  heading "Linen tee"',
      '  button "Add to wish list: Linen tee" [not pressed]',
      '  status',
      '  alert',
      '  combobox "size: Linen tee" [not expanded]',
      '    option "Choose…"',
      '    option "S"',
      '    option "M (sold out)"',
      '    option "L"',
      '  spinbutton "Quantity: Linen tee"',
      '  button "Add to cart: Linen tee, Choose first: size" [disabled]',
      '  status',
      'listitem',
      '  heading "Stoneware mug"',
      '  button "Add to wish list: Stoneware mug" [not pressed]',
      '  status',
      '  alert',
      '  spinbutton "Quantity: Stoneware mug"',
      '  button "Add to cart: Stoneware mug, Sold out" [disabled]',
      '  status',
      'listitem',
      '  heading "Tulip bouquet"',
      '  button "Add to wish list: Tulip bouquet" [not pressed]',
      '  status',
      '  alert',
      '  spinbutton "Quantity: Tulip bouquet"',
      '  button "Add to cart: Tulip bouquet"',
      '  status',
    ]);
  });

  it('on a grid of 8 products, no two controls share a name', async () => {
    const api = await newSite();
    for (let n = 1; n <= 8; n++) await putProduct(api, `p${n}`, oneVariant(`p${n}`, `Dress ${n}`, 1000 + n));
    configure({ adapter: new RestAdapter({ endpoint: api.endpoint, site: api.site, storage: new MemoryStorage(), retries: 0 }), site: api.site, locale: undefined });
    const el = await fixture<ScStore>(html`<sc-store page-size="8"></sc-store>`);
    await shown(el, 8);
    const controls = (await spokenTree()).map((line) => line.trim()).filter((line) => /^(button|spinbutton|combobox)/.test(line));
    expect(controls).to.have.length(2 + 8 * 3);
    expect(new Set(controls.map((line) => line.replace(/ \[.*\]$/, ''))).size).to.equal(controls.length);
  });

  it('by keyboard: "Show more" takes focus to the first new product, whose controls come next', async () => {
    useLocalShop();
    const el = await fixture<ScStore>(html`<sc-store page-size="2"></sc-store>`);
    await shown(el, 2);
    const more = root(el).querySelector<HTMLElement>('[part=more]')!;
    more.focus();
    expect(deepActiveElement()).to.equal(more);
    await sendKeys({ press: 'Enter' });
    await shown(el, 3);
    expect(deepActiveElement()).to.equal(root(el).querySelectorAll('li')[2]);
    await sendKeys({ press: 'Tab' });
    const tulips = cards(el)[2];
    expect(deepActiveElement()).to.equal(root(root(tulips).querySelector('sc-wishlist-button')!).querySelector('button'));
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(root(root(tulips).querySelector('sc-buy-button')!).querySelector('[part=quantity]'));
  });
});
