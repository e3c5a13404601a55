import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { generate } from 'lean-qr/nano';
import { toSvgPath } from 'lean-qr/extras/svg';
import '../../src/components/like-display/like-display.js';
import type { ScLikeDisplay } from '../../src/components/like-display/like-display.component.js';
import { RestAdapter } from '../../src/adapters/rest/rest-adapter.js';
import { configure } from '../../src/core/config.js';
import { cutConnections, newSite, setApiMode, takeRequests } from '../support/api.js';
import { oneVariant, putProduct } from '../support/catalog.js';
import { forcedColors } from '../support/browser.js';
import { MemoryStorage } from '../support/fixtures.js';

const part = (el: ScLikeDisplay, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~=${name}]`);
const text = (el: ScLikeDisplay, name: string) => part(el, name)?.textContent!.replace(/\s+/g, ' ').trim();

/** A new site on the real server with the product `scarf` ("Wool scarf"), read by a live RestAdapter, as `data-live` makes. */
async function useLiveShop() {
  const api = await newSite();
  await putProduct(api, 'scarf', oneVariant('scarf', 'Wool scarf', 3900));
  const adapter = new RestAdapter({ endpoint: api.endpoint, site: api.site, live: true, storage: sessionStorage });
  configure({ adapter, site: api.site, locale: undefined, userToken: undefined });
  /** Another visitor, in another browser, likes `productId`. */
  const likedElsewhere = (productId: string) => new RestAdapter({ endpoint: api.endpoint, site: api.site, storage: new MemoryStorage() }).likes.set(productId, true);
  return { ...api, likedElsewhere };
}

/** Waits until the display shows `number` and says it is live. */
const showsLive = (el: ScLikeDisplay, number: string) =>
  waitUntil(() => text(el, 'number') === number && text(el, 'status')!.includes('Live'), `never showed ${number}, live: ${el.shadowRoot!.textContent}`, { timeout: 8_000 });

/** The stream has been opened (again) since the requests were last taken. */
const streamOpened = () => waitUntil(async () => (await takeRequests()).some((line) => line.startsWith('GET /v1/sites/') && line.includes('/events?')), 'no event stream');

describe('<sc-like-display> against the server', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => setApiMode({ mode: 'up' }));

  it("shows the product's name and count, and the count rises when another visitor likes it, with no reload", async () => {
    const { likedElsewhere } = await useLiveShop();
    await takeRequests();
    const el = await fixture<ScLikeDisplay>(html`<sc-like-display product-id="scarf"></sc-like-display>`);
    await showsLive(el, '0');
    await waitUntil(() => text(el, 'name') === 'Wool scarf', 'no name');
    expect(text(el, 'count')).to.equal('0 likes');
    await streamOpened();
    await likedElsewhere('scarf');
    await showsLive(el, '1');
    expect(text(el, 'count')).to.equal('1 like');
    await likedElsewhere('scarf');
    await showsLive(el, '2');
    await expect(el).to.be.accessible();
  });

  it('says it is reconnecting while the server is away, and once it is back reads the count again, with no reload', async () => {
    const { likedElsewhere } = await useLiveShop();
    const el = await fixture<ScLikeDisplay>(html`<sc-like-display product-id="scarf"></sc-like-display>`);
    await showsLive(el, '0');
    await streamOpened();
    // The server goes away: its stream drops and opening it again fails.
    await setApiMode({ mode: 'down' });
    await cutConnections();
    await waitUntil(() => text(el, 'status') === 'Reconnecting… the count may be behind', 'never said it was reconnecting');
    expect(part(el, 'base')!.classList.contains('behind')).to.equal(true);
    // The number stays, dimmed: it may be behind, and says so.
    expect(text(el, 'number')).to.equal('0');
    await waitUntil(async () => (await takeRequests()).some((line) => line.includes('/events?')), 'never tried again');
    await expect(el).to.be.accessible();
    // Back, with a like made meanwhile: the display reads the count again when its stream is back.
    await setApiMode({ mode: 'up' });
    await likedElsewhere('scarf');
    await showsLive(el, '1');
    expect(part(el, 'base')!.classList.contains('behind')).to.equal(false);
    // And follows new likes again.
    await likedElsewhere('scarf');
    await showsLive(el, '2');
  });

  it('waits for a server that is away when it starts, and shows the count once it answers', async () => {
    await useLiveShop();
    await setApiMode({ mode: 'down' });
    const el = await fixture<ScLikeDisplay>(html`<sc-like-display product-id="scarf"></sc-like-display>`);
    await waitUntil(() => text(el, 'status') === 'Connecting…', 'never said it was connecting');
    expect(text(el, 'number')).to.equal('–');
    await setApiMode({ mode: 'up' });
    await showsLive(el, '0');
    // The name that failed to load while the server was away comes too.
    await waitUntil(() => text(el, 'name') === 'Wool scarf', 'the name never came');
  });

  it('encodes the page to like the product in its QR code, named with the product, and follows product-url', async () => {
    await useLiveShop();
    const el = await fixture<ScLikeDisplay>(html`<sc-like-display product-id="scarf" product-url="/shop/scarf?from=display"></sc-like-display>`);
    await showsLive(el, '0');
    await waitUntil(() => text(el, 'name') === 'Wool scarf', 'no name');
    const url = new URL('/shop/scarf?from=display', location.href).href;
    const encoded = (href: string) => toSvgPath(generate(href));
    expect(part(el, 'qr')!.querySelector('path')!.getAttribute('d')).to.equal(encoded(url));
    expect(part(el, 'qr')!.getAttribute('aria-label')).to.equal('QR code to like it on your phone: Wool scarf');
    expect(text(el, 'url')).to.equal(url.replace(/^https?:\/\//, ''));
    // Set later, as a shop's script would; a script URL is refused for the page's own address.
    el.productUrl = 'https://shop.example/p/scarf';
    await el.updateComplete;
    expect(part(el, 'qr')!.querySelector('path')!.getAttribute('d')).to.equal(encoded('https://shop.example/p/scarf'));
    el.productUrl = 'javascript:alert(1)';
    await el.updateComplete;
    expect(text(el, 'url')).to.equal(location.href.replace(/^https?:\/\//, ''));
  });

  it('follows a product-id changed later', async () => {
    const { likedElsewhere } = await useLiveShop();
    await likedElsewhere('other');
    const el = await fixture<ScLikeDisplay>(html`<sc-like-display product-id="scarf"></sc-like-display>`);
    await showsLive(el, '0');
    el.setAttribute('product-id', 'other');
    await showsLive(el, '1');
    // A product the catalog does not have is named by its id.
    expect(text(el, 'name')).to.equal('other');
  });

  it('speaks Dutch, French and Chinese, with their numbers', async () => {
    const { likedElsewhere } = await useLiveShop();
    for (let i = 0; i < 3; i++) await likedElsewhere('scarf');
    const el = await fixture<ScLikeDisplay>(html`<sc-like-display product-id="scarf"></sc-like-display>`);
    await showsLive(el, '3');
    await waitUntil(() => text(el, 'name') === 'Wool scarf', 'no name');
    const said: Record<string, (string | null | undefined)[]> = {};
    for (const lang of ['nl', 'fr', 'zh-CN']) {
      el.lang = lang;
      // (Its language pack is in before it renders.)
      await el.updateComplete;
      said[lang] = [text(el, 'count'), text(el, 'status'), part(el, 'qr')!.getAttribute('aria-label')];
    }
    expect(said).to.deep.equal({
      nl: ['3 likes', '● Live', 'QR-code om het op je telefoon leuk te vinden: Wool scarf'],
      fr: ['3 mentions J’aime', '● En direct', 'Code QR pour l’aimer sur votre téléphone\u202F: Wool scarf'],
      'zh-CN': ['3 个赞', '● 实时', '用手机点赞的二维码：Wool scarf'],
    });
  });

  it('keeps its box while the view and the count come (no layout shift), grows with large text at 320 px, and keeps its QR code readable in forced colours', async () => {
    await useLiveShop();
    const el = await fixture<ScLikeDisplay>(html`<sc-like-display product-id="scarf" style="inline-size: 320px"></sc-like-display>`);
    const before = el.getBoundingClientRect();
    // At 16:9, or at least as tall as its text needs (23em) where the box is narrow.
    expect(before.height).to.equal(23 * 16);
    await showsLive(el, '0');
    expect(el.getBoundingClientRect().height).to.equal(before.height);
    // With large text, it grows to hold it, and nothing overflows.
    el.style.fontSize = '200%';
    const base = part(el, 'base')!;
    expect(el.getBoundingClientRect().height).to.equal(2 * before.height);
    expect(base.scrollHeight).to.be.at.most(base.clientHeight);
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    el.style.fontSize = '';
    // A wide box keeps 16:9.
    el.style.inlineSize = '960px';
    expect(el.getBoundingClientRect().height).to.equal(540);
    expect(base.scrollHeight).to.be.at.most(base.clientHeight);
    await forcedColors('active');
    try {
      // The QR code stays dark on white, which scanners read, whatever the colours forced.
      expect(getComputedStyle(part(el, 'qr')!).backgroundColor).to.equal('rgb(255, 255, 255)');
      await expect(el).to.be.accessible();
    } finally {
      await forcedColors('none');
    }
  });
});
