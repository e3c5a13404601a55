import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { localPolls } from '../../src/adapters/local/local-polls.js';
import { axeViolations, openFrame } from '../support/frames.js';
import { randomKey } from '../../src/checkout/random-key.js';

/**
 * Scrolls to the product cards, below the featured reviews, as a shopper would; again
 * while the reviews above render and push them down. Widgets in a frame load only once
 * they are within the frame's own view.
 */
function scrolledToCards(doc: Document): true {
  doc.defaultView!.scrollTo(0, doc.querySelector<HTMLElement>('main.grid')!.offsetTop);
  return true;
}

/** demo/index.html, the demo shop, with no server (?local): what a shopper meets, checked with axe. */
describe('demo/index.html', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows likes, stars and a review thread, and axe finds nothing', async () => {
    localStorage.clear();
    const frame = await openFrame('/demo/index.html?local', { fullScreen: true });
    const doc = frame.contentDocument!;
    await waitUntil(
      () => scrolledToCards(doc) && doc.querySelector('sc-like-button')?.shadowRoot?.querySelector('[aria-disabled=false]') && doc.querySelector('sc-review-thread')?.shadowRoot?.querySelector('[part=toolbar], [part=empty]'),
      'the demo never loaded',
      { timeout: 8000 },
    );
    expect(await axeViolations(frame)).to.deep.equal([]);
  });

  it('a new visitor puts three products on a wish list by keyboard, shares it, and a friend in a fresh browser sees them with prices', async () => {
    localStorage.clear();
    const frame = await openFrame('/demo/index.html?local', { fullScreen: true });
    const doc = frame.contentDocument!;
    const wishButton = (id: string) => doc.querySelector(`sc-wishlist-button[product-id="${id}"]`)?.shadowRoot?.querySelector('button');
    await waitUntil(() => scrolledToCards(doc) && wishButton('sku-3')?.getAttribute('aria-disabled') === 'false', 'the wish-list buttons never loaded', { timeout: 8000 });
    // The first row of cards: on a 600 px high screen, the ones a shopper sees.
    for (const id of ['sku-1', 'sku-2', 'sku-3']) {
      wishButton(id)!.focus();
      await sendKeys({ press: 'Enter' });
    }
    const list = doc.querySelector('sc-wishlist')!;
    const shown = (root: ShadowRoot | null | undefined, part: string) => [...(root?.querySelectorAll(`[part=${part}]`) ?? [])].map((el) => el.textContent);
    // The lists sit below the cards: the shopper scrolls down to them (they load once near).
    await waitUntil(() => (list.scrollIntoView(), shown(list.shadowRoot, 'title').length === 3), 'the list never showed three products');
    const share = [...list.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent === 'Share list')!;
    share.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => list.shadowRoot!.querySelector<HTMLInputElement>('[part=share] input')?.value, 'no link');
    const link = new URL(list.shadowRoot!.querySelector<HTMLInputElement>('[part=share] input')!.value);
    expect(link.pathname).to.equal('/demo/wishlist.html');

    // The friend: a browser that has nothing of this visitor's (a LocalAdapter link carries the list).
    localStorage.clear();
    const friendFrame = await openFrame(`${link.pathname}${link.search}`);
    const friend = friendFrame.contentDocument!;
    const seen = { titles: [] as (string | null)[], prices: [] as (string | null)[] };
    await waitUntil(() => {
      const root = friend.querySelector('sc-wishlist')?.shadowRoot;
      Object.assign(seen, { titles: shown(root, 'title'), prices: shown(root, 'price') });
      return seen.prices.filter(Boolean).length === 3;
    }, 'the friend never saw the list', { timeout: 8000 });
    expect(seen.titles).to.deep.equal(['Linen shirt', 'Wool scarf', 'Round sunglasses']);
    expect(seen.prices).to.deep.equal(['€59.00', '€39.00', '€89.00']);
    expect(await axeViolations(friendFrame)).to.deep.equal([]);
  });

  it('has a share and an ask button, and its "which one?" page lets a friend vote, and axe finds nothing there', async () => {
    localStorage.clear();
    const shop = await openFrame('/demo/index.html?local', { fullScreen: true });
    await waitUntil(() => shop.contentDocument!.querySelector('sc-share-button[mode=ask]')?.shadowRoot?.querySelector('button'), 'no ask button', { timeout: 8000 });
    expect(shop.contentDocument!.querySelectorAll('sc-share-button')).to.have.length(2);
    shop.remove();
    const { id } = await localPolls('demo-local').ask(['sku-1', 'sku-2'], randomKey());
    const frame = await openFrame(`/demo/ask.html?local&sc-poll=${id}`, { fullScreen: true });
    const poll = () => frame.contentDocument!.querySelector('sc-poll')?.shadowRoot;
    await waitUntil(() => poll()?.querySelector('button[part~=option]'), 'the poll never showed', { timeout: 8000 });
    poll()!.querySelector<HTMLButtonElement>('button[part~=option]')!.click();
    await waitUntil(() => poll()!.querySelector('[part=tally]'), 'no tally after the vote');
    expect(await axeViolations(frame)).to.deep.equal([]);
  });
});
