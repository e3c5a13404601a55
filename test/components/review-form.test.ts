import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/review-form/review-form.js';
import type { ScReviewForm } from '../../src/components/review-form/review-form.component.js';
import type { Adapter, Review, ReviewDraft, ReviewsApi } from '../../src/core/adapter.js';
import { configure, consent } from '../../src/core/config.js';
import { LocalAdapter } from '../../src/adapters/local/local-adapter.js';
import { RestAdapter } from '../../src/adapters/rest/rest-adapter.js';
import { sectionOf } from '../../src/adapters/sections.js';
import { loadThread, thread } from '../../src/stores/reviews.js';
import { countRows, newSite, setApiMode } from '../support/api.js';
import { alertText, part, statusText } from '../support/fixtures.js';
import { randomKey } from '../../src/checkout/random-key.js';
import { spokenTree } from '../support/ax-tree.js';

let sites = 0;

/** A LocalAdapter on a fresh site whose review writes are recorded, and `create` replaced when given. */
async function localSite(create?: ReviewsApi['create']) {
  const site = `review-form-${Date.now()}-${sites++}`;
  const local = new LocalAdapter(site);
  const reviews = await sectionOf(local, 'reviews');
  const sent: ReviewDraft[] = [];
  const adapter: Adapter = {
    likes: local.likes,
    reviews: { ...reviews, create: (productId, draft, key) => (sent.push(draft), (create ?? reviews.create)(productId, draft, key)) },
  };
  configure({ adapter, site, locale: undefined, userToken: undefined });
  return { site, sent, reviews };
}

const draftKey = (site: string, productId = 'p') => `sc-widgets:${site}:review-draft:${productId}`;
const field = (el: ScReviewForm, name: string) => el.shadowRoot!.querySelector<HTMLInputElement>(`[name=${name}]`)!;
const radio = (el: ScReviewForm, stars: number) => el.shadowRoot!.querySelector<HTMLInputElement>(`#rating-${stars}`)!;
const focused = (el: ScReviewForm) => el.shadowRoot!.activeElement as HTMLInputElement | null;
const submitButton = (el: ScReviewForm) => part(el, 'submit') as HTMLButtonElement;
/** The texts a control's `aria-describedby` points at, joined with ` | `. */
function describedBy(control: Element): string {
  const root = control.getRootNode() as ShadowRoot;
  const ids = control.getAttribute('aria-describedby')!.split(' ');
  return ids.map((id) => root.getElementById(id)!.textContent).join(' | ');
}

/** Writes as a script would: each field set and an input event fired, as typing does. */
async function write(el: ScReviewForm, review: { rating?: number; title?: string; text?: string; author?: string }) {
  if (review.rating) radio(el, review.rating).click();
  for (const name of ['title', 'text', 'author'] as const) {
    const value = review[name];
    if (value === undefined) continue;
    field(el, name).value = value;
    field(el, name).dispatchEvent(new Event('input', { bubbles: true }));
  }
  await el.updateComplete;
}

const fields = (el: ScReviewForm) => ({
  rating: [1, 2, 3, 4, 5].find((stars) => radio(el, stars).checked),
  title: field(el, 'title').value,
  text: field(el, 'text').value,
  author: field(el, 'author')?.value,
});

const newForm = () => fixture<ScReviewForm>(html`<sc-review-form product-id="p"></sc-review-form>`);

/** test/fixtures/review-form-page.html in a frame: a page of its own that can be reloaded. */
function reviewFormFrame(params: Record<string, string>): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.src = `/test/fixtures/review-form-page.html?${new URLSearchParams(params)}`;
  document.body.append(frame);
  return frame;
}

/** The form in the frame, once its page has (re)loaded. */
async function formInFrame(frame: HTMLIFrameElement): Promise<ScReviewForm> {
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  let el: ScReviewForm | null = null;
  await waitUntil(() => (el = frame.contentDocument!.querySelector('sc-review-form'))?.shadowRoot?.querySelector('form'), 'no form in the frame');
  return el!;
}

