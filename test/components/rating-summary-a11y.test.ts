import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/rating-summary/rating-summary.js';
import type { ScRatingSummary } from '../../src/components/rating-summary/rating-summary.component.js';
import type { Stars } from '../../src/core/adapter.js';
import { LocalAdapter } from '../../src/adapters/local/local-adapter.js';
import { sectionOf } from '../../src/adapters/sections.js';
import { randomKey } from '../../src/checkout/random-key.js';
import { configure } from '../../src/core/config.js';
import { starFilter } from '../../src/stores/ratings.js';
import { deepActiveElement, spokenTree } from '../support/ax-tree.js';

let sites = 0;

/** A LocalAdapter on a fresh site holding reviews of product `p` with these ratings. */
async function reviewed(ratings: Stars[]): Promise<void> {
  const site = `summary-a11y-${Date.now()}-${sites++}`;
  const adapter = new LocalAdapter(site);
  const reviews = await sectionOf(adapter, 'reviews');
  for (const rating of ratings) await reviews.create('p', { rating, title: '', text: 'Fine', author: 'Ana' }, randomKey());
  configure({ adapter, site, locale: undefined });
}

const ready = (el: ScRatingSummary) => waitUntil(() => el.shadowRoot?.querySelector('[part~=base]:not([aria-busy])'), 'the summary never loaded');
/** The histogram's bar of `stars`: five first, as the histogram reads. */
const bar = (el: ScRatingSummary, stars: number) => el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~=bar]')[5 - stars];

describe('<sc-rating-summary> as a screen reader and a keyboard use it', () => {
  // The filter is the page's, shared with the thread: each test starts with none.
  beforeEach(() => (localStorage.clear(), starFilter('p').set(undefined)));

  it('has five filter buttons named by stars and count, one pressed once chosen', async () => {
    await reviewed([5, 4, 4]);
    const el = await fixture<ScRatingSummary>(html`<sc-rating-summary product-id="p"></sc-rating-summary>`);
    await ready(el);
    // (The average and count are text: the tree leaves text out.)
    expect(el.shadowRoot!.querySelector('p')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('4.3 Rated 4.3 out of 5 3 reviews');
    const bars = (pressed: number) =>
      ['5 stars: 1 review', '4 stars: 2 reviews', '3 stars: 0 reviews', '2 stars: 0 reviews', '1 star: 0 reviews'].map(
        (name, index) => `button "${name}" [${5 - index === pressed ? 'pressed' : 'not pressed'}]`,
      );
    expect(await spokenTree()).to.deep.equal(bars(0));
    bar(el, 4).click();
    await waitUntil(() => bar(el, 4).getAttribute('aria-pressed') === 'true', 'the filter did not show');
    expect(await spokenTree()).to.deep.equal(bars(4));
  });

  it('is one image with the rating in a compact summary', async () => {
    await reviewed([5, 4, 4]);
    const el = await fixture<ScRatingSummary>(html`<sc-rating-summary product-id="p" compact></sc-rating-summary>`);
    await ready(el);
    expect(await spokenTree()).to.deep.equal(['image "Rated 4.3 out of 5, 3 reviews"']);
  });

  it('filters by keyboard: Tab through the bars from five stars, Enter and Space choose and clear, the focus stays', async () => {
    await reviewed([5, 4, 4]);
    const page = await fixture(html`<div><button>before</button><sc-rating-summary product-id="p"></sc-rating-summary><button>after</button></div>`);
    const el = page.querySelector<ScRatingSummary>('sc-rating-summary')!;
    const [before, after] = page.querySelectorAll<HTMLElement>(':scope > button');
    await ready(el);
    before.focus();
    for (const stars of [5, 4]) {
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement(), `Tab to ${stars} stars`).to.equal(bar(el, stars));
    }
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => bar(el, 4).getAttribute('aria-pressed') === 'true', 'Enter did not filter');
    expect(deepActiveElement()).to.equal(bar(el, 4));
    await sendKeys({ press: 'Space' });
    await waitUntil(() => bar(el, 4).getAttribute('aria-pressed') === 'false', 'Space did not clear the filter');
    expect(deepActiveElement()).to.equal(bar(el, 4));
    for (const stars of [3, 2, 1]) {
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement(), `Tab to ${stars} stars`).to.equal(bar(el, stars));
    }
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(after);
  });
});
