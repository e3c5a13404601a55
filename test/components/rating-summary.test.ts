import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/rating-summary/rating-summary.js';
import type { ScRatingSummary } from '../../src/components/rating-summary/rating-summary.component.js';
import type { Adapter, RatingSummary, Stars } from '../../src/core/adapter.js';
import { configure } from '../../src/core/config.js';
import { RestAdapter } from '../../src/adapters/rest/rest-adapter.js';
import { LocalAdapter } from '../../src/adapters/local/local-adapter.js';
import { sectionOf } from '../../src/adapters/sections.js';
import { starFilter } from '../../src/stores/ratings.js';
import { newSite, takeRequests } from '../support/api.js';
import { part } from '../support/fixtures.js';
import { randomKey } from '../../src/checkout/random-key.js';

let sites = 0;

/** A LocalAdapter on a fresh site holding reviews of product `p` with these ratings. */
async function localSite(ratings: Stars[]) {
  const site = `summary-${Date.now()}-${sites++}`;
  const adapter = new LocalAdapter(site);
  const reviews = await sectionOf(adapter, 'reviews');
  for (const rating of ratings) await reviews.create('p', { rating, title: '', text: 'Fine', author: 'Ana' }, randomKey());
  configure({ adapter, site, locale: undefined });
  return adapter;
}

const ready = (el: ScRatingSummary) =>
  waitUntil(() => el.shadowRoot?.querySelector('[part~=base]:not([aria-busy])'), 'the summary never loaded');

const bars = (el: ScRatingSummary) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~=bar]')];

