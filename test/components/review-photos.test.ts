import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/review-thread/review-thread.js';
import type { ScReviewForm } from '../../src/components/review-form/review-form.component.js';
import type { ScReviewThread } from '../../src/components/review-thread/review-thread.component.js';
import type { ScPhotoPicker } from '../../src/components/review-photos/photo-picker.js';
import type { PhotoUpload, Review } from '../../src/core/adapter.js';
import { configure, consent } from '../../src/core/config.js';
import { resizePhoto } from '../../src/core/image-resize.js';
import { LocalAdapter } from '../../src/adapters/local/local-adapter.js';
import { RestAdapter } from '../../src/adapters/rest/rest-adapter.js';
import { sectionOf } from '../../src/adapters/sections.js';
import { randomKey } from '../../src/checkout/random-key.js';
import { countRows, newSite, setApiMode, takeRequests } from '../support/api.js';
import { deepActiveElement } from '../support/ax-tree.js';
import { MemoryStorage } from '../support/fixtures.js';
import { holdsExif, noise, photoBlob, withGpsExif } from '../support/photos.js';

let products = 0;
const newProduct = () => `photo-product-${Date.now()}-${products++}`;

async function useRest(options: { retries?: number } = {}) {
  const { endpoint, site } = await newSite();
  const adapter = new RestAdapter({ endpoint, site, ...options });
  configure({ adapter, site, locale: undefined, userToken: undefined });
  /** Another visitor of the same site, with a visitor token of their own. */
  const visitor = () => new RestAdapter({ endpoint, site, storage: new MemoryStorage() });
  return Object.assign(adapter, { visitor, site });
}

const shadow = (el: Element) => el.shadowRoot!;
const buttonNamed = (root: ParentNode, name: string) => [...root.querySelectorAll('button')].find((button) => (button.getAttribute('aria-label') ?? button.textContent!.trim()) === name);

/** The form's picker, once its code has loaded. */
async function pickerOf(form: ScReviewForm): Promise<ScPhotoPicker> {
  await waitUntil(() => shadow(form).querySelector('sc-photo-picker')?.shadowRoot?.querySelector('input'), 'the picker never loaded');
  return shadow(form).querySelector('sc-photo-picker')!;
}

/** Picks files as a person does through the file dialog. */
async function pick(picker: ScPhotoPicker, files: File[]): Promise<void> {
  const input = shadow(picker).querySelector('input')!;
  const transfer = new DataTransfer();
  files.forEach((file) => transfer.items.add(file));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await picker.updateComplete; // resizing, said by aria-busy
  await waitUntil(() => shadow(picker).querySelector('ul')!.getAttribute('aria-busy') === 'false', 'resizing never ended', { timeout: 8000 });
}

