import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/like-button/like-button.js';
import '../../src/components/rating-summary/rating-summary.js';
import '../../src/components/review-thread/review-thread.js';
import '../../src/components/cart/cart.js';
import { sectionOf } from '../../src/adapters/sections.js';
import { configure } from '../../src/core/config.js';
import { configureFromScript } from '../../src/sdk.js';
import { registerMessages } from '../../src/index.js';
import type { Messages } from '../../src/i18n/messages.js';
import { randomKey } from '../../src/checkout/random-key.js';
import { addToCart } from '../../src/stores/cart.js';
import { useLocalShop } from '../support/shop.js';

const shadow = (el: Element) => el.shadowRoot!;
const text = (el: Element) => shadow(el).textContent!.replace(/\s+/g, ' ').trim();
const likeLabel = (el: Element) => shadow(el).querySelector('[part=label]')?.textContent;

/** The script tag as a shop pastes it. */
function scriptTag(attributes: Record<string, string>): HTMLScriptElement {
  const script = document.createElement('script');
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  return script;
}

/** demo/locales/de.json, the German pack the demo's German page loads. */
const german = async (): Promise<Messages> => (await fetch('/demo/locales/de.json')).json();

/** A shop where `product` has ten reviews averaging 3.9. */
async function reviewedShop(product: string): Promise<string> {
  const { site, adapter } = useLocalShop();
  const reviews = await sectionOf(adapter, 'reviews');
  for (const [index, rating] of ([4, 4, 4, 4, 4, 4, 4, 4, 4, 3] as const).entries()) {
    await reviews.create(product, { rating, title: '', text: 'Schön', author: `Ana ${index}` }, randomKey());
  }
  return site;
}

describe('a language the shop adds', () => {
  const consoleWarn = console.warn;
  let warnings: string[] = [];
  beforeEach(() => {
    localStorage.clear();
    warnings = [];
    // Only sc-widgets' own lines: Lit in development mode has its own.
    console.warn = (...line: unknown[]) => String(line[0]).startsWith('sc-widgets') && warnings.push(line.join(' '));
  });
  afterEach(() => {
    console.warn = consoleWarn;
    configure({ locale: undefined });
  });

  it('from data-messages: German words in every widget, with German numbers', async () => {
    const site = await reviewedShop('tulips');
    await addToCart({ productId: 'tulips', variantId: 'tulips-1', quantity: 1 });
    configureFromScript(scriptTag({ 'data-site': site, 'data-locale': 'de-DE', 'data-messages': '/demo/locales/de.json' }));
    const page = await fixture(html`<div>
      <sc-like-button product-id="tulips"></sc-like-button>
      <sc-rating-summary product-id="tulips"></sc-rating-summary>
      <sc-review-thread product-id="tulips" no-form></sc-review-thread>
      <sc-cart></sc-cart>
    </div>`);
    const [like, summary, thread, cart] = ['sc-like-button', 'sc-rating-summary', 'sc-review-thread', 'sc-cart'].map((tag) => page.querySelector(tag)!);
    await waitUntil(() => likeLabel(like) === 'Gefällt mir', 'the like button never spoke German');
    await waitUntil(() => shadow(summary).querySelector('[part=average]') && shadow(thread).querySelector('[part=review]'), 'the reviews never loaded');
    expect(text(summary)).to.contain('3,9').and.contain('Bewertet mit 3,9 von 5').and.contain('10 Bewertungen');
    expect(shadow(summary).querySelector('[part~=bar]')!.getAttribute('aria-label')).to.equal('5 Sterne: 0 Bewertungen');
    expect(text(thread)).to.contain('Bewertungen (10)').and.contain('4 von 5 Sternen').and.contain('Hilfreich');
    expect(text(cart)).to.contain('Warenkorb, 1 Artikel');
    expect(warnings, 'data-messages is a setting').to.deep.equal([]);
  });

  it('says in English what a pack lacks, key by key', async () => {
    await reviewedShop('mug');
    const { likeButton, ratingSummary, ...rest } = await german();
    // The like button's label left out, the summary's "rated" in the wrong shape, its "none" a text where a template goes.
    const pack = { ...rest, likeButton: { count: likeButton.count }, ratingSummary: { ...ratingSummary, rated: { many: 'x' }, none: { other: 'y' } } };
    await registerMessages('de-AT', pack as unknown as Messages);
    const page = await fixture(html`<div><sc-like-button product-id="mug" lang="de-AT"></sc-like-button><sc-rating-summary product-id="mug" lang="de-AT"></sc-rating-summary></div>`);
    const [like, summary] = [page.querySelector('sc-like-button')!, page.querySelector('sc-rating-summary')!];
    await waitUntil(() => shadow(summary).querySelector('[part=average]'), 'the summary never loaded');
    expect(likeLabel(like), 'no label in the pack').to.equal('Like');
    expect(text(summary), 'no rated in the pack').to.contain('Rated 3,9 out of 5').and.contain('10 Bewertungen');
    const { ratingSummaryMessages } = await import('../../src/components/rating-summary/rating-summary.messages.js');
    expect(ratingSummaryMessages['de-AT']!.none, 'an object for a text').to.equal('No reviews yet');
  });

  it('renders widgets already on the page again in a language registered after them', async () => {
    await reviewedShop('tee');
    configure({ locale: 'pt-BR' });
    const page = await fixture(html`<div><sc-like-button product-id="tee"></sc-like-button><sc-rating-summary product-id="tee"></sc-rating-summary></div>`);
    const [like, summary] = [page.querySelector('sc-like-button')!, page.querySelector('sc-rating-summary')!];
    await waitUntil(() => shadow(summary).querySelector('[part=average]'), 'the summary never loaded');
    expect([likeLabel(like), text(summary)]).to.satisfy(([label, said]: string[]) => label === 'Like' && said.includes('10 reviews'));
    await registerMessages('pt-BR', { likeButton: { label: 'Curtir' }, ratingSummary: { reviews: { one: '{count} avaliação', other: '{count} avaliações' } } } as unknown as Messages);
    await waitUntil(() => likeLabel(like) === 'Curtir', 'the like button stayed in English');
    await waitUntil(() => text(summary).includes('10 avaliações'), 'the summary stayed in English');
  });

  it('chooses plural forms by the language’s rules, and a template by name', async () => {
    await registerMessages('ru', {
      poll: { votes: { one: '{count} голос', few: '{count} голоса', many: '{count} голосов', other: '{count} голоса' }, voted: 'Ваш голос: {label} ({missing})' },
    } as unknown as Messages);
    const { pollMessages } = await import('../../src/components/poll/poll.messages.js');
    const strings = pollMessages.ru!;
    expect([1, 3, 5, 21, 1.5].map((count) => strings.votes(count, count.toLocaleString('ru')))).to.deep.equal(['1 голос', '3 голоса', '5 голосов', '21 голос', '1,5 голоса']);
    expect(strings.voted('Синий'), 'a placeholder the message has no value for stays as written').to.equal('Ваш голос: Синий ({missing})');
    expect(strings.closed, 'not in the pack').to.equal('Voting has closed');
  });

  it('leaves English when a pack does not load, and says so once', async () => {
    const { site } = useLocalShop();
    const tag = () => scriptTag({ 'data-site': site, 'data-locale': 'it', 'data-messages': '/nowhere/it.json' });
    configureFromScript(tag());
    configureFromScript(tag());
    await waitUntil(() => warnings.length, 'no warning');
    const like = await fixture(html`<sc-like-button product-id="tulips"></sc-like-button>`);
    expect(likeLabel(like)).to.equal('Like');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('/nowhere/it.json').and.contain('stay in English');
  });
});