describe('<sc-rating-summary>', () => {
  beforeEach(() => localStorage.clear());

  it('keeps each bar\'s label on one line in every language, in a narrow column with large text and WCAG\'s text spacing', async () => {
    await localSite([5, 4, 4, 1]);
    for (const lang of ['en', 'nl', 'fr', 'zh-CN']) {
      const el = await fixture<ScRatingSummary>(html`<div style="width:280px;font-size:20px"><sc-rating-summary product-id="p" lang=${lang}></sc-rating-summary></div>`).then((box) => box.firstElementChild as ScRatingSummary);
      await ready(el);
      const spacing = new CSSStyleSheet();
      spacing.replaceSync('* { letter-spacing: 0.12em !important; word-spacing: 0.16em !important }');
      el.shadowRoot!.adoptedStyleSheets = [...el.shadowRoot!.adoptedStyleSheets, spacing];
      const labels = bars(el).map((bar) => bar.querySelector('span')!);
      const lines = (label: Element) => {
        const range = document.createRange();
        range.selectNodeContents(label);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      };
      const wrapped = labels.filter((label) => lines(label) > 1).map((label) => label.textContent);
      expect(wrapped, lang).to.deep.equal([]);
      // The bars' tracks line up, whatever the width of each label.
      expect(new Set(bars(el).map((bar) => Math.round(bar.querySelector('.track')!.getBoundingClientRect().left))).size, lang).to.equal(1);
    }
  });

  it('shows the average to one decimal, the count and a histogram of buttons, and passes axe', async () => {
    await localSite([5, 4, 4]);
    const el = await fixture<ScRatingSummary>(html`<sc-rating-summary product-id="p"></sc-rating-summary>`);
    await ready(el);
    expect(part(el, 'average').textContent).to.equal('4.3');
    expect(part(el, 'count').textContent).to.equal('3 reviews');
    expect(el.shadowRoot!.textContent).to.contain('Rated 4.3 out of 5');
    expect(bars(el).map((bar) => bar.getAttribute('aria-label'))).to.deep.equal([
      '5 stars: 1 review',
      '4 stars: 2 reviews',
      '3 stars: 0 reviews',
      '2 stars: 0 reviews',
      '1 star: 0 reviews',
    ]);
    await expect(el).to.be.accessible();
  });

  it('filters the product’s reviews when a bar is pressed, and clears the filter when pressed again', async () => {
    await localSite([5, 4]);
    const el = await fixture<ScRatingSummary>(html`<sc-rating-summary product-id="p"></sc-rating-summary>`);
    await ready(el);
    const chosen = oneEvent(el, 'sc-rating-filter');
    bars(el)[1].click();
    expect((await chosen).detail).to.deep.equal({ productId: 'p', stars: 4 });
    await el.updateComplete;
    expect(starFilter('p').get()).to.equal(4);
    expect(bars(el).map((bar) => bar.getAttribute('aria-pressed'))).to.deep.equal(['false', 'true', 'false', 'false', 'false']);
    const cleared = oneEvent(el, 'sc-rating-filter');
    bars(el)[1].click();
    expect((await cleared).detail.stars).to.equal(null);
    expect(starFilter('p').get()).to.equal(undefined);
  });

  it('in compact form, says rating and count in one accessible name', async () => {
    await localSite([5, 4, 4]);
    const el = await fixture<ScRatingSummary>(html`<sc-rating-summary product-id="p" compact></sc-rating-summary>`);
    await ready(el);
    const base = part(el, 'base');
    expect(base.getAttribute('role')).to.equal('img');
    expect(base.getAttribute('aria-label')).to.equal('Rated 4.3 out of 5, 3 reviews');
    expect(part(el, 'count').textContent).to.equal('(3)');
    await expect(el).to.be.accessible();
  });

  it('speaks the page’s languages, with their decimal marks', async () => {
    await localSite([5, 4, 4]);
    const said = async (lang: string) => {
      const el = await fixture<ScRatingSummary>(html`<sc-rating-summary product-id="p" lang=${lang}></sc-rating-summary>`);
      await ready(el);
      return `${part(el, 'average').textContent} | ${part(el, 'count').textContent}`;
    };
    expect(await said('nl')).to.equal('4,3 | 3 reviews');
    expect(await said('fr')).to.equal('4,3 | 3 avis');
    expect(await said('zh-CN')).to.equal('4.3 | 3 条评价');
  });

  it('in compact form shows nothing for a product with no reviews: no stars, no "(0)"', async () => {
    await localSite([]);
    const el = await fixture<ScRatingSummary>(html`<sc-rating-summary product-id="p" compact></sc-rating-summary>`);
    await ready(el);
    expect(part(el, 'base').textContent).to.equal('');
    expect(el.shadowRoot!.querySelector('[part~=stars]')).to.equal(null);
  });

  it('says when there are no reviews yet in one line, not a block kept for bars', async () => {
    await localSite([]);
    const el = await fixture<ScRatingSummary>(html`<sc-rating-summary product-id="p" style="font-size:16px;line-height:1.5"></sc-rating-summary>`);
    await ready(el);
    expect(part(el, 'base').textContent).to.equal('No reviews yet');
    expect(el.getBoundingClientRect().height).to.be.at.most(2 * 24);
  });

  it('in compact form with show-empty, says "No reviews yet" for a product with none', async () => {
    await localSite([]);
    const el = await fixture<ScRatingSummary>(html`<sc-rating-summary product-id="p" compact show-empty></sc-rating-summary>`);
    await ready(el);
    expect(part(el, 'base').textContent!.trim()).to.equal('No reviews yet');
    expect(el.shadowRoot!.querySelector('[part~=stars]')).to.equal(null);
  });

  it('draws SVG stars at a size of their own, filled to the average, with the average and the count beside them, not glued', async () => {
    await localSite([5, 4, 4]);
    const el = await fixture<ScRatingSummary>(html`<sc-rating-summary product-id="p" style="font-size:16px"></sc-rating-summary>`);
    await ready(el);
    const drawn = part(el, 'stars');
    expect(drawn.localName).to.equal('svg');
    expect(drawn.getBoundingClientRect().height).to.equal(24);
    el.style.setProperty('--sc-star-size', '30px');
    expect(drawn.getBoundingClientRect().height).to.equal(30);
    // The filled layer covers 4.3 of 5 stars.
    const filled = drawn.querySelector('.filled')!;
    const clip = getComputedStyle(filled).clipPath;
    expect(clip, clip).to.match(/^inset\(/);
    expect(Number(getComputedStyle(drawn).getPropertyValue('--rating'))).to.be.closeTo(4.33, 0.01);
    const gap = (a: Element, b: Element) => {
      const [left, right] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
      return Math.max(right.left - left.right, right.top - left.bottom);
    };
    expect(gap(part(el, 'average'), drawn)).to.be.at.least(8);
    expect(gap(drawn, part(el, 'count'))).to.be.at.least(2);
    const compact = await fixture<ScRatingSummary>(html`<sc-rating-summary product-id="p" compact style="font-size:16px"></sc-rating-summary>`);
    await ready(compact);
    expect(gap(part(compact, 'stars'), part(compact, 'count'))).to.be.at.least(4);
  });

  it('reads 100 compact summaries of a product grid in one request to the server', async () => {
    const { endpoint, site } = await newSite();
    configure({ adapter: new RestAdapter({ endpoint, site }), site });
    await takeRequests();
    const el = await fixture(html`<div style="display: grid; grid-template-columns: repeat(10, 1fr); font-size: 4px">
      ${Array.from({ length: 100 }, (_, i) => html`<sc-rating-summary product-id=${`sku-${i}`} compact></sc-rating-summary>`)}
    </div>`);
    await Promise.all([...el.querySelectorAll('sc-rating-summary')].map(ready));
    const requests = await takeRequests();
    expect(requests).to.have.length(1);
    expect(requests[0]).to.match(new RegExp(`^GET /v1/sites/${site}/ratings\\?ids=`));
  });

  it('shows an alert, and loads again when pressed, when the backend has no reviews', async () => {
    let summaries: Record<string, RatingSummary> | undefined;
    const adapter: Adapter = {
      likes: { read: async () => ({}), set: async () => ({ count: 0, liked: false }) },
      get reviews() {
        return summaries && ({ summaries: async () => summaries } as unknown as Adapter['reviews']);
      },
    };
    configure({ adapter, site: `no-reviews-${sites++}` });
    const el = await fixture<ScRatingSummary>(html`<sc-rating-summary product-id="p"></sc-rating-summary>`);
    await waitUntil(() => part(el, 'message')?.textContent?.includes('Could not load'), 'no failure shown');
    expect(part(el, 'message').getAttribute('role')).to.equal('alert');
    summaries = { p: { average: 5, count: 1, histogram: [0, 0, 0, 0, 1] } };
    part(el, 'message').click();
    await ready(el);
    expect(part(el, 'average').textContent).to.equal('5.0');
  });
});
