import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { thread } from '../../src/stores/reviews.js';
import '../../src/components/review-thread/review-thread.js';
import type { ScReviewThread } from '../../src/components/review-thread/review-thread.component.js';
import type { Review, Stars } from '../../src/core/adapter.js';
import { saveReview } from '../../src/stores/review-drafts.js';
import { configure } from '../../src/core/config.js';
import { LocalAdapter } from '../../src/adapters/local/local-adapter.js';
import { RestAdapter } from '../../src/adapters/rest/rest-adapter.js';
import { sectionOf } from '../../src/adapters/sections.js';
import { starFilter } from '../../src/stores/ratings.js';
import { countRows, newSite, setApiMode, takeRequests } from '../support/api.js';
import { MemoryStorage, part } from '../support/fixtures.js';
import { deepActiveElement, spokenTree } from '../support/ax-tree.js';
import { randomKey } from '../../src/checkout/random-key.js';

let products = 0;


/** A LocalAdapter site whose product holds reviews with these ratings, oldest first; returns the product id. */
async function productWith(ratings: Stars[], text = (index: number) => `Text ${index}`, locales: (string | undefined)[] = []): Promise<string> {
  const site = `thread-${Date.now()}-${products}`;
  const productId = `p${products++}`;
  const adapter = new LocalAdapter(site);
  const reviews = await sectionOf(adapter, 'reviews');
  for (const [index, rating] of ratings.entries()) {
    await reviews.create(productId, { rating, title: `Title ${index}`, text: text(index), author: `Author ${index}`, locale: locales[index] }, randomKey());
  }
  configure({ adapter, site, locale: undefined });
  return productId;
}

