import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { localPolls } from '../../src/adapters/local/local-polls.js';
import { localWishlists } from '../../src/adapters/local/local-wishlists.js';
import { randomKey } from '../../src/checkout/random-key.js';
import { newMember, newSite } from '../support/api.js';
import { openFrame } from '../support/frames.js';
import { brokenWords, elements, sidewaysScroll, where } from '../support/layout.js';

/**
 * Every demo page at 1200, 390 and 320 px: no sideways scrolling (a failure names the
 * elements past the window's edge) and no word drawn on two lines. The page is scrolled
 * through first, so every widget has come into view, loaded and laid out.
 */

const WIDTHS = [1200, 390, 320];
const HEIGHT = 900;
const SITE = 'demo-local';

/**
 * What is still loading: a widget not defined yet, an element in view saying it is busy, or the page
 * not the size it was when last asked. Empty once the page has settled.
 */
function loading(doc: Document): () => string {
  let last = '';
  return () => {
    const all = [...elements(doc)].map(([element]) => element);
    const size = `${doc.scrollingElement!.scrollWidth}×${doc.scrollingElement!.scrollHeight}`;
    const changed = size === last ? [] : [`the page resized to ${size}`];
    last = size;
    const undefinedTags = all.filter((element) => element.localName.startsWith('sc-') && !element.matches(':defined')).map((element) => `<${element.localName}> undefined`);
    // Widgets load near the view: only those in it are waited for.
    const inView = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.bottom > 0 && box.top < doc.defaultView!.innerHeight;
    };
    const busy = all.filter((element) => element.getAttribute('aria-busy') === 'true' && inView(element)).map((element) => `${where(element)} busy`);
    return [...changed, ...undefinedTags, ...busy].join(', ');
  };
}

/** Scrolls the page through a window at a time, each part settling (widgets load near the view), then back to the top. */
async function scrollThrough(doc: Document) {
  const view = doc.defaultView!;
  for (let top = 0; top < doc.scrollingElement!.scrollHeight; top += view.innerHeight) {
    view.scrollTo(0, top);
    const still = loading(doc);
    let what = '';
    await waitUntil(() => !(what = still()), undefined, { timeout: 8000 }).catch(() => {
      throw new Error(`the page at ${view.innerWidth} px never settled at ${top} px: ${what}`);
    });
  }
  view.scrollTo(0, 0);
}

/** What is wrong with the page in `frame` at each width: sideways scrolling and broken words, none for a good page. */
async function atEveryWidth(frame: HTMLIFrameElement): Promise<Record<number, string[]>> {
  const doc = frame.contentDocument!;
  const found: Record<number, string[]> = {};
  for (const width of WIDTHS) {
    frame.style.width = `${width}px`;
    await scrollThrough(doc);
    found[width] = [...sidewaysScroll(doc), ...brokenWords(doc).map((word) => `broken word: ${word}`)];
  }
  return found;
}

const good = Object.fromEntries(WIDTHS.map((width) => [width, []]));

async function openPage(path: string): Promise<HTMLIFrameElement> {
  const frame = await openFrame(path);
  frame.style.cssText = `position: fixed; inset: 0 auto auto 0; height: ${HEIGHT}px; border: 0; background: white`;
  return frame;
}

/** Signs in to a seller page (the console, the till) with the site's id and a member's credential. */
async function signIn(doc: Document, site: string, credential: string) {
  const form = doc.querySelector<HTMLFormElement>('#sign-in')!;
  (form.elements.namedItem('site') as HTMLInputElement).value = site;
  (form.elements.namedItem('credential') as HTMLInputElement).value = credential;
  form.requestSubmit();
  await waitUntil(() => doc.getElementById('session')?.textContent, 'never signed in', { timeout: 8000 });
}

describe('every demo page at 1200, 390 and 320 px', () => {
  // The frame and the test's own page wide and high enough that the whole frame is in view.
  before(() => setViewport({ width: Math.max(...WIDTHS) + 50, height: HEIGHT + 50 }));
  after(() => setViewport({ width: 800, height: 600 }));
  beforeEach(() => localStorage.clear());
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('names what scrolls a page sideways and the words broken inside, but not a wrapped address or hyphenated name', async () => {
    const frame = Object.assign(document.createElement('iframe'), {
      srcdoc: `<!doctype html><body style="margin: 0; font: 16px sans-serif">
        <p style="inline-size: 120px; overflow-wrap: anywhere">Tulip bouquetbouquetbouquet</p>
        <div class="wide" style="inline-size: 500px">Wide</div>
        <p style="inline-size: 120px; overflow-wrap: anywhere">A link-in-bio page at https://shop.example/a/long/address</p>`,
    });
    frame.style.cssText = 'width: 320px; height: 400px; border: 0';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const doc = frame.contentDocument!;
    expect(sidewaysScroll(doc)).to.deep.equal(['the page is 500 px wide in a 320 px window', 'body > div.wide "Wide" spans 0–500']);
    expect(brokenWords(doc)).to.deep.equal(['body > p: "bouquetbouquetbouquet"']);
  });

  const shopPages = ['index', 'product', 'store', 'social-tab', 'link-in-bio', 'display', 'ideas', 'coupon', 'de', 'wishlist', 'ask'];
  for (const page of shopPages) {
    it(`demo/${page}.html?local: no sideways scrolling, no word broken inside`, async function () {
      this.timeout(60_000);
      let params = '';
      // The pages a link opens: a friend's shared wish list, an ask with its products.
      if (page === 'wishlist') {
        const lists = localWishlists(SITE);
        for (const id of ['sku-4', 'sku-9', 'sku-11']) await lists.set(id, true);
        params = `&sc-wishlist=${(await lists.share('default')).shareId}`;
      }
      if (page === 'ask') params = `&sc-poll=${(await localPolls(SITE).ask(['sku-1', 'sku-2', 'sku-9'], randomKey())).id}`;
      const frame = await openPage(`/demo/${page}.html?local${params}`);
      expect(await atEveryWidth(frame)).to.deep.equal(good);
    });
  }

  // A shopper who doubled the text size, in the narrowest window: the store and the pages a link opens.
  for (const page of ['store', 'product', 'wishlist']) {
    it(`demo/${page}.html?local at 320 px with the text at 200%: no sideways scrolling`, async function () {
      this.timeout(60_000);
      const frame = await openPage(`/demo/${page}.html?local`);
      frame.style.width = '320px';
      await waitUntil(() => frame.contentDocument?.readyState === 'complete');
      frame.contentDocument!.documentElement.style.fontSize = '200%';
      await scrollThrough(frame.contentDocument!);
      expect(sidewaysScroll(frame.contentDocument!)).to.deep.equal([]);
    });
  }

  for (const page of ['seller', 'till']) {
    it(`demo/${page}.html, signed out and signed in with every scope: no sideways scrolling, no word broken inside`, async function () {
      this.timeout(60_000);
      const { endpoint, site } = await newSite();
      const credential = await newMember({ site, name: 'Carolien', role: 'webcare team', scopes: ['answer', 'moderate', 'catalog', 'insights', 'team', 'till'] });
      const frame = await openPage(`/demo/${page}.html?api=${encodeURIComponent(endpoint)}`);
      expect(await atEveryWidth(frame), 'signed out').to.deep.equal(good);
      await signIn(frame.contentDocument!, site, credential);
      expect(await atEveryWidth(frame), 'signed in').to.deep.equal(good);
    });
  }
});
