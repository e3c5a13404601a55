import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/wishlist/wishlist.js';
import '../../src/components/wishlist-button/wishlist-button.js';
import type { ScWishlist } from '../../src/components/wishlist/wishlist.component.js';
import { LocalAdapter } from '../../src/adapters/local/local-adapter.js';
import { RestAdapter } from '../../src/adapters/rest/rest-adapter.js';
import { configure, consent } from '../../src/core/config.js';
import type { Product } from '../../src/core/adapter.js';
import { newSite, setApiMode, takeRequests } from '../support/api.js';
import { oneVariant, putProduct } from '../support/catalog.js';
import { userToken } from '../server/helpers/client.js';
import { openFrame } from '../support/frames.js';
import { alertText, MemoryStorage, statusText } from '../support/fixtures.js';

let sites = 0;
const shadow = (el: Element) => el.shadowRoot!;
const titles = (el: Element) => [...shadow(el).querySelectorAll('[part=title]')].map((title) => title.textContent);
const prices = (el: Element) => [...shadow(el).querySelectorAll('[part=price]')].map((price) => price.textContent);
const buttonNamed = (el: Element, text: string) =>
  [...shadow(el).querySelectorAll('button')].find((button) => button.textContent!.trim() === text)!;
const wishFor = (id: string) => document.querySelector(`sc-wishlist-button[product-id="${id}"]`)!.shadowRoot!.querySelector('button')!;

const product = (id: string, title: string, cents: number): Product => ({
  id,
  title,
  description: '',
  images: [],
  variants: [{ id: `${id}-v`, options: {}, price: { amount: cents, currency: 'EUR' } }],
});

/** A fresh LocalAdapter with a catalog given inline, as a seller trying the widgets with no server would. */
function useLocalShop(): void {
  document.querySelector('script[data-sc-catalog]')?.remove();
  const catalog = Object.assign(document.createElement('script'), { type: 'application/json' });
  catalog.dataset.scCatalog = '';
  catalog.text = JSON.stringify([product('p1', 'Linen shirt', 5900), product('p2', 'Wool scarf', 3900), product('p3', 'Tulip bouquet', 2450)]);
  document.head.append(catalog);
  const site = `wishlist-${Date.now()}-${sites++}`;
  configure({ adapter: new LocalAdapter(site), site, locale: 'en', userToken: undefined });
}

/** Wish-list buttons for `ids` and a wish list, as on a shop page. */
async function shopPage(ids: readonly string[]): Promise<ScWishlist> {
  const page = await fixture(html`<div>
    ${ids.map((id) => html`<sc-wishlist-button product-id=${id}></sc-wishlist-button>`)}
    <sc-wishlist></sc-wishlist>
  </div>`);
  await waitUntil(() => ids.every((id) => wishFor(id).getAttribute('aria-disabled') === 'false'), 'buttons never loaded');
  return page.querySelector('sc-wishlist')!;
}

/** Presses each product's wish-list button in turn, once the list shows the one before. */
async function wish(list: ScWishlist, ids: readonly string[]): Promise<void> {
  for (const [index, id] of ids.entries()) {
    wishFor(id).click();
    await waitUntil(() => titles(list).length === index + 1, `the list never showed ${id}`, { timeout: 5000 });
  }
}

/** Waits until the list shows these product names (the catalog answers after the list). */
const showsTitles = (list: ScWishlist, expected: readonly string[]) =>
  waitUntil(() => titles(list).join() === expected.join(), `the list never showed ${expected.join(', ')}`);