describe('<sc-review-form>', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => (consent(true), setApiMode({ mode: 'up' })));

  it('is a labelled form with a real radio group for the stars, and passes axe, valid or not', async () => {
    await localSite();
    const el = await newForm();
    const group = part(el, 'rating');
    expect(group.localName).to.equal('fieldset');
    expect(group.querySelector('legend')!.textContent).to.equal('Your rating');
    const radios = [...group.querySelectorAll('input')];
    expect(radios.map((input) => `${input.type} ${input.labels![0].textContent}`)).to.deep.equal([
      'radio 1 star',
      'radio 2 stars',
      'radio 3 stars',
      'radio 4 stars',
      'radio 5 stars',
    ]);
    expect(field(el, 'title').labels![0].textContent).to.equal('Title (optional)');
    expect(field(el, 'text').labels![0].textContent).to.equal('Your review');
    expect(field(el, 'author').labels![0].textContent).to.equal('Your name');
    expect(describedBy(field(el, 'author'))).to.contain('Required when you are not signed in');
    expect(submitButton(el).textContent!.trim()).to.equal('Post review');
    await expect(el).to.be.accessible();
    submitButton(el).click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('is written and sent by keyboard alone: Tab, arrow keys through the stars, typing, Enter', async () => {
    const { sent } = await localSite();
    const page = await fixture(html`<div><button>before</button><sc-review-form product-id="p"></sc-review-form></div>`);
    const el = page.querySelector('sc-review-form')!;
    page.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(radio(el, 1));
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight', 'ArrowLeft']) await sendKeys({ press: key });
    await el.updateComplete;
    expect(focused(el)).to.equal(radio(el, 3));
    expect(radio(el, 3).checked).to.be.true;
    expect(el.shadowRoot!.querySelectorAll('label.filled')).to.have.length(3);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Warm' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Soft and warm.' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Ana' });
    // Past the photos' file field, once it has loaded.
    await waitUntil(() => el.shadowRoot!.querySelector('sc-photo-picker')?.shadowRoot?.querySelector('input'), 'the photo picker never loaded');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(el.shadowRoot!.querySelector('sc-photo-picker'));
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(submitButton(el));
    const submitted = oneEvent(el, 'sc-review-submit');
    await sendKeys({ press: 'Enter' });
    await submitted;
    expect(sent).to.deep.equal([{ rating: 3, title: 'Warm', text: 'Soft and warm.', author: 'Ana', locale: el.locale }]);
  });

  it('sends on LocalAdapter: fires sc-review-submit once with the review, thanks, and clears the form and the draft', async () => {
    const { site, reviews } = await localSite();
    const el = await newForm();
    const events: CustomEvent[] = [];
    document.addEventListener('sc-review-submit', (event) => events.push(event));
    await write(el, { rating: 5, title: 'Great', text: 'Fits well.', author: 'Ana' });
    expect(localStorage.getItem(draftKey(site))).to.contain('Fits well.');
    submitButton(el).click();
    await waitUntil(() => events.length, 'no sc-review-submit');
    await el.updateComplete;
    const { reviews: [stored] } = await reviews.list('p', { sort: 'newest', limit: 10 });
    expect(events).to.have.length(1);
    expect(events[0].composed).to.be.true;
    expect(events[0].detail).to.deep.equal({ productId: 'p', review: stored });
    expect(stored).to.include({ rating: 5, title: 'Great', text: 'Fits well.', author: 'Ana', status: 'published' });
    expect(statusText(el)).to.equal('Thanks! Your review is published.');
    expect(alertText(el)).to.equal('');
    expect(fields(el)).to.deep.equal({ rating: undefined, title: '', text: '', author: '' });
    expect(localStorage.getItem(draftKey(site))).to.equal(null);
  });

  it('says a review waits for the shop when it comes back pending, and shows it in the product’s thread', async () => {
    const pending = async (productId: string, draft: ReviewDraft): Promise<Review> => ({
      ...(await local.reviews.create(productId, draft, randomKey())),
      status: 'pending',
    });
    const local = await localSite((productId, draft) => pending(productId, draft));
    await loadThread('p');
    const el = await newForm();
    await write(el, { rating: 4, text: 'Nice.', author: 'Bo' });
    const submitted = oneEvent(el, 'sc-review-submit');
    submitButton(el).click();
    const { review } = (await submitted).detail;
    await el.updateComplete;
    expect(statusText(el)).to.equal('Thanks! Your review will appear once the shop approves it, with any thank-you coupon.');
    expect(thread('p').get().reviews[0]).to.equal(review);
  });

  it('sends nothing when invalid: focuses the first invalid field, marks it and describes the problem', async () => {
    const { sent } = await localSite();
    const el = await newForm();
    submitButton(el).click();
    await el.updateComplete;
    expect(focused(el)).to.equal(radio(el, 1));
    expect(part(el, 'rating').getAttribute('aria-invalid')).to.equal('true');
    expect(describedBy(radio(el, 1))).to.equal('Choose 1 to 5 stars.');
    expect(field(el, 'text').getAttribute('aria-invalid')).to.equal('true');
    expect(field(el, 'author').getAttribute('aria-invalid')).to.equal('true');

    await write(el, { rating: 2, text: '   ' });
    expect(part(el, 'rating').getAttribute('aria-invalid')).to.equal('false');
    submitButton(el).click();
    await el.updateComplete;
    expect(focused(el)).to.equal(field(el, 'text'));
    expect(describedBy(field(el, 'text'))).to.equal('4,997 characters left | Write your review.');

    await write(el, { text: 'Fine.' });
    submitButton(el).click();
    await el.updateComplete;
    expect(focused(el)).to.equal(field(el, 'author'));
    expect(describedBy(field(el, 'author'))).to.contain('Enter the name to show with your review.');
    expect(sent).to.deep.equal([]);
  });

  it('is exposed as invalid in the accessibility tree only after a failed submit', async () => {
    await localSite();
    const el = await newForm();
    const invalid = async () => (await spokenTree()).filter((line) => line.includes('invalid')).map((line) => line.trim());
    expect(await invalid()).to.deep.equal([]);
    submitButton(el).click();
    await el.updateComplete;
    expect(await invalid()).to.deep.equal([
      'radio "1 star" [not checked invalid=true focused]',
      'radio "2 stars" [not checked invalid=true]',
      'radio "3 stars" [not checked invalid=true]',
      'radio "4 stars" [not checked invalid=true]',
      'radio "5 stars" [not checked invalid=true]',
      'textbox "Your review" [required invalid=true]',
      'textbox "Your name" [required invalid=true]',
    ]);
  });

  it('hides the name for a signed-in customer, and asks for it when the backend still wants one', async () => {
    const { sent } = await localSite();
    configure({ userToken: 'signed.in.token' });
    const el = await newForm();
    expect(part(el, 'author')).to.equal(null);
    await write(el, { rating: 5, text: 'Good.' });
    const failed = oneEvent(el, 'sc-error');
    submitButton(el).click();
    expect((await failed).detail).to.include({ code: 'invalid', message: 'The shop needs a name with this review.', productId: 'p', reason: 'author_required' });
    expect(sent[0]).to.not.have.property('author');
    await el.updateComplete;
    expect(alertText(el)).to.equal('The shop needs a name with this review.');
    expect(part(el, 'author')).to.not.equal(null);
  });

  it('shows “Sending…”, busy, while sending, and sends once however often it is pressed', async () => {
    let answer!: () => void;
    const { sent, reviews } = await localSite(async (productId, draft, key) => {
      await new Promise<void>((resolve) => (answer = resolve));
      return reviews.create(productId, draft, key);
    });
    const el = await newForm();
    await write(el, { rating: 5, text: 'Good.', author: 'Ana' });
    submitButton(el).click();
    await waitUntil(() => sent.length, 'nothing sent');
    await el.updateComplete;
    expect(submitButton(el).textContent!.trim()).to.equal('Sending…');
    expect(submitButton(el).getAttribute('aria-busy')).to.equal('true');
    expect(submitButton(el).getAttribute('aria-disabled')).to.equal('true');
    submitButton(el).click();
    answer();
    await waitUntil(() => statusText(el), 'never thanked');
    expect(sent).to.have.length(1);
    expect(submitButton(el).getAttribute('aria-busy')).to.equal('false');
  });

  it('shows the characters left, and says them politely only near the limit once typing pauses', async () => {
    await localSite();
    const el = await newForm();
    const live = el.shadowRoot!.querySelector('[aria-live=polite]')!;
    await write(el, { text: 'Short.' });
    expect(el.shadowRoot!.querySelector('#text-left')!.textContent).to.equal('4,994 characters left');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(live.textContent).to.equal('');
    await write(el, { text: 'x'.repeat(4950) });
    expect(live.textContent).to.equal('');
    await waitUntil(() => live.textContent === '50 characters left', 'the count was never said', { timeout: 2000 });
    expect(field(el, 'text').maxLength).to.equal(5000);
  });

  it('sends to the real server; a second review of the product is refused as already written', async () => {
    const { endpoint, site } = await newSite();
    configure({ adapter: new RestAdapter({ endpoint, site }), site, userToken: undefined });
    const el = await newForm();
    await write(el, { rating: 4, title: 'Good', text: 'Warm enough.', author: 'Ana' });
    const submitted = oneEvent(el, 'sc-review-submit');
    submitButton(el).click();
    const { review } = (await submitted).detail;
    expect(review).to.include({ productId: 'p', rating: 4, title: 'Good', text: 'Warm enough.', author: 'Ana', status: 'published' });
    await el.updateComplete;
    expect(statusText(el)).to.equal('Thanks! Your review is published.');

    await write(el, { rating: 1, text: 'Again.', author: 'Ana' });
    const failed = oneEvent(el, 'sc-error');
    submitButton(el).click();
    expect((await failed).detail.code).to.equal('conflict');
    await el.updateComplete;
    expect(alertText(el)).to.equal('You already reviewed this product.');
    expect(fields(el)).to.deep.equal({ rating: 1, title: '', text: 'Again.', author: 'Ana' });
  });

  it('keeps everything when the server refuses the write, and sends it once the server takes it again', async () => {
    const { endpoint, site } = await newSite();
    configure({ adapter: new RestAdapter({ endpoint, site }), site, userToken: undefined });
    const el = await newForm();
    await write(el, { rating: 2, title: 'Meh', text: 'Too small.', author: 'Bo' });
    await setApiMode({ mode: 'refuse-writes' });
    const failed = oneEvent(el, 'sc-error');
    submitButton(el).click();
    expect((await failed).detail).to.include({ code: 'forbidden', message: 'The shop did not accept this review.', productId: 'p', reason: 'forbidden' });
    await el.updateComplete;
    expect(alertText(el)).to.equal('The shop did not accept this review.');
    expect(statusText(el)).to.equal('');
    const kept = { rating: 2, title: 'Meh', text: 'Too small.', author: 'Bo' };
    expect(fields(el)).to.deep.equal(kept);
    expect(JSON.parse(localStorage.getItem(draftKey(site))!)).to.deep.equal(kept);

    await setApiMode({ mode: 'up' });
    const submitted = oneEvent(el, 'sc-review-submit');
    submitButton(el).click();
    await submitted;
    await el.updateComplete;
    expect(alertText(el)).to.equal('');
    expect(localStorage.getItem(draftKey(site))).to.equal(null);
  });

  it('says the review is kept when the server cannot be reached', async () => {
    const { endpoint, site } = await newSite();
    configure({ adapter: new RestAdapter({ endpoint, site, retries: 0 }), site, userToken: undefined });
    const el = await newForm();
    await write(el, { rating: 3, text: 'Fine.', author: 'Cy' });
    await setApiMode({ mode: 'down' });
    const failed = oneEvent(el, 'sc-error');
    submitButton(el).click();
    expect((await failed).detail.code).to.equal('network');
    await el.updateComplete;
    expect(alertText(el)).to.equal('Not sent: the shop could not be reached. Your review is kept; try again.');
    expect(fields(el).text).to.equal('Fine.');
  });

  it('keeps the draft across a reload of the page', async () => {
    const site = `review-form-reload-${sites++}`;
    const frame = reviewFormFrame({ site, product: 'p' });
    try {
      await write(await formInFrame(frame), { rating: 4, title: 'Half', text: 'Written before the reload.', author: 'Di' });
      frame.contentWindow!.location.reload();
      const reloaded = await formInFrame(frame);
      expect(fields(reloaded)).to.deep.equal({ rating: 4, title: 'Half', text: 'Written before the reload.', author: 'Di' });
      expect(reloaded.shadowRoot!.querySelectorAll('label.filled')).to.have.length(4);
    } finally {
      frame.remove();
    }
  });

  it('on the server: a review whose answer never came, sent again after a reload, is written once and said published', async () => {
    const { endpoint, site } = await newSite();
    // The visitor already has a token, so the one answer lost is the review's.
    const { token } = await (await fetch(`${endpoint}/v1/sites/${site}/visitors`, { method: 'POST' })).json();
    localStorage.setItem(new RestAdapter({ endpoint, site }).storageKey('visitor'), token);
    const frame = reviewFormFrame({ site, product: 'p', endpoint });
    try {
      const el = await formInFrame(frame);
      await write(el, { rating: 5, text: 'Sent once, answered never.', author: 'Di' });
      await setApiMode({ mode: 'lose-answers', times: 1 });
      submitButton(el).click();
      await waitUntil(async () => (await countRows(site, 'reviews')) === 1, 'the server never got the review');
      // No answer yet: the person reloads, finds the draft, and sends it again.
      frame.contentWindow!.location.reload();
      const reloaded = await formInFrame(frame);
      expect(fields(reloaded).text).to.equal('Sent once, answered never.');
      submitButton(reloaded).click();
      await waitUntil(() => statusText(reloaded), 'no answer');
      expect(statusText(reloaded)).to.equal('Thanks! Your review is published.');
      expect(await countRows(site, 'reviews')).to.equal(1);
    } finally {
      frame.remove();
    }
  });

  it('stores and reads nothing without consent', async () => {
    const { site } = await localSite();
    localStorage.setItem(draftKey(site), JSON.stringify({ rating: 5, title: '', text: 'Kept before.', author: '' }));
    consent(false);
    const el = await newForm();
    expect(fields(el).text).to.equal('');
    localStorage.clear();
    await write(el, { rating: 3, text: 'Private.', author: 'Ed' });
    expect(localStorage.length).to.equal(0);
    consent(true);
    await write(el, { text: 'Private, now kept.' });
    expect(JSON.parse(localStorage.getItem(draftKey(site))!)).to.include({ rating: 3, text: 'Private, now kept.' });
  });

  it('with cancelable, fires sc-review-cancel once on Cancel or Escape and keeps the draft; without it, neither', async () => {
    await localSite();
    const plain = await newForm();
    expect(plain.shadowRoot!.querySelector('[part=cancel]')).to.equal(null);
    const el = await fixture<ScReviewForm>(html`<sc-review-form product-id="p" cancelable></sc-review-form>`);
    await write(el, { rating: 2, text: 'Kept' });
    let cancels = 0;
    el.addEventListener('sc-review-cancel', () => cancels++);
    el.focus();
    expect(focused(el) === radio(el, 2), "the chosen star focused").to.equal(true);
    await sendKeys({ press: 'Escape' });
    (part(el, 'cancel') as HTMLButtonElement).click();
    expect(cancels).to.equal(2);
    expect(fields(el).text).to.equal('Kept');
  });

  it('keeps markup a person writes as text', async () => {
    const { reviews } = await localSite();
    const markup = '<img src=x onerror=alert(1)>';
    const el = await newForm();
    await write(el, { rating: 1, title: markup, text: markup, author: markup });
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    const submitted = oneEvent(el, 'sc-review-submit');
    submitButton(el).click();
    expect((await submitted).detail.review).to.include({ title: markup, text: markup, author: markup });
    expect((await reviews.list('p', { sort: 'newest', limit: 1 })).reviews[0].text).to.equal(markup);

    // And restored from a draft, into a fresh form, as text again.
    const { site } = await localSite();
    localStorage.setItem(draftKey(site), JSON.stringify({ title: markup, text: markup, author: markup }));
    const restored = await newForm();
    expect(fields(restored)).to.include({ title: markup, text: markup, author: markup });
    expect(restored.shadowRoot!.querySelector('img')).to.equal(null);
  });

  it('speaks Dutch, French and Chinese', async () => {
    await localSite();
    const said = async (lang: string) => {
      const el = await fixture<ScReviewForm>(html`<sc-review-form product-id="p" lang=${lang}></sc-review-form>`);
      return `${el.shadowRoot!.querySelector('legend')!.textContent} | ${submitButton(el).textContent!.trim()} | ${el.shadowRoot!.querySelector('#text-left')!.textContent}`;
    };
    expect(await said('nl')).to.equal('Je score | Review plaatsen | Nog 5.000 tekens');
    expect(await said('fr')).to.equal('Votre note | Publier l’avis | 5\u202f000 caractères restants');
    expect(await said('zh-CN')).to.equal('评分 | 发表评价 | 还可输入 5,000 个字符');
  });
});
