import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/wishlist-button/wishlist-button.js';
import type { ScWishlistButton } from '../../src/components/wishlist-button/wishlist-button.component.js';
import { RestAdapter } from '../../src/adapters/rest/rest-adapter.js';
import { configure } from '../../src/core/config.js';
import { LocalAdapter } from '../../src/adapters/local/local-adapter.js';
import { newSite, setApiMode, takeRequests } from '../support/api.js';
import { alertText, MemoryStorage, part } from '../support/fixtures.js';

let sites = 0;
/** A fresh LocalAdapter on a site of its own: writes a test leaves unconfirmed stay with its site. */
function useLocal() {
  const site = `wish-${Date.now()}-${sites++}`;
  configure({ adapter: new LocalAdapter(site), site, locale: undefined, userToken: undefined });
}
const button = (el: Element) => el.shadowRoot!.querySelector('button')!;
const ready = (el: Element) => waitUntil(() => button(el).getAttribute('aria-disabled') === 'false', 'the wish state never loaded');

async function useServer() {
  const site = await newSite();
  configure({ adapter: new RestAdapter({ endpoint: site.endpoint, site: site.site, storage: new MemoryStorage(), retries: 0 }), site: site.site, locale: undefined });
  await takeRequests();
  return site;
}

describe('<sc-wishlist-button>', () => {
  beforeEach(() => setApiMode({ mode: 'up' }));

  it('is a real toggle button named "Add to wish list" that fires sc-wishlist-change once per press, and passes axe', async () => {
    useLocal();
    const el = await fixture<ScWishlistButton>(html`<sc-wishlist-button product-id="p1"></sc-wishlist-button>`);
    await ready(el);
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');
    expect(part(el, 'label').textContent).to.equal('Add to wish list');
    await expect(el).to.be.accessible();
    const events: CustomEvent[] = [];
    el.addEventListener('sc-wishlist-change', (event) => events.push(event));
    const bubbled = oneEvent(document, 'sc-wishlist-change');
    button(el).click();
    expect((await bubbled).detail).to.deep.equal({ productId: 'p1', inList: true, count: 1 });
    await el.updateComplete;
    expect(button(el).getAttribute('aria-pressed')).to.equal('true');
    button(el).click();
    await el.updateComplete;
    expect(events.map((event) => event.detail.inList)).to.deep.equal([true, false]);
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');
  });

  it('shows the count of people, seen and heard, only with show-count', async () => {
    useLocal();
    const el = await fixture<ScWishlistButton>(html`<sc-wishlist-button product-id="p1"></sc-wishlist-button>`);
    await ready(el);
    button(el).click();
    await el.updateComplete;
    const countShown = () => getComputedStyle(part(el, 'count')).display !== 'none' && (part(el, 'count').nextElementSibling as HTMLElement).offsetParent !== null;
    expect(countShown()).to.be.false;
    el.showCount = true;
    await el.updateComplete;
    expect(el.hasAttribute('show-count')).to.be.true;
    expect(countShown()).to.be.true;
    expect(part(el, 'count').textContent).to.equal('1');
    expect(button(el).textContent).to.contain('1 person wishes for this');
  });

  it('speaks Dutch, French and Chinese', async () => {
    useLocal();
    const labels: string[] = [];
    for (const lang of ['nl', 'fr', 'zh-CN']) {
      const el = await fixture<ScWishlistButton>(html`<sc-wishlist-button product-id="p1" lang=${lang}></sc-wishlist-button>`);
      labels.push(part(el, 'label').textContent!);
    }
    expect(labels).to.deep.equal(['Op verlanglijst', 'Ajouter à ma liste d’envies', '加入心愿单']);
  });

  it('does nothing when sc-before-wishlist is cancelled', async () => {
    useLocal();
    const el = await fixture<ScWishlistButton>(html`<sc-wishlist-button product-id="p1"></sc-wishlist-button>`);
    await ready(el);
    el.addEventListener('sc-before-wishlist', (event) => event.preventDefault(), { once: true });
    button(el).click();
    await el.updateComplete;
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');
  });

  it('reads the wish states of many buttons in one request from the server, and saves a wish there', async () => {
    const { site } = await useServer();
    const wrapper = await fixture(html`<div>
      ${['a', 'b', 'c'].map((id) => html`<sc-wishlist-button product-id=${id} show-count></sc-wishlist-button>`)}
    </div>`);
    const buttons = [...wrapper.querySelectorAll('sc-wishlist-button')];
    await Promise.all(buttons.map(ready));
    const [read, ...others] = await takeRequests();
    expect(others).to.deep.equal([]);
    const url = new URL(read.split(' ')[1], location.origin);
    expect([read.split(' ')[0], url.pathname, url.searchParams.getAll('ids').sort()]).to.deep.equal(['GET', `/v1/sites/${site}/wishes`, ['a', 'b', 'c']]);
    button(buttons[1]).click();
    await waitUntil(async () => (await takeRequests()).some((line) => line === `PUT /v1/sites/${site}/wishes/b`), 'the wish was never sent');
    expect(part(buttons[1], 'count').textContent).to.equal('1');
  });

  it('rolls back with an announced alert and sc-error when the server refuses', async () => {
    await useServer();
    const el = await fixture<ScWishlistButton>(html`<sc-wishlist-button product-id="p1"></sc-wishlist-button>`);
    await ready(el);
    await setApiMode({ mode: 'refuse-writes' });
    const failed = oneEvent(el, 'sc-error');
    button(el).click();
    await el.updateComplete;
    expect(button(el).getAttribute('aria-pressed')).to.equal('true');
    expect((await failed).detail.code).to.equal('forbidden');
    await el.updateComplete;
    expect(button(el).getAttribute('aria-pressed')).to.equal('false');
    expect(alertText(el)).to.equal('Not saved, undone.');
  });

  it('compact, is as wide as its button while it has no message: a grid of cards keeps its layout', async () => {
    useLocal();
    const el = await fixture<ScWishlistButton>(html`<sc-wishlist-button product-id="narrow" compact></sc-wishlist-button>`);
    await ready(el);
    // Its (empty) live regions take no room: an icon-only button in a card stays beside its neighbours.
    expect(el.getBoundingClientRect().width).to.equal(button(el).getBoundingClientRect().width);
  });
});