const shadow = (el: Element) => el.shadowRoot!;
const titles = (el: ScReviewThread) => [...shadow(el).querySelectorAll('.title')].map((title) => title.textContent);
const ready = (el: ScReviewThread) => waitUntil(() => shadow(el).querySelector('[part=toolbar]'), 'the thread never loaded');
/** WCAG's contrast ratio of two colours as computed styles give them (any CSS colour), drawn to read them as sRGB. */
function contrast(a: string, b: string): number {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  const luminance = (colour: string) => {
    context.fillStyle = colour;
    context.fillRect(0, 0, 1, 1);
    const [r, g, b] = [...context.getImageData(0, 0, 1, 1).data].map((value) => value / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
const button = (el: Element, text: string) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((candidate) => candidate.textContent!.trim().startsWith(text))!;

describe('<sc-review-thread>', () => {
  beforeEach(async () => {
    localStorage.clear();
    await setApiMode({ mode: 'up' });
  });

  it('lists reviews newest first with stars, author, date and text, and passes axe', async () => {
    const productId = await productWith([5, 3, 4]);
    const el = await fixture<ScReviewThread>(html`<sc-review-thread product-id=${productId}></sc-review-thread>`);
    await ready(el);
    expect(titles(el)).to.deep.equal(['Title 2', 'Title 1', 'Title 0']);
    const first = shadow(el).querySelector('[part~=review]')!;
    expect(first.getAttribute('aria-label')).to.equal('Author 2, Rated 4 out of 5');
    expect(first.querySelector('time')!.textContent).to.equal('now');
    expect(shadow(el).querySelector('[part=toolbar]')!.textContent).to.contain('Reviews (3)');
    await expect(el).to.be.accessible();
  });

  it('sorts, and follows the star filter its rating summary sets', async () => {
    const productId = await productWith([5, 3, 4, 4]);
    const el = await fixture<ScReviewThread>(html`<sc-review-thread product-id=${productId}></sc-review-thread>`);
    await ready(el);
    const select = shadow(el).querySelector('select')!;
    select.value = 'lowest';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => titles(el)[0] === 'Title 1', 'not sorted');
    expect(titles(el)).to.deep.equal(['Title 1', 'Title 3', 'Title 2', 'Title 0']);
    starFilter(productId).set(4);
    await waitUntil(() => titles(el).length === 2, 'not filtered');
    expect(shadow(el).querySelector('[part=toolbar]')!.textContent).to.contain('Showing 4-star reviews');
    button(el, 'Show all').click();
    await waitUntil(() => titles(el).length === 4, 'filter not cleared');
  });

  it('shows a page at a time, and says how many are shown', async () => {
    const productId = await productWith(Array.from({ length: 25 }, () => 5 as Stars));
    const el = await fixture<ScReviewThread>(html`<sc-review-thread product-id=${productId}></sc-review-thread>`);
    await ready(el);
    expect(titles(el)).to.have.length(10);
    expect(shadow(el).querySelector('[role=status]')!.textContent!.trim()).to.equal('Showing reviews 1–10 of 25');
    button(el, 'Show more').click();
    await waitUntil(() => titles(el).length === 20, 'no second page');
    button(el, 'Show more').click();
    await waitUntil(() => titles(el).length === 25, 'no last page');
    expect(button(el, 'Show more')).to.equal(undefined);
  });

  it('keeps at most 30 reviews in the page while paging on, earlier ones a button away', async () => {
    const productId = await productWith(Array.from({ length: 45 }, () => 4 as Stars));
    const el = await fixture<ScReviewThread>(html`<sc-review-thread product-id=${productId}></sc-review-thread>`);
    await ready(el);
    for (const loaded of [20, 30, 40]) {
      button(el, 'Show more').click();
      await waitUntil(() => titles(el).includes(`Title ${45 - loaded}`), `page to ${loaded} not shown`);
    }
    expect(titles(el)).to.have.length(30);
    expect(titles(el)[0]).to.equal('Title 34');
    expect(shadow(el).querySelector('ol')!.getAttribute('start')).to.equal('11');
    expect(shadow(el).querySelector('[role=status]')!.textContent!.trim()).to.equal('Showing reviews 11–40 of 45');
    // Focus stays with its review as the window moves.
    const focused = shadow(el).querySelectorAll<HTMLButtonElement>('[part~=review] button')[0];
    const focusedReview = focused.closest('article')!.getAttribute('aria-label');
    focused.focus();
    button(el, 'Show earlier').click();
    await el.updateComplete;
    expect(titles(el)[0]).to.equal('Title 44');
    expect(shadow(el).activeElement?.closest('article')?.getAttribute('aria-label')).to.equal(focusedReview);
    expect(button(el, 'Show earlier')).to.equal(undefined);
  });

  it('renders what people typed as text, and wraps long words', async () => {
    const productId = await productWith([1], () => `<img src=x onerror="window.hacked=1"> ${'a'.repeat(300)} مرحبا 你好 🎉`);
    const el = await fixture<ScReviewThread>(html`<div style="width: 320px"><sc-review-thread product-id=${productId}></sc-review-thread></div>`);
    const thread = el.querySelector('sc-review-thread')!;
    await ready(thread);
    const text = shadow(thread).querySelector('.text')!;
    expect(text.textContent).to.contain('<img src=x onerror="window.hacked=1">');
    expect(shadow(thread).querySelector('img')).to.equal(null);
    expect((window as { hacked?: number }).hacked).to.equal(undefined);
    expect(thread.scrollWidth).to.be.at.most(320);
  });

  it('votes helpful at once, announces it as an event, and takes the vote back', async () => {
    const productId = await productWith([5]);
    const el = await fixture<ScReviewThread>(html`<sc-review-thread product-id=${productId}></sc-review-thread>`);
    await ready(el);
    await waitUntil(() => !button(el, 'Helpful').disabled, 'votes not ready');
    const voted = oneEvent(el, 'sc-review-vote');
    button(el, 'Helpful').click();
    expect((await voted).detail).to.include({ productId, helpful: true });
    await el.updateComplete;
    expect(button(el, 'Helpful').getAttribute('aria-pressed')).to.equal('true');
    expect(button(el, 'Helpful').textContent).to.contain('(1)');
    button(el, 'Helpful').click();
    await el.updateComplete;
    expect(button(el, 'Helpful').textContent).to.contain('(0)');
  });

  it('is used by keyboard alone: vote with Space, open a reply with Enter and type into it', async () => {
    const productId = await productWith([4]);
    const el = await fixture<ScReviewThread>(html`<sc-review-thread product-id=${productId} no-form></sc-review-thread>`);
    await ready(el);
    await waitUntil(() => !button(el, 'Helpful').disabled, 'votes not ready');
    button(el, 'Helpful').focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(button(el, 'Helpful').getAttribute('aria-pressed')).to.equal('true');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button(el, 'Reply').getAttribute('aria-expanded')).to.equal('true');
    shadow(el).querySelector('textarea')!.focus();
    await sendKeys({ type: 'Agreed' });
    expect(shadow(el).querySelector('textarea')!.value).to.equal('Agreed');
  });

  it('takes a guest’s reply and shows it under the review', async () => {
    const productId = await productWith([4]);
    const el = await fixture<ScReviewThread>(html`<sc-review-thread product-id=${productId}></sc-review-thread>`);
    await ready(el);
    button(el, 'Reply').click();
    await el.updateComplete;
    expect(button(el, 'Reply').getAttribute('aria-expanded')).to.equal('true');
    shadow(el).querySelector('textarea')!.value = 'Same for me';
    shadow(el).querySelector<HTMLInputElement>('input[name=author]')!.value = 'Bo';
    button(el, 'Send reply').click();
    await waitUntil(() => shadow(el).querySelector('.reply-text')?.textContent === 'Same for me', 'reply not shown');
    expect(shadow(el).querySelector('[part~=reply]')!.textContent).to.contain('Bo');
  });

  it('reports a review with a reason, says thank you, and fires sc-review-report', async () => {
    const productId = await productWith([1]);
    const el = await fixture<ScReviewThread>(html`<sc-review-thread product-id=${productId}></sc-review-thread>`);
    await ready(el);
    button(el, 'Report').click();
    await el.updateComplete;
    shadow(el).querySelector<HTMLInputElement>('input[name=reason][value=offensive]')!.click();
    const reported = oneEvent(el, 'sc-review-report');
    button(el, 'Send report').click();
    expect((await reported).detail).to.include({ productId, reason: 'offensive' });
    await waitUntil(() => shadow(el).querySelector('[role=status]')!.textContent!.includes('Thank you'), 'no thanks');
  });

  it('holds a review form whose review shows first in the thread, unless no-form', async () => {
    const productId = await productWith([3]);
    const el = await fixture<ScReviewThread>(html`<sc-review-thread product-id=${productId}></sc-review-thread>`);
    await ready(el);
    button(el, 'Write a review').click();
    await waitUntil(() => shadow(el).querySelector('sc-review-form'), 'the form never opened');
    const form = shadow(el).querySelector('sc-review-form')!;
    expect(form.getAttribute('product-id')).to.equal(productId);
    await form.updateComplete;
    const root = form.shadowRoot!;
    root.querySelector<HTMLInputElement>('input[type=radio][value="5"]')!.click();
    root.querySelector('textarea')!.value = 'Lovely';
    root.querySelector('textarea')!.dispatchEvent(new Event('input', { bubbles: true }));
    const author = root.querySelector<HTMLInputElement>('input[name=author]')!;
    author.value = 'Noor';
    author.dispatchEvent(new Event('input', { bubbles: true }));
    root.querySelector('form')!.requestSubmit();
    await waitUntil(() => shadow(el).querySelector('.text')?.textContent === 'Lovely', 'the new review is not first');
    const bare = await fixture<ScReviewThread>(html`<sc-review-thread product-id=${productId} no-form></sc-review-thread>`);
    await ready(bare);
    expect(shadow(bare).querySelector('sc-review-form')).to.equal(null);
    expect(shadow(bare).querySelector('[part=write]')).to.equal(null);
  });

  it('opens its form with “Write a review”: expanded, the focus in the form; Escape and Cancel close it, the focus back on the button', async () => {
    const productId = await productWith([4]);
    const el = await fixture<ScReviewThread>(html`<sc-review-thread product-id=${productId}></sc-review-thread>`);
    await ready(el);
    const write = part(el, 'write') as HTMLButtonElement;
    expect(shadow(el).querySelector('sc-review-form')).to.equal(null);
    expect(write.getAttribute('aria-expanded')).to.equal('false');
    write.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActiveElement()?.getAttribute('name') === 'rating', 'the focus did not move into the form');
    expect(write.getAttribute('aria-expanded')).to.equal('true');
    const form = shadow(el).querySelector('sc-review-form')!;
    expect(write.getAttribute('aria-controls')).to.equal(form.id);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !shadow(el).querySelector('sc-review-form'), 'Escape did not close the form');
    expect(deepActiveElement() === write, "focus back on Write a review").to.equal(true);
    expect(write.getAttribute('aria-expanded')).to.equal('false');
    write.click();
    await waitUntil(() => shadow(el).querySelector('sc-review-form')?.shadowRoot?.querySelector('[part=cancel]'), 'no Cancel');
    (part(shadow(el).querySelector('sc-review-form')!, 'cancel') as HTMLButtonElement).click();
    await waitUntil(() => !shadow(el).querySelector('sc-review-form'), 'Cancel did not close the form');
    expect(deepActiveElement() === write, "focus back on Write a review").to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('opens its form by itself while a draft is kept, as after a reload', async () => {
    const productId = await productWith([4]);
    saveReview(productId, { rating: 3, title: '', text: 'Half written', author: '' });
    const el = await fixture<ScReviewThread>(html`<sc-review-thread product-id=${productId}></sc-review-thread>`);
    await ready(el);
    const form = shadow(el).querySelector('sc-review-form')!;
    await form.updateComplete;
    expect(form.shadowRoot!.querySelector('textarea')!.value).to.equal('Half written');
    expect(part(el, 'write').getAttribute('aria-expanded')).to.equal('true');
  });

  it('invites the first review in one line when there is none: no empty toolbar, no block kept for reviews', async () => {
    const productId = await productWith([]);
    const el = await fixture<ScReviewThread>(html`<sc-review-thread product-id=${productId} style="font-size:16px;line-height:1.5"></sc-review-thread>`);
    await waitUntil(() => shadow(el).querySelector('[part=empty]'), 'no invitation');
    expect(part(el, 'empty').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Be the first to review this product. Write a review');
    expect(shadow(el).querySelector('[part=toolbar]')).to.equal(null);
    expect(el.getBoundingClientRect().height).to.be.at.most(3 * 24);
    await expect(el).to.be.accessible();
  });

  it('shows each review with an initial avatar, the name, the date, a verified badge with an icon, and its own pending one marked', async () => {
    const productId = await productWith([]);
    const at = new Date(Date.now() - 3 * 86_400_000).toISOString();
    const review = (id: string, author: string, more: Partial<Review>): Review => ({
      id, productId, rating: 4, title: '', text: 'Fine', author, verified: false, helpful: 0, voted: false, status: 'published', replies: [], createdAt: at, ...more,
    });
    thread(productId).set({
      status: 'ready', total: 2, sort: 'newest', loadingMore: false,
      reviews: [review('a', 'émile', { status: 'pending' }), review('b', 'Zoë', { verified: true }), review('c', '李雷', {})],
    });
    const el = await fixture<ScReviewThread>(html`<sc-review-thread product-id=${productId}></sc-review-thread>`);
    await ready(el);
    const cards = [...shadow(el).querySelectorAll<HTMLElement>('[part~=review]')];
    expect(cards.map((card) => card.querySelector('[part=avatar]')!.textContent)).to.deep.equal(['É', 'Z', '李']);
    expect(cards.map((card) => card.querySelector('.author')!.textContent)).to.deep.equal(['émile', 'Zoë', '李雷']);
    expect(cards[0].querySelector('time')!.textContent).to.equal('3 days ago');
    expect(cards[0].getAttribute('part')).to.equal('review pending');
    expect(cards[0].textContent).to.contain('Awaiting approval');
    const verified = cards[1].querySelector('[part=verified]')!;
    expect(verified.textContent!.trim()).to.equal('Verified buyer');
    expect(verified.querySelector('svg')).to.not.equal(null);
    expect(cards[2].querySelector('[part=verified]')).to.equal(null);
    // The initials keep AA contrast on the circle's colour, whatever the name.
    for (const card of cards) {
      const circle = getComputedStyle(card.querySelector('[part=avatar]')!);
      expect(contrast(circle.color, circle.backgroundColor), card.textContent!).to.be.at.least(4.5);
    }
    await expect(el).to.be.accessible();
  });

  it('says the same reviews in another language without loading them again', async () => {
    const productId = await productWith([5]);
    const el = await fixture<ScReviewThread>(html`<sc-review-thread product-id=${productId} no-form></sc-review-thread>`);
    await ready(el);
    const list = shadow(el).querySelector('ol');
    configure({ locale: 'fr' });
    await el.updateComplete;
    expect(button(el, 'Utile')).to.exist;
    expect(shadow(el).querySelector('ol')).to.equal(list);
    configure({ locale: undefined });
  });

  it('writes the product’s schema.org JSON-LD into the page', async () => {
    const productId = await productWith([5, 4]);
    const el = await fixture<ScReviewThread>(html`<sc-review-thread product-id=${productId} product-name="Linen shirt"></sc-review-thread>`);
    await ready(el);
    await waitUntil(() => el.querySelector('script[type="application/ld+json"]'), 'no JSON-LD');
    const data = JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(data).to.deep.include({ '@type': 'Product', name: 'Linen shirt' });
    expect(data.aggregateRating).to.include({ '@type': 'AggregateRating', ratingValue: 4.5, reviewCount: 2 });
    expect(data.review.map((review: { author: { name: string } }) => review.author.name)).to.deep.equal(['Author 1', 'Author 0']);
  });

  it('writes every `<` in its JSON-LD as \\u003c, so a copy of the page saved as HTML keeps it whole', async () => {
    const breakout = '</script><script>window.pwned = 1</script><!--';
    const productId = await productWith([5], () => breakout);
    const el = await fixture<ScReviewThread>(html`<sc-review-thread product-id=${productId}></sc-review-thread>`);
    await waitUntil(() => el.querySelector('script[type="application/ld+json"]'), 'no JSON-LD');
    const text = el.querySelector('script[type="application/ld+json"]')!.textContent!;
    expect(text).to.not.include('<');
    // As a prerenderer saves it, and as a browser then reads it.
    const saved = new DOMParser().parseFromString(el.outerHTML, 'text/html');
    const scripts = saved.querySelectorAll('script');
    expect(scripts.length).to.equal(1);
    expect(JSON.parse(scripts[0].textContent!).review[0].reviewBody).to.equal(breakout);
  });

  it('with no-json-ld writes none, and removes what it wrote when the attribute is added', async () => {
    const productId = await productWith([5, 4]);
    const el = await fixture<ScReviewThread>(html`<sc-review-thread product-id=${productId} no-json-ld></sc-review-thread>`);
    await ready(el);
    await el.updateComplete;
    expect(el.querySelectorAll('script').length).to.equal(0);
    el.noJsonLd = false;
    await waitUntil(() => el.querySelector('script[type="application/ld+json"]'), 'no JSON-LD without the attribute');
    el.setAttribute('no-json-ld', '');
    await waitUntil(() => !el.querySelector('script'), 'the JSON-LD was not removed');
  });

  it('on the server: says so when a further page fails, and loads it when asked again', async () => {
    const { endpoint, site } = await newSite();
    // Twelve reviews from twelve visitors (one review per visitor and product).
    for (let i = 0; i < 12; i++) {
      const visitor = await sectionOf(new RestAdapter({ endpoint, site, storage: new MemoryStorage() }), 'reviews');
      await visitor.create('paged', { rating: 4, title: `Title ${i}`, text: 'Fine', author: `Author ${i}` }, randomKey());
    }
    configure({ adapter: new RestAdapter({ endpoint, site, retries: 0 }), site });
    const el = await fixture<ScReviewThread>(html`<sc-review-thread product-id="paged" no-form></sc-review-thread>`);
    await ready(el);
    await setApiMode({ mode: 'down' });
    button(el, 'Show more').click();
    await waitUntil(() => shadow(el).querySelector('[role=alert]')!.textContent!.includes('Could not load'), 'the failure was not shown');
    expect(titles(el)).to.have.length(10);
    await setApiMode({ mode: 'up' });
    button(el, 'Show more').click();
    await waitUntil(() => titles(el).length === 12, 'the page never came');
    expect(shadow(el).querySelector('[role=alert]')!.textContent!.trim()).to.equal('');
    // The JSON-LD rates all twelve and samples the first page: its size stays flat as pages load.
    await waitUntil(() => JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!).aggregateRating.reviewCount === 12, 'the JSON-LD was not written again');
    const data = JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect([data.aggregateRating.reviewCount, data.review.length]).to.deep.equal([12, 10]);
  });

  it('on the server: loads nothing far below the fold, and undoes a refused vote with an alert', async () => {
    const { endpoint, site } = await newSite();
    const writer = await sectionOf(new RestAdapter({ endpoint, site, storage: sessionStorage }), 'reviews');
    await writer.create('far', { rating: 5, title: 'Great', text: 'Great shirt', author: 'Ana' }, randomKey());
    configure({ adapter: new RestAdapter({ endpoint, site }), site });
    await takeRequests();
    const el = await fixture(html`<div><div style="height: 400vh"></div><sc-review-thread product-id="far"></sc-review-thread></div>`);
    const thread = el.querySelector('sc-review-thread')!;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await takeRequests()).to.deep.equal([]);
    thread.scrollIntoView();
    await ready(thread);
    expect((await takeRequests()).map((line) => line.split('?')[0])).to.deep.equal([
      `GET /v1/sites/${site}/ratings`,
      `GET /v1/sites/${site}/products/far/reviews`,
    ]);
    await waitUntil(() => !button(thread, 'Helpful').disabled, 'votes not ready');
    await setApiMode({ mode: 'refuse-writes' });
    button(thread, 'Helpful').click();
    await thread.updateComplete;
    expect(button(thread, 'Helpful').textContent).to.contain('(1)');
    await waitUntil(() => button(thread, 'Helpful').textContent!.includes('(0)'), 'the refused vote was not undone', { timeout: 5000 });
    expect(button(thread, 'Helpful').getAttribute('aria-pressed')).to.equal('false');
  });

  it('on the server: a reply whose answer was lost, sent again, is made once', async () => {
    const { endpoint, site } = await newSite();
    // One visitor writes the review and answers it: the token is already there when the answer is lost.
    const storage = new MemoryStorage();
    await (await sectionOf(new RestAdapter({ endpoint, site, storage }), 'reviews')).create('lost', { rating: 4, title: 'Nice', text: 'Nice mug', author: 'Ana' }, randomKey());
    configure({ adapter: new RestAdapter({ endpoint, site, storage, timeout: 1000 }), site });
    const el = await fixture<ScReviewThread>(html`<sc-review-thread product-id="lost"></sc-review-thread>`);
    await ready(el);
    button(el, 'Reply').click();
    await el.updateComplete;
    shadow(el).querySelector('textarea')!.value = 'It is dishwasher safe too';
    shadow(el).querySelector<HTMLInputElement>('input[name=author]')!.value = 'Ana';
    await setApiMode({ mode: 'lose-answers', times: 1 });
    await takeRequests();
    button(el, 'Send reply').click();
    const alert = () => shadow(el).querySelector('[role=alert]')!.textContent!.trim();
    await waitUntil(() => alert(), 'the lost answer was never noticed', { timeout: 5000 });
    expect(await countRows(site, 'review_replies')).to.equal(1); // the server made it; the page never heard
    button(el, 'Send reply').click(); // the person tries again
    await waitUntil(() => shadow(el).querySelector('.reply-text')?.textContent === 'It is dishwasher safe too', 'reply not shown');
    // Two requests, one reply: the second carried the first's key.
    expect((await takeRequests()).filter((line) => line.startsWith('POST') && line.endsWith('/replies'))).to.have.length(2);
    expect(await countRows(site, 'review_replies')).to.equal(1);
  });

  it('on the server: keeps the reader\'s own review held for moderation on view, marked, across a reload, and for no one else', async () => {
    const { endpoint, site } = await newSite({ moderateReviews: true });
    const writerStorage = new MemoryStorage();
    const shown = async (storage: MemoryStorage) => {
      configure({ adapter: new RestAdapter({ endpoint, site, storage }), site, locale: undefined });
      const el = await fixture<ScReviewThread>(html`<sc-review-thread product-id="held"></sc-review-thread>`);
      await waitUntil(() => shadow(el).querySelector('[part=toolbar], [part=empty]'), 'the thread never loaded');
      const cards = [...shadow(el).querySelectorAll('[part~=review]')].map((card) => [card.getAttribute('part'), card.querySelector('.text')!.textContent, card.querySelector('.pending')?.textContent]);
      el.remove();
      return cards;
    };
    configure({ adapter: new RestAdapter({ endpoint, site, storage: writerStorage }), site, locale: undefined });
    const el = await fixture<ScReviewThread>(html`<sc-review-thread product-id="held"></sc-review-thread>`);
    await waitUntil(() => shadow(el).querySelector('[part=empty]'), 'no invitation');
    part(el, 'write').click();
    await waitUntil(() => shadow(el).querySelector('sc-review-form')?.shadowRoot?.querySelector('textarea'), 'no form');
    const form = shadow(el).querySelector('sc-review-form')!.shadowRoot!;
    form.querySelector<HTMLInputElement>('input[type=radio][value="4"]')!.click();
    for (const [name, value] of [['text', 'Waiting for the shop'], ['author', 'Noor']]) {
      const field = form.querySelector<HTMLInputElement>(`[name=${name}]`)!;
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    }
    form.querySelector('form')!.requestSubmit();
    await waitUntil(() => shadow(el).querySelector('[part~=pending]'), 'the held review is not shown');
    el.remove();
    // As after a reload: a new thread, the same visitor.
    expect(await shown(writerStorage)).to.deep.equal([['review pending', 'Waiting for the shop', 'Awaiting approval']]);
    expect(await shown(new MemoryStorage())).to.deep.equal([]);
  });

  it('on the server: signs the shop\'s answers with the member\'s name and role, and shows a private one to the review\'s author alone', async () => {
    const { endpoint, site, secret } = await newSite();
    const asShop = (body: object, key: string) => (reviewId: string) =>
      fetch(`${endpoint}/v1/sites/${site}/reviews/${reviewId}/seller-replies`, { method: 'POST', headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const added = await (await fetch(`${endpoint}/v1/sites/${site}/members`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Carolien', role: 'webcare team', scopes: ['answer'] }),
    })).json();
    const authorStorage = new MemoryStorage();
    const reviews = await sectionOf(new RestAdapter({ endpoint, site, storage: authorStorage }), 'reviews');
    const written = await reviews.create('signed', { rating: 2, title: 'Late', text: 'Took three weeks', author: 'Kim' }, randomKey());
    await asShop({ text: 'Mail us your order number.', private: true }, added.credential)(written.id);
    await asShop({ text: 'Sorry, the carrier lost a week.', author: 'Mila' }, secret)(written.id);

    const replies = async (storage: MemoryStorage) => {
      configure({ adapter: new RestAdapter({ endpoint, site, storage }), site, locale: undefined });
      const el = await fixture<ScReviewThread>(html`<sc-review-thread product-id="signed" shop-name="Linnen & Co"></sc-review-thread>`);
      await waitUntil(() => shadow(el).querySelectorAll('[part~=reply]').length === 2, 'replies never shown');
      await expect(el).to.be.accessible();
      const shown = [...shadow(el).querySelectorAll('[part~=reply]')].map((reply) =>
        [...reply.querySelectorAll('.from, .author, .badge, .reply-text')].map((line) => line.textContent),
      );
      el.remove();
      return shown;
    };
    // Each in the shop's tinted box, headed by the shop's name, then the team member's.
    expect(await replies(authorStorage)).to.deep.equal([
      ['Reply from Linnen & Co', 'Carolien, webcare team', 'Only you see this answer', 'Mail us your order number.'],
      ['Reply from Linnen & Co', 'Mila', 'Sorry, the carrier lost a week.'],
    ]);
    const someoneElse = await replies(new MemoryStorage());
    expect(someoneElse).to.deep.equal([
      ['Reply from Linnen & Co', 'Carolien, webcare team', 'The shop answered privately.'],
      ['Reply from Linnen & Co', 'Mila', 'Sorry, the carrier lost a week.'],
    ]);
  });

  describe('focus, announcements and language', () => {
    const review = (el: ScReviewThread, title: string) =>
      [...shadow(el).querySelectorAll('[part~=review]')].find((article) => article.querySelector('.title')!.textContent === title)!;
    /**
     * Compared by identity, reported by name: on the old code, a failed `to.equal` of two
     * elements stalled the browser until the run timed out instead of failing the test.
     */
    const expectFocusOn = (expected: Element | null | undefined) => {
      const name = (element: Element | null | undefined) => (element ? `<${element.localName}> “${element.textContent!.trim().slice(0, 40)}”` : String(element));
      const focused = deepActiveElement();
      expect(focused === expected, `focus on ${name(focused)}, not ${name(expected)}`).to.equal(true);
    };
    const settled = (productId: string) => waitUntil(() => thread(productId).get().status === 'ready' && !thread(productId).get().loadingMore, 'never settled');

    it('keeps focus on “Sort by” when the arrow keys change the sort', async () => {
      const productId = await productWith([5, 3, 4, 4]);
      const el = await fixture<ScReviewThread>(html`<sc-review-thread product-id=${productId} no-form></sc-review-thread>`);
      await ready(el);
      const select = shadow(el).querySelector('select')!;
      select.focus();
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => thread(productId).get().sort === 'helpful', 'the arrow key did not sort');
      await settled(productId);
      await el.updateComplete;
      expect(select.isConnected, 'the select was replaced').to.equal(true);
      expectFocusOn(select);
    });

    it('moves focus to the first newly shown review after “Show more reviews”, which is never disabled', async () => {
      const productId = await productWith(Array.from({ length: 15 }, () => 5 as Stars));
      const el = await fixture<ScReviewThread>(html`<sc-review-thread product-id=${productId} no-form></sc-review-thread>`);
      await ready(el);
      button(el, 'Show more').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => titles(el).length === 15, 'no second page');
      await settled(productId);
      await el.updateComplete;
      expectFocusOn(review(el, 'Title 4'));
    });

    it('keeps focus on “Show more reviews” while it loads: aria-disabled, not disabled', async () => {
      const productId = await productWith(Array.from({ length: 25 }, () => 5 as Stars));
      const el = await fixture<ScReviewThread>(html`<sc-review-thread product-id=${productId} no-form></sc-review-thread>`);
      await ready(el);
      const more = button(el, 'Show more');
      more.focus();
      more.click();
      await el.updateComplete;
      expect(more.disabled).to.equal(false);
      expect(more.getAttribute('aria-disabled')).to.equal('true');
      expectFocusOn(more);
    });

    it('moves focus to the list after “Show all”, and says each filter in one persistent status', async () => {
      const productId = await productWith([5, 1, 4, 4]);
      const el = await fixture<ScReviewThread>(html`<sc-review-thread product-id=${productId} no-form></sc-review-thread>`);
      await ready(el);
      const status = shadow(el).querySelector('[role=status]')!;
      starFilter(productId).set(1);
      await waitUntil(() => titles(el).length === 1, 'not filtered');
      await settled(productId);
      await el.updateComplete;
      expect(shadow(el).querySelectorAll('[role=status]')).to.have.length(1);
      expect(shadow(el).querySelector('[role=status]'), 'the status was replaced').to.equal(status);
      expect(status.textContent!.trim()).to.equal('Showing 1-star reviews');
      button(el, 'Show all').focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => titles(el).length === 4, 'filter not cleared');
      await settled(productId);
      await el.updateComplete;
      expectFocusOn(shadow(el).querySelector('ol[part=list]'));
      expect(shadow(el).querySelector('[role=status]')).to.equal(status);
    });

    it('reports through a modal dialog by keyboard: focus moves in, Escape and Cancel return it, a reason is required', async () => {
      const productId = await productWith([1]);
      const el = await fixture<ScReviewThread>(html`<sc-review-thread product-id=${productId} no-form></sc-review-thread>`);
      await ready(el);
      const reportButton = button(el, 'Report');
      const dialog = () => shadow(el).querySelector('dialog');
      const reasons = () => [...shadow(el).querySelectorAll<HTMLInputElement>('input[name=reason]')];
      reportButton.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(dialog()!.open).to.equal(true);
      expect(dialog()!.matches(':modal')).to.equal(true);
      const title = shadow(el).getElementById(dialog()!.getAttribute('aria-labelledby')!)!;
      expect(title.textContent!.trim()).to.equal('Report');
      expect(reasons().map((reason) => reason.checked)).to.deep.equal([false, false, false, false]);
      expectFocusOn(reasons()[0]);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(dialog()).to.equal(null);
      expectFocusOn(reportButton);

      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      button(el, 'Send report').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(dialog()!.querySelector('[role=alert]')!.textContent!.trim()).to.equal('Choose a reason.');
      expect(reasons().map((reason) => reason.getAttribute('aria-invalid'))).to.deep.equal(['true', 'true', 'true', 'true']);
      expectFocusOn(reasons()[0]);
      button(el, 'Cancel').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(dialog()).to.equal(null);
      expectFocusOn(reportButton);

      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await sendKeys({ press: 'ArrowDown' });
      expect(reasons().find((reason) => reason.checked)!.value).to.equal('offensive');
      const reported = oneEvent(el, 'sc-review-report');
      await sendKeys({ press: 'Tab' });
      expectFocusOn(button(el, 'Send report'));
      await sendKeys({ press: 'Enter' });
      expect((await reported).detail).to.include({ reason: 'offensive' });
      await waitUntil(() => !dialog(), 'the dialog stayed open');
      expectFocusOn(reportButton);
      expect(shadow(el).querySelector('[role=status]')!.textContent).to.contain('Thank you');
    });

    it('on the server: says a refused report inside the dialog, which keeps the focus for another try', async () => {
      const { endpoint, site } = await newSite();
      const storage = new MemoryStorage();
      await (await sectionOf(new RestAdapter({ endpoint, site, storage }), 'reviews')).create('refused', { rating: 2, title: 'Meh', text: 'Meh', author: 'Ana' }, randomKey());
      configure({ adapter: new RestAdapter({ endpoint, site, storage, retries: 0 }), site });
      const errors: string[] = [];
      const el = await fixture<ScReviewThread>(html`<sc-review-thread product-id="refused" no-form @sc-error=${(event: CustomEvent) => errors.push(event.detail.message)}></sc-review-thread>`);
      await ready(el);
      const reportButton = button(el, 'Report');
      reportButton.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      const send = button(el, 'Send report');
      expectFocusOn(send);
      const dialogAlert = () => shadow(el).querySelector('dialog [role=alert]')!.textContent!.trim();
      await setApiMode({ mode: 'refuse-writes' });
      try {
        await sendKeys({ press: 'Enter' });
        await waitUntil(dialogAlert, 'the refusal was not said in the dialog', { timeout: 5000 });
      } finally {
        await setApiMode({ mode: 'up' });
      }
      expect(dialogAlert()).to.equal('Not saved, undone.');
      expect(errors).to.deep.equal(['Not saved, undone.']);
      expect(shadow(el).querySelector('dialog')!.open).to.equal(true);
      expectFocusOn(send);
      expect(await spokenTree()).to.deep.equal([
        'dialog "Report" [modal]',
        '  form',
        '    radio "Spam or advertising" [checked]',
        '    radio "Offensive" [not checked]',
        '    radio "Not about this product" [not checked]',
        '    radio "Something else" [not checked]',
        '    alert',
        '      text "Not saved, undone."',
        '    button "Send report" [focused]',
        '    button "Cancel"',
      ]);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => !shadow(el).querySelector('dialog'), 'the second try did not close the dialog', { timeout: 5000 });
      expectFocusOn(reportButton);
      expect(shadow(el).querySelector('p[part=message][role=status]')!.textContent!.trim()).to.equal('Thank you. The shop will look at it.');
      expect(shadow(el).querySelector('p[part=message][role=alert]')!.textContent!.trim()).to.equal('');
    });

    it('marks each review with the language it was written in, and gives its form a configured language', async () => {
      const productId = await productWith([5, 4, 3], undefined, ['zh-CN', 'fr', undefined]);
      const pageLang = document.documentElement.lang;
      document.documentElement.lang = 'en';
      try {
        configure({ locale: 'fr' });
        const el = await fixture<ScReviewThread>(html`<sc-review-thread product-id=${productId}></sc-review-thread>`);
        await ready(el);
        expect(review(el, 'Title 0').querySelector('.text')!.getAttribute('lang')).to.equal('zh-CN');
        expect(review(el, 'Title 1').querySelector('.title')!.getAttribute('lang')).to.equal('fr');
        expect(review(el, 'Title 2').querySelector('.text')!.hasAttribute('lang')).to.equal(false);
        part(el, 'write').click();
        await el.updateComplete;
        expect(shadow(el).querySelector('sc-review-form')!.getAttribute('lang')).to.equal('fr');
      } finally {
        document.documentElement.lang = pageLang;
      }
    });

    it('on the server: marks a reply with the language of the page it was written on, and the widget’s own words with the page’s', async () => {
      const { endpoint, site } = await newSite();
      const reviews = await sectionOf(new RestAdapter({ endpoint, site, storage: new MemoryStorage() }), 'reviews');
      const written = await reviews.create('mixed', { rating: 5, title: '很好', text: '很舒服', author: '王芳', locale: 'zh-CN' }, randomKey());
      await reviews.reply(written.id, { text: 'Same here', author: 'Sam', locale: 'en' }, randomKey());
      configure({ adapter: new RestAdapter({ endpoint, site, storage: new MemoryStorage() }), site, locale: undefined });
      const pageLang = document.documentElement.lang;
      document.documentElement.lang = 'fr';
      try {
        const el = await fixture<ScReviewThread>(html`<sc-review-thread product-id="mixed"></sc-review-thread>`);
        await waitUntil(() => button(el, 'Répondre'), 'the French thread never loaded');
        button(el, 'Répondre').click();
        await el.updateComplete;
        shadow(el).querySelector('textarea')!.value = 'Pareil pour moi';
        shadow(el).querySelector<HTMLInputElement>('input[name=author]')!.value = 'Luc';
        button(el, 'Envoyer la réponse').click();
        await waitUntil(() => shadow(el).querySelectorAll('[part~=reply]').length === 2, 'reply not shown');
        // The language of each part: its nearest `lang` in the thread, else the page's.
        const langOf = (node: Element) => node.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang;
        const [english, french] = shadow(el).querySelectorAll('[part~=reply]');
        expect(langOf(shadow(el).querySelector('.text')!)).to.equal('zh-CN');
        expect([english, french].map((reply) => langOf(reply!.querySelector('.reply-text')!))).to.deep.equal(['en', 'fr']);
        // The widget's own words, around and inside Chinese and English parts, stay French.
        expect([button(el, 'Répondre'), english!.querySelector('time')!, shadow(el).querySelector('[part~=review] time')!].map(langOf)).to.deep.equal(['fr', 'fr', 'fr']);
        // Kept by the server, for the next visitor's page.
        const [stored] = (await reviews.list('mixed', { sort: 'newest', limit: 10 })).reviews;
        expect(stored!.replies.map((reply) => reply.locale)).to.deep.equal(['en', 'fr']);
      } finally {
        document.documentElement.lang = pageLang;
      }
    });

    it('says names, roles and states as Chromium’s accessibility tree has them', async () => {
      const productId = await productWith([5, 2]);
      const el = await fixture<ScReviewThread>(html`<sc-review-thread product-id=${productId}></sc-review-thread>`);
      await ready(el);
      await waitUntil(() => !button(el, 'Helpful').disabled, 'votes not ready');
      expect(await spokenTree()).to.deep.equal([
        'button "Write a review" [not expanded]',
        'button "With photos" [not pressed]',
        'combobox "Sort by" [not expanded]',
        '  option "Newest"',
        '  option "Most helpful"',
        '  option "Highest rating"',
        '  option "Lowest rating"',
        'list "Reviews"',
        '  article "Author 1, Rated 2 out of 5"',
        '    button "Helpful (0)" [not pressed]',
        '    button "Reply" [not expanded]',
        '    button "Report" [not expanded]',
        '  article "Author 0, Rated 5 out of 5"',
        '    button "Helpful (0)" [not pressed]',
        '    button "Reply" [not expanded]',
        '    button "Report" [not expanded]',
        'status',
        'alert',
      ]);
      button(el, 'Report').click();
      await el.updateComplete;
      button(el, 'Send report').click();
      await el.updateComplete;
      expect(await spokenTree()).to.deep.equal([
        'dialog "Report" [modal]',
        '  form',
        '    radio "Spam or advertising" [not checked invalid=true focused]',
        '    radio "Offensive" [not checked invalid=true]',
        '    radio "Not about this product" [not checked invalid=true]',
        '    radio "Something else" [not checked invalid=true]',
        '    alert',
        '      text "Choose a reason."',
        '    button "Send report"',
        '    button "Cancel"',
      ]);
    });
  });
});