async function write(form: ScReviewForm, author = 'Anna') {
  shadow(form).querySelector<HTMLInputElement>('#rating-5')!.click();
  for (const [name, value] of [['text', 'Lovely colours'], ['author', author]]) {
    const field = shadow(form).querySelector<HTMLInputElement>(`[name=${name}]`)!;
    field.value = value!;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
  await form.updateComplete;
}

async function send(form: ScReviewForm): Promise<Review> {
  const submitted = oneEvent(form, 'sc-review-submit');
  shadow(form).querySelector<HTMLButtonElement>('[part=submit]')!.click();
  return (await submitted).detail.review;
}

/** Photos of a review made through the adapter, as the form makes them. */
const uploads = (count: number): Promise<PhotoUpload[]> => Promise.all(Array.from({ length: count }, async (_, index) => resizePhoto(await photoBlob(400 + index * 100, 300))));

async function reviewWithPhotos(adapter: RestAdapter, productId: string, count: number, author = 'Anna'): Promise<Review> {
  const reviews = await sectionOf(adapter, 'reviews');
  return reviews.create(productId, { rating: 4, title: '', text: 'With photos', author, photos: await uploads(count) }, randomKey());
}

describe('photo reviews', () => {
  beforeEach(async () => {
    localStorage.clear();
    consent(true);
    await setApiMode({ mode: 'up' });
  });

  it('resizes a picked photo to 1600 px in the browser and uploads it without its GPS Exif', async () => {
    await useRest();
    const form = await fixture<ScReviewForm>(html`<sc-review-form product-id=${newProduct()}></sc-review-form>`);
    const picker = await pickerOf(form);
    const original = await withGpsExif(await photoBlob(3000, 2000));
    expect(holdsExif(new Uint8Array(await original.arrayBuffer())), 'the test photo carries Exif').to.be.true;
    await pick(picker, [new File([original], 'beach.jpg', { type: 'image/jpeg' })]);
    expect(buttonNamed(shadow(picker), 'Remove photo 1')).to.exist;
    expect(shadow(picker).querySelector('[role=status]')!.textContent).to.equal('1 of 4 photos');
    await write(form);
    const review = await send(form);
    expect(review.photos).to.have.length(1);
    const [photo] = review.photos!;
    expect([photo!.width, photo!.height, photo!.type]).to.deep.equal([1600, 1067, 'image/webp']);
    const served = await fetch(photo!.url);
    expect(served.headers.get('Content-Type')).to.equal('image/webp');
    const bytes = new Uint8Array(await served.arrayBuffer());
    expect(bytes.length).to.be.at.most(400 * 1024);
    expect(holdsExif(bytes), 'Exif (with the GPS position) is gone').to.be.false;
    expect(shadow(picker).querySelectorAll('li'), 'the sent photos are cleared').to.have.length(0);
  });

  it('sends a review and its photos once when the answers were lost and it is sent again', async () => {
    const adapter = await useRest({ retries: 0 });
    await adapter.likes.set('x', true); // a visitor token first: only the review's own writes lose their answers
    const form = await fixture<ScReviewForm>(html`<sc-review-form product-id=${newProduct()}></sc-review-form>`);
    const picker = await pickerOf(form);
    await pick(picker, await Promise.all([1, 2].map(async (index) => new File([await photoBlob(300, 200 + index)], `p${index}.jpg`, { type: 'image/jpeg' }))));
    await write(form);
    await setApiMode({ mode: 'drop-answers' });
    const failed = oneEvent(form, 'sc-error');
    shadow(form).querySelector<HTMLButtonElement>('[part=submit]')!.click();
    await failed;
    expect(picker.photos, 'the photos are kept').to.have.length(2);
    await setApiMode({ mode: 'up' });
    const review = await send(form);
    expect(review.photos!.map((photo) => photo.height)).to.deep.equal([201, 202]);
    expect([await countRows(adapter.site, 'reviews'), await countRows(adapter.site, 'review_photos')]).to.deep.equal([1, 2]);
  });

  it('refuses a file that is no photo and one too large even resized, says so, and keeps the others', async () => {
    await useRest();
    const form = await fixture<ScReviewForm>(html`<sc-review-form product-id=${newProduct()}></sc-review-form>`);
    const picker = await pickerOf(form);
    const svg = new File(['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'], 'cat.jpg', { type: 'image/jpeg' });
    const text = new File(['hello'], 'notes.txt', { type: 'text/plain' });
    const huge = new File([await photoBlob(1600, 1600, 'image/png', noise(1600, 1600))], 'noise.png', { type: 'image/png' });
    await pick(picker, [svg, text, huge, new File([await photoBlob(800, 600)], 'ok.jpg', { type: 'image/jpeg' })]);
    const alert = shadow(picker).querySelector('[role=alert]')!.textContent!;
    expect(alert).to.contain('cat.jpg is not a photo.').and.to.contain('notes.txt is not a photo.').and.to.contain('noise.png is too large, even made smaller.');
    expect(shadow(picker).querySelectorAll('li')).to.have.length(1);
    await expect(picker).to.be.accessible();
  });

  it('takes at most 4 photos, names each remove button, and moves the focus when one is removed', async () => {
    await useRest();
    const form = await fixture<ScReviewForm>(html`<sc-review-form product-id=${newProduct()}></sc-review-form>`);
    const picker = await pickerOf(form);
    const files = await Promise.all([1, 2, 3, 4, 5].map(async (index) => new File([await photoBlob(200, 100 + index)], `p${index}.jpg`, { type: 'image/jpeg' })));
    await pick(picker, files);
    expect(shadow(picker).querySelector('[role=alert]')!.textContent).to.contain('p5.jpg was left out');
    expect(shadow(picker).querySelector('[role=status]')!.textContent).to.equal('4 of 4 photos');
    expect(shadow(picker).querySelector('input')!.disabled).to.be.true;
    buttonNamed(shadow(picker), 'Remove photo 2')!.click();
    await picker.updateComplete;
    await waitUntil(() => shadow(picker).activeElement, 'the focus went nowhere');
    expect(shadow(picker).activeElement!.textContent!.trim()).to.equal('Remove photo 2');
    expect(picker.photos.map((photo) => photo.height)).to.deep.equal([101, 103, 104]);
    expect(shadow(picker).querySelector('[role=status]')!.textContent).to.equal('3 of 4 photos');
  });

  it('loads the picker only with a form, and the viewer only when a photo is opened', async () => {
    await useRest();
    expect(customElements.get('sc-photo-viewer')).to.be.undefined;
    await fixture(html`<sc-review-form product-id=${newProduct()}></sc-review-form>`);
    await waitUntil(() => customElements.get('sc-photo-picker'), 'the picker never loaded');
  });

  it('shows thumbnails named by position and author, and a modal viewer the keyboard drives and leaves where it began', async () => {
    const adapter = await useRest();
    const productId = newProduct();
    await reviewWithPhotos(adapter, productId, 3);
    const el = await fixture<ScReviewThread>(html`<sc-review-thread product-id=${productId} no-form></sc-review-thread>`);
    await waitUntil(() => shadow(el).querySelector('sc-review-photos')?.shadowRoot?.querySelector('button'), 'no thumbnails');
    const strip = shadow(el).querySelector('sc-review-photos')!;
    const thumbnails = [...shadow(strip).querySelectorAll('button')];
    expect(thumbnails.map((button) => button.getAttribute('aria-label'))).to.deep.equal(['Photo 1 of 3 by Anna', 'Photo 2 of 3 by Anna', 'Photo 3 of 3 by Anna']);
    await expect(el).to.be.accessible();

    thumbnails[1]!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(strip).querySelector('sc-photo-viewer')?.shadowRoot?.querySelector('dialog[open]'), 'the viewer never opened');
    const viewer = shadow(strip).querySelector('sc-photo-viewer')!;
    const dialog = shadow(viewer).querySelector('dialog')!;
    expect(dialog.matches(':modal')).to.be.true;
    const shown = () => [shadow(viewer).querySelector('img')!.alt, shadow(viewer).querySelector('[role=status]')!.textContent];
    expect(shown()).to.deep.equal(['Photo 2 of 3 by Anna', '2 of 3']);
    expect(dialog.contains(deepActiveElement()) || shadow(viewer).contains(deepActiveElement()), 'the focus is in the viewer').to.be.true;
    await expect(viewer).to.be.accessible();
    await sendKeys({ press: 'ArrowRight' });
    await viewer.updateComplete;
    expect(shown()).to.deep.equal(['Photo 3 of 3 by Anna', '3 of 3']);
    await sendKeys({ press: 'ArrowRight' });
    await viewer.updateComplete;
    expect(shown()[1], 'round to the first').to.equal('1 of 3');
    await sendKeys({ press: 'ArrowLeft' });
    await viewer.updateComplete;
    expect(shown()[1]).to.equal('3 of 3');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !shadow(strip).querySelector('sc-photo-viewer'), 'Escape did not close the viewer');
    await waitUntil(() => deepActiveElement() === thumbnails[1], 'the focus did not return to the thumbnail');
  });

  it('filters the thread to reviews with photos with a pressed toggle', async () => {
    const adapter = await useRest();
    const productId = newProduct();
    await reviewWithPhotos(adapter, productId, 1, 'Anna');
    const reviews = await sectionOf(adapter.visitor(), 'reviews');
    await reviews.create(productId, { rating: 3, title: '', text: 'No photos', author: 'Bert' }, randomKey());
    const el = await fixture<ScReviewThread>(html`<sc-review-thread product-id=${productId} no-form></sc-review-thread>`);
    await waitUntil(() => shadow(el).querySelectorAll('[part~=review]').length === 2, 'the reviews never loaded');
    const toggle = shadow(el).querySelector<HTMLButtonElement>('[part=with-photos]')!;
    expect([toggle.textContent!.trim(), toggle.getAttribute('aria-pressed')]).to.deep.equal(['With photos', 'false']);
    await takeRequests();
    toggle.click();
    await waitUntil(() => shadow(el).querySelectorAll('[part~=review]').length === 1, 'the filter did not apply');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect((await takeRequests()).some((request) => request.includes('withPhotos=true'))).to.be.true;
    expect(shadow(el).querySelector('[part~=review]')!.getAttribute('aria-label')).to.contain('Anna');
    toggle.click();
    await waitUntil(() => shadow(el).querySelectorAll('[part~=review]').length === 2, 'the filter did not clear');
  });

  it('keeps photos as small data URLs on LocalAdapter, for a demo with no server', async () => {
    const site = `photos-local-${Date.now()}`;
    configure({ adapter: new LocalAdapter(site), site, locale: undefined, userToken: undefined });
    const form = await fixture<ScReviewForm>(html`<sc-review-form product-id="p"></sc-review-form>`);
    await pick(await pickerOf(form), [new File([await photoBlob(3000, 2000)], 'big.jpg', { type: 'image/jpeg' })]);
    await write(form);
    const [photo] = (await send(form)).photos!;
    expect(photo!.url).to.match(/^data:image\/webp;base64,/);
    // Made from the 1600 × 1067 the picker resized to.
    expect([photo!.width, photo!.height]).to.deep.equal([800, 534]);
    const thread = await fixture<ScReviewThread>(html`<sc-review-thread product-id="p" no-form></sc-review-thread>`);
    await waitUntil(() => shadow(thread).querySelector('sc-review-photos')?.shadowRoot?.querySelector('img'), 'no thumbnail');
  });
});
