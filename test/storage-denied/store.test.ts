import { expect, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { ApiSite } from '../support/api-host.js';
import { newSite, takeRequests } from '../support/api.js';
import { putProduct } from '../support/catalog.js';
import { openFrame } from '../support/frames.js';
import { fixtureCatalog } from '../support/shop.js';

/** What test/fixtures/framed-store-page.html tells of itself: what a shopper sees, and where to click. */
interface Seen {
  readonly storage: string;
  readonly cards: number;
  readonly storeAlert: string | null;
  readonly lastTitle: string | null;
  readonly badge: string | null;
  /** The open cart's lines, and whether its checkout button may be pressed. */
  readonly lines: number;
  readonly canCheckOut: boolean;
  readonly status: string | null;
  readonly alert: string | null;
  /** Where the target asked for is, scrolled into view. */
  readonly point: Point | null;
  /** With `?storage-access=…`: what the storage the browser granted holds, and whether it was asked in a click. */
  readonly granted: { readonly items: Record<string, string>; readonly askedInClick: boolean | null } | null;
}
type Target = 'addToCart' | 'cart' | 'checkout';
/** Where to look besides what a shopper sees. */
interface Ask {
  readonly show?: Target;
}
interface Point {
  readonly x: number;
  readonly y: number;
}

/** This test server on the other site: localhost and 127.0.0.1 are two sites. */
function otherSite(): string {
  const url = new URL(location.href);
  url.hostname = url.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return url.origin;
}

function ask(frame: HTMLIFrameElement, request: Ask): Promise<Seen> {
  return new Promise((resolve) => {
    const listen = (event: MessageEvent<Seen>) => {
      if (event.source !== frame.contentWindow) return;
      removeEventListener('message', listen);
      resolve(event.data);
    };
    addEventListener('message', listen);
    frame.contentWindow!.postMessage({ ask: 'what-do-you-see', ...request }, '*');
  });
}

/** Asks the frame until what it sees passes `check`. */
async function sees(frame: HTMLIFrameElement, check: (seen: Seen) => unknown, message: string, request: Ask = {}, timeout = 8000): Promise<Seen> {
  let seen: Seen | undefined;
  try {
    await waitUntil(async () => check((seen = await ask(frame, request))), message, { timeout });
  } catch (failure) {
    throw new Error(`${(failure as Error).message}; it saw ${JSON.stringify(seen)}`);
  }
  return seen!;
}

/** A real click on a target, as a shopper's mouse makes it once it shows: the test cannot reach into the frame. */
async function click(frame: HTMLIFrameElement, target: Target): Promise<void> {
  const { point } = await sees(frame, (seen) => seen.point, `no ${target} to click`, { show: target });
  const box = frame.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + point!.x), Math.round(box.y + point!.y)] });
}

/** A new site on the server with the fixture catalog. */
async function shopSite(): Promise<ApiSite> {
  const api = await newSite();
  for (const { id, ...draft } of await fixtureCatalog()) await putProduct(api, id, draft);
  return api;
}

/** The store on another site than this test's page, as a social tab embeds it. */
const storePage = (api: ApiSite, more: Record<string, string> = {}) =>
  `${otherSite()}/test/fixtures/framed-store-page.html?${new URLSearchParams({ endpoint: api.endpoint, site: api.site, ...more })}`;

const storeShown = (frame: HTMLIFrameElement) =>
  sees(frame, (seen) => seen.cards === 3 && seen.lastTitle === 'Tulip bouquet', 'the store never showed its products');

/**
 * Run in a Chromium that denies a cross-site frame its Web Storage (the `storage-denied`
 * group of web-test-runner.config.mjs), as Chrome does with third-party cookies blocked.
 */
describe('the store where the browser denies it storage', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const [where, options] of [
    ['in a frame of another site', { fullScreen: true }],
    ['in a sandboxed frame (allow-scripts only: an opaque origin)', { fullScreen: true, sandbox: 'allow-scripts' }],
  ] as const) {
    it(`${where}: loads, adds to the cart and checks out on the server, by mouse`, async function () {
      this.timeout(30_000);
      const api = await shopSite();
      await takeRequests();
      const frame = await openFrame(storePage(api), options);
      const loaded = await storeShown(frame);
      // What this test is about: the page itself may not use Web Storage.
      expect(loaded.storage).to.equal('SecurityError');
      expect(loaded.storeAlert).to.equal(null);

      await click(frame, 'addToCart');
      await sees(frame, (seen) => seen.badge === '1', 'the tulips never reached the cart');
      await click(frame, 'cart');
      await sees(frame, (seen) => seen.lines === 1 && seen.canCheckOut, 'the cart never showed its line, ready to check out');
      // The cart's panel may still be sliding in under the mouse: a click that found nothing is
      // made again (a second press of a checkout orders once, by its idempotency key).
      let done: Seen | undefined;
      for (let tries = 3; !done && tries--; ) {
        await click(frame, 'checkout');
        done = await sees(frame, (seen) => seen.status || seen.alert, 'the checkout never answered', {}, 4000).catch((failure) => {
          if (!tries) throw failure;
          return undefined;
        });
      }
      expect(done!.alert).to.equal('');
      expect(done!.status).to.match(/^Ordered\. Your reference: SC-\w{4}-\w{4}\. Next: /);
      expect(await takeRequests()).to.include(`POST /v1/sites/${api.site}/orders`);
    });
  }

  it('in a frame of another site, a first click asks for Storage Access; once granted, the cart is kept across visits', async function () {
    this.timeout(30_000);
    const api = await shopSite();
    const frame = await openFrame(storePage(api, { 'storage-access': 'allow' }), { fullScreen: true });
    expect((await storeShown(frame)).granted).to.deep.equal({ items: {}, askedInClick: null });
    await click(frame, 'addToCart');
    await sees(frame, (seen) => seen.badge === '1', 'the tulips never reached the cart');
    // The cart is the visitor's on the server: its token now lives in the frame's own storage.
    const tokenKey = `sc-widgets:${api.site}:visitor:${new URL(api.endpoint).origin}`;
    const { granted } = await sees(frame, (seen) => seen.granted?.items[tokenKey], 'the visitor token never reached the granted storage');
    // Asked within the click, as the browser requires to show its prompt.
    expect(granted!.askedInClick).to.equal(true);

    // The next visit: the browser remembers the grant, and the store shows the same cart.
    frame.remove();
    await takeRequests();
    const next = await openFrame(storePage(api, { 'storage-access': 'granted', kept: JSON.stringify(granted!.items) }), { fullScreen: true });
    await sees(next, (seen) => seen.badge === '1', 'the next visit showed another cart');
    expect(await takeRequests()).to.not.include(`POST /v1/sites/${api.site}/visitors`);
  });
});
