import { expect, waitUntil } from '@open-wc/testing';
import { RestAdapter } from '../../src/adapters/rest/rest-adapter.js';
import { sectionOf } from '../../src/adapters/sections.js';
import { newSite, setApiMode } from '../support/api.js';
import type { ApiSite } from '../support/api-host.js';
import { whileOffline } from '../support/browser.js';
import { oneVariant, putProduct } from '../support/catalog.js';
import { MemoryStorage } from '../support/fixtures.js';
import { openFrame } from '../support/frames.js';

/**
 * A visitor of a plain shop page (one script tag) goes offline, likes, wishes, adds to the
 * cart and votes, comes back online and reloads: the server has every one of them. Each
 * write is on the device in the same task as the click, by code the page had already
 * loaded: offline, the module build's chunks loaded on demand cannot come.
 */

const POLL = 'offline-poll';

/** The seller's poll, made server to server. */
async function putPoll({ endpoint, site, secret }: ApiSite): Promise<void> {
  const response = await fetch(`${endpoint}/v1/sites/${site}/polls/${POLL}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ question: 'Which colour?', options: [{ id: 'red', label: 'Red' }, { id: 'blue', label: 'Blue' }] }),
  });
  if (!response.ok) throw new Error(`putPoll: ${response.status}`);
}

const shadow = (frame: HTMLIFrameElement, tag: string, selector: string) =>
  frame.contentDocument!.querySelector(tag)?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
const likeButton = (frame: HTMLIFrameElement) => shadow(frame, 'sc-like-button', 'button');
const wishButton = (frame: HTMLIFrameElement) => shadow(frame, 'sc-wishlist-button', 'button');
const buyButton = (frame: HTMLIFrameElement) => shadow(frame, 'sc-buy-button', '[part=button][aria-disabled=false]');
const redOption = (frame: HTMLIFrameElement) => shadow(frame, 'sc-poll', '[part=option]');
const ready = (frame: HTMLIFrameElement) =>
  waitUntil(
    () =>
      likeButton(frame)?.getAttribute('aria-disabled') === 'false' &&
      wishButton(frame)?.getAttribute('aria-disabled') === 'false' &&
      buyButton(frame) &&
      redOption(frame),
    'the widgets never loaded',
    { timeout: 8000 },
  );
/** The kinds of write the page keeps on the device. */
const kept = (frame: HTMLIFrameElement) =>
  (JSON.parse(frame.contentWindow!.localStorage.getItem('sc-widgets:outbox') ?? '[]') as { kind: string }[]).map((write) => write.kind).sort();

/** What the server holds: the counts as anyone reads them, and the cart of the page's own visitor. */
async function onServer({ endpoint, site }: ApiSite, frame: HTMLIFrameElement) {
  const anyone = new RestAdapter({ endpoint, site, storage: new MemoryStorage() });
  const visitor = new RestAdapter({ endpoint, site, storage: frame.contentWindow!.localStorage });
  const [likes, wishes, polls, cart] = await Promise.all([
    anyone.likes.read(['sku-1']),
    sectionOf(anyone, 'wishlists').then((lists) => lists.read(['sku-1'])),
    sectionOf(anyone, 'polls').then((section) => section.read([POLL])),
    sectionOf(visitor, 'cart').then((section) => section.get()),
  ]);
  return {
    likes: likes['sku-1'].count,
    wishes: wishes['sku-1'].count,
    red: polls[POLL].options.find((option) => option.id === 'red')!.votes,
    cart: cart.lines.map((line) => `${line.quantity} × ${line.variantId}`),
  };
}

async function reload(frame: HTMLIFrameElement): Promise<void> {
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.contentWindow!.location.reload();
  await loaded;
}

for (const [bundle, module] of [
  ['the module build', '1'],
  ['the classic script', ''],
] as const) {
  describe(`writes made offline, with ${bundle}`, () => {
    before(async () => {
      if (!(await fetch('/dist/sc-widgets.js', { method: 'HEAD' })).ok) throw new Error('dist/ is missing: run `npm run build` (npm test does)');
    });
    beforeEach(async () => {
      localStorage.clear();
      await setApiMode({ mode: 'up' });
    });
    afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

    it('a like, a wish, a cart line and a poll vote are kept at once, sent when back online, and on the server after a reload', async () => {
      const api = await newSite();
      await putProduct(api, 'sku-1', oneVariant('sku-1', 'Glasses', 4900));
      await putPoll(api);
      const params = new URLSearchParams({ endpoint: api.endpoint, site: api.site, poll: POLL, module });
      const frame = await openFrame(`/test/fixtures/offline-page.html?${params}`, { fullScreen: true });
      await ready(frame);

      await whileOffline(async () => {
        expect(frame.contentWindow!.navigator.onLine).to.equal(false);
        // Kept in the same task as the click.
        likeButton(frame)!.click();
        expect(kept(frame)).to.deep.equal(['like']);
        wishButton(frame)!.click();
        expect(kept(frame)).to.deep.equal(['like', 'wish']);
        redOption(frame)!.click();
        expect(kept(frame)).to.deep.equal(['like', 'poll-vote', 'wish']);
        // Adding waits for the cart, which cannot load offline: then it adds to an empty one.
        buyButton(frame)!.click();
        await waitUntil(() => kept(frame).includes('cart'), 'the cart line was never kept');
        await waitUntil(() => likeButton(frame)!.getAttribute('aria-pressed') === 'true', 'the like does not show');
        expect(wishButton(frame)!.getAttribute('aria-pressed')).to.equal('true');
        expect(redOption(frame)!.getAttribute('aria-checked')).to.equal('true');
      });

      // Back online, the page sends what waited without a reload.
      await waitUntil(() => !kept(frame).length, `never sent: ${kept(frame)}`, { timeout: 8000 });
      await reload(frame);
      await ready(frame);
      expect(await onServer(api, frame)).to.deep.equal({ likes: 1, wishes: 1, red: 1, cart: ['1 × sku-1-v'] });
      expect(likeButton(frame)!.getAttribute('aria-pressed')).to.equal('true');
      expect(wishButton(frame)!.getAttribute('aria-pressed')).to.equal('true');
    });
  });
}