describe('<sc-wishlist>', () => {
  beforeEach(() => setApiMode({ mode: 'up' }));
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows what the buttons put on the list with names and prices, removes by keyboard with focus kept, and passes axe', async () => {
    useLocalShop();
    const list = await shopPage(['p1', 'p2', 'p3']);
    await wish(list, ['p1', 'p2', 'p3']);
    await showsTitles(list, ['Linen shirt', 'Wool scarf', 'Tulip bouquet']);
    expect(prices(list)).to.deep.equal(['€59.00', '€39.00', '€24.50']);
    await expect(list).to.be.accessible();

    const remove = buttonNamed(list, 'Remove: Wool scarf');
    remove.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => titles(list).length === 2, 'never removed');
    expect(titles(list)).to.deep.equal(['Linen shirt', 'Tulip bouquet']);
    expect(statusText(list)).to.equal('Removed from the list: Wool scarf');
    await list.updateComplete;
    expect(shadow(list).activeElement?.textContent).to.equal('Remove: Tulip bouquet');
    // The product's button on the page follows.
    await waitUntil(() => wishFor('p2').getAttribute('aria-pressed') === 'false', 'the button still says it is on a list');
  });

  it('creates a named list by keyboard, shows it, and deletes it after a second press', async () => {
    useLocalShop();
    const list = await shopPage(['p1']);
    await waitUntil(() => shadow(list).querySelector('select'), 'lists never loaded');
    shadow(list).querySelector<HTMLInputElement>('input[name=name]')!.focus();
    await sendKeys({ type: 'Birthday' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => statusText(list) === 'List “Birthday” created.', 'not announced');
    const select = shadow(list).querySelector('select')!;
    await waitUntil(() => select.options.length === 2, 'the new list is not offered');
    expect(select.selectedOptions[0].textContent).to.equal('Birthday (0 items)');
    expect(shadow(list).textContent).to.contain('Nothing on this list yet.');

    buttonNamed(list, 'Delete list').click();
    await list.updateComplete;
    expect(select.options.length).to.equal(2);
    buttonNamed(list, 'Delete “Birthday” for good').click();
    await waitUntil(() => statusText(list) === 'List “Birthday” deleted.', 'not deleted');
    await waitUntil(() => shadow(list).querySelector('select')!.options.length === 1, 'still offered');
  });

  it('follows a single-page app: share-id set and removed later, the element moved elsewhere, the URL changed', async () => {
    useLocalShop();
    const list = await shopPage(['p1', 'p2']);
    await wish(list, ['p1']);
    const shared = new Promise<CustomEvent>((resolve) => list.addEventListener('sc-wishlist-share', resolve as EventListener, { once: true }));
    buttonNamed(list, 'Share list').click();
    const { shareId } = (await shared).detail;
    wishFor('p2').click();
    await waitUntil(() => titles(list).length === 2, 'p2 never shown');

    list.setAttribute('share-id', shareId);
    list.lang = 'nl';
    // The link holds the list as it was shared; with no owner's name, it is "a wish list" in the reader's language.
    await showsTitles(list, ['Linen shirt']);
    expect(shadow(list).querySelector('[part=heading]')!.textContent).to.equal('Een verlanglijst');
    list.lang = '';
    expect(shadow(list).querySelector('[part=remove]')).to.equal(null);
    list.removeAttribute('share-id');
    await showsTitles(list, ['Linen shirt', 'Wool scarf']);

    const elsewhere = await fixture(html`<aside></aside>`);
    elsewhere.append(list);
    await showsTitles(list, ['Linen shirt', 'Wool scarf']);

    // The app moves to the shared link's URL without a reload, and away again.
    history.pushState(null, '', `${location.pathname}?sc-wishlist=${encodeURIComponent(shareId)}`);
    try {
      await showsTitles(list, ['Linen shirt']);
      expect(shadow(list).querySelector('[part=remove]')).to.equal(null);
      history.pushState(null, '', location.pathname);
      await showsTitles(list, ['Linen shirt', 'Wool scarf']);
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('shares a list on the server; a friend in a fresh browser (another origin) sees the same products and prices', async () => {
    const api = await newSite();
    await putProduct(api, 'p1', oneVariant('p1', 'Linen shirt', 5900));
    await putProduct(api, 'p2', oneVariant('p2', 'Wool scarf', 3900));
    await putProduct(api, 'p3', oneVariant('p3', 'Tulip bouquet', 2450));
    configure({ adapter: new RestAdapter({ endpoint: api.endpoint, site: api.site, storage: new MemoryStorage() }), site: api.site, locale: 'en', userToken: undefined });
    const list = await shopPage(['p1', 'p2', 'p3']);
    await wish(list, ['p1', 'p2', 'p3']);
    const shared = new Promise<CustomEvent>((resolve) => list.addEventListener('sc-wishlist-share', resolve as EventListener, { once: true }));
    buttonNamed(list, 'Share list').click();
    const { detail } = await shared;
    const link = new URL(detail.url);
    expect(link.searchParams.get('sc-wishlist')).to.equal(detail.shareId);
    await list.updateComplete;
    expect(shadow(list).querySelector<HTMLInputElement>('[part=share] input')!.value).to.equal(detail.url);

    // The friend's page, in French: the shop's wish-list page, on an origin that shares no storage with this one.
    const friendOrigin = `${location.protocol}//${location.hostname === 'localhost' ? '127.0.0.1' : 'localhost'}:${location.port}`;
    const frame = await openFrame(`${friendOrigin}/test/fixtures/wishlist-page.html?endpoint=${encodeURIComponent(api.endpoint)}&site=${api.site}&sc-wishlist=${detail.shareId}&lang=fr`);
    const seen = async () => {
      const answer = new Promise<{ heading: string; titles: string[]; prices: string[]; storage: string[] }>((resolve) =>
        addEventListener('message', ({ data }) => resolve(data), { once: true }),
      );
      frame.contentWindow!.postMessage('what-do-you-see', '*');
      return answer;
    };
    let friend = await seen();
    await waitUntil(async () => (friend = await seen()).prices.length === 3 && friend.prices.every(Boolean), 'the friend never saw the list', { timeout: 8000 });
    expect(friend.titles).to.deep.equal(['Linen shirt', 'Wool scarf', 'Tulip bouquet']);
    const euros = new Intl.NumberFormat('fr', { style: 'currency', currency: 'EUR' });
    expect(friend.prices).to.deep.equal([euros.format(59), euros.format(39), euros.format(24.5)]);
    // The owner chose no name to show: the friend's page says whose list it is no further, in French.
    expect(friend.heading).to.equal('Une liste d’envies');
    // A friend only reads: no visitor token was made for them.
    expect(friend.storage.filter((key) => key.includes(':visitor:'))).to.deep.equal([]);
  });

  it('merges what a guest saved into the customer\'s list when they sign in, with one merge request', async () => {
    const api = await newSite();
    const storage = new MemoryStorage();
    configure({ adapter: new RestAdapter({ endpoint: api.endpoint, site: api.site, storage }), site: api.site, locale: 'en', userToken: undefined });
    const list = await shopPage(['a', 'b']);
    await wish(list, ['a', 'b']);
    await takeRequests();

    const token = await userToken(api.secret, { sub: 'c-1', name: 'Chris' });
    configure({ userToken: token });
    const requests: string[] = [];
    await waitUntil(async () => (requests.push(...(await takeRequests())), titles(list).length === 2), 'the merged list is not shown');
    await waitUntil(() => wishFor('a').getAttribute('aria-pressed') === 'true', 'the button does not show the merged wish');
    expect(requests.filter((line) => line.startsWith('POST') && line.endsWith('/wishlists/merge'))).to.have.length(1);

    // Another device of the same customer sees both.
    const phone = new RestAdapter({ endpoint: api.endpoint, site: api.site, storage: new MemoryStorage() });
    phone.identify(token);
    const wishlists = await (await phone.section('wishlists')).lists();
    expect(wishlists.map((each) => each.productIds)).to.deep.equal([['a', 'b']]);
  });

  it('works without consent, on this device and with no request, and moves to the server once consent comes', async () => {
    const api = await newSite();
    const rest = new RestAdapter({ endpoint: api.endpoint, site: api.site, storage: new MemoryStorage() });
    consent(false);
    try {
      configure({ adapter: rest, site: api.site, locale: 'en', userToken: undefined });
      await takeRequests();
      const list = await shopPage(['a', 'b']);
      await wish(list, ['a', 'b']);
      expect(wishFor('a').getAttribute('aria-pressed')).to.equal('true');
      expect(await takeRequests()).to.deep.equal([]);

      consent(true);
      const requests: string[] = [];
      await waitUntil(async () => (requests.push(...(await takeRequests())), requests.filter((line) => line.startsWith('PUT')).length === 2), 'the wishes never moved to the server', { timeout: 8000 });
      const [own] = await (await rest.section('wishlists')).lists();
      expect([...own.productIds].sort()).to.deep.equal(['a', 'b']);
      await waitUntil(() => wishFor('b').getAttribute('aria-pressed') === 'true' && titles(list).length === 2, 'the page does not show the server\'s list');
    } finally {
      consent(true);
    }
  });

  it('reads nothing while far below the fold, and the lists once scrolled to', async () => {
    const api = await newSite();
    configure({ adapter: new RestAdapter({ endpoint: api.endpoint, site: api.site, storage: new MemoryStorage() }), site: api.site, locale: 'en', userToken: undefined });
    await takeRequests();
    const page = await fixture(html`<div><div style="height: 400vh"></div><sc-wishlist></sc-wishlist></div>`);
    const list = page.querySelector('sc-wishlist')!;
    await new Promise((resolve) => setTimeout(resolve, 300));
    // This site's only: the test before may still be reading its own (its buttons' last read, after consent came).
    expect((await takeRequests()).filter((line) => line.includes(`/sites/${api.site}/`))).to.deep.equal([]);
    list.scrollIntoView();
    await waitUntil(() => shadow(list).querySelector('select'), 'never loaded once near');
    expect((await takeRequests()).some((line) => line.includes('/wishlists'))).to.be.true;
  });

  it('announces a shared link that does not open, and a list that fails to load, then loads it when asked', async () => {
    const api = await newSite();
    configure({ adapter: new RestAdapter({ endpoint: api.endpoint, site: api.site, storage: new MemoryStorage(), retries: 0 }), site: api.site, locale: 'en', userToken: undefined });
    const shared = await fixture<ScWishlist>(html`<sc-wishlist share-id="sh_nothing"></sc-wishlist>`);
    await waitUntil(() => alertText(shared) !== '', 'no alert for a dead link', { timeout: 5000 });

    await setApiMode({ mode: 'down' });
    const own = await fixture<ScWishlist>(html`<sc-wishlist></sc-wishlist>`);
    await waitUntil(() => shadow(own).querySelector('button[role=alert]'), 'no alert for a failed load', { timeout: 8000 });
    await setApiMode({ mode: 'up' });
    shadow(own).querySelector<HTMLButtonElement>('button[role=alert]')!.click();
    await waitUntil(() => shadow(own).querySelector('select'), 'never loaded after asking again', { timeout: 8000 });
    expect(shadow(own).textContent).to.contain('Nothing on this list yet.');
  });
});
