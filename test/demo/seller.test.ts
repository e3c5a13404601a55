import { expect, waitUntil } from '@open-wc/testing';
import { RestAdapter } from '../../src/adapters/rest/rest-adapter.js';
import { sectionOf } from '../../src/adapters/sections.js';
import { newSite } from '../support/api.js';
import { axeViolations, openFrame } from '../support/frames.js';
import { putProduct } from '../support/catalog.js';
import { fixtureCatalog } from '../support/shop.js';
import { randomKey } from '../../src/checkout/random-key.js';

/** demo/seller.html, the seller's moderation page, driven as a person would, against the real server. */

const byName = (doc: Document, role: string, name: string | RegExp) =>
  [...doc.querySelectorAll<HTMLElement>(role)].find((element) => {
    const label = element.getAttribute('aria-label') ?? (element as HTMLInputElement).labels?.[0]?.textContent ?? element.textContent ?? '';
    return typeof name === 'string' ? label.trim() === name : name.test(label);
  });

/** Opens demo/seller.html against `endpoint` and signs in as Mila with the site's id and `secret`. */
async function openSignedIn(endpoint: string, site: string, secret: string): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  const frame = await openFrame(`/demo/seller.html?api=${encodeURIComponent(endpoint)}`);
  const doc = frame.contentDocument!;
  const field = (name: string) => byName(doc, 'input', name) as HTMLInputElement;
  field('Site id').value = site;
  field('Secret key').value = secret;
  field('Your name on answers').value = 'Mila';
  byName(doc, 'button', 'Open queues')!.click();
  return { frame, doc };
}

describe('demo/seller.html', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('approves a review held for moderation, and answers it as a named team member', async () => {
    const { endpoint, site, secret } = await newSite({ moderateReviews: true });
    const reviews = await sectionOf(new RestAdapter({ endpoint, site, storage: sessionStorage }), 'reviews');
    const held = await reviews.create('sku-1', { rating: 2, title: 'Hmm', text: '<img src=x onerror="parent.hacked=1"> too small', author: 'Kim' }, randomKey());
    expect(held.status).to.equal('pending');
    expect((await reviews.list('sku-1', { sort: 'newest', limit: 10 })).total).to.equal(0);

    const { frame, doc } = await openSignedIn(endpoint, site, secret);
    await waitUntil(() => byName(doc, 'h2, h3', /Awaiting moderation \(1\)/), 'the queue never opened');
    expect(doc.body.textContent).to.contain('<img src=x onerror="parent.hacked=1"> too small');
    expect(doc.querySelector('img')).to.equal(null);
    expect((window as { hacked?: number }).hacked).to.equal(undefined);

    (byName(doc, 'textarea', 'Answer to Kim') as HTMLTextAreaElement).value = 'Sorry! We will exchange it.';
    byName(doc, 'button', 'Send answer to Kim')!.click();
    await waitUntil(() => doc.querySelector('[role=status]')!.textContent!.includes('Answer to Kim sent.'), 'not answered');
    byName(doc, 'button', 'Approve review by Kim')!.click();
    await waitUntil(() => doc.querySelector('[role=status]')!.textContent!.includes('Approved the review by Kim.'), 'not approved');
    const [published] = (await reviews.list('sku-1', { sort: 'newest', limit: 10 })).reviews;
    expect(published.replies.map(({ author, seller, text, locale }) => ({ author, seller, text, locale }))).to.deep.equal([
      { author: 'Mila', seller: true, text: 'Sorry! We will exchange it.', locale: 'en' }, // the seller page's language
    ]);
    expect(await axeViolations(frame)).to.deep.equal([]);
  });

  it('lists the catalog, and changes a variant\'s price and stock with the site key', async () => {
    const api = await newSite();
    const { endpoint, site, secret } = api;
    for (const { id, ...draft } of await fixtureCatalog()) await putProduct(api, id, draft);
    const { frame, doc } = await openSignedIn(endpoint, site, secret);
    await waitUntil(() => byName(doc, 'h2', 'Catalog (3)'), 'the catalog never showed');
    expect([...doc.querySelectorAll('.product h3')].map((h3) => h3.textContent)).to.deep.equal(['Linen tee', 'Stoneware mug', 'Tulip bouquet']);
    // Each variant's fields, in a group its legend names.
    const variant = (name: string) => byName(doc, 'fieldset', new RegExp(`^${name}`))!;
    const input = (name: string, label: string) => [...variant(name).querySelectorAll('input')].find((each) => each.labels![0].textContent === label)!;
    expect(input('Linen tee, size L', 'Price (EUR)').value).to.equal('22.00');
    expect(input('Linen tee, size L', 'Stock').value).to.equal(''); // not tracked
    expect(input('Linen tee, size S', 'Stock').value).to.equal('3');
    expect(await axeViolations(frame)).to.deep.equal([]);

    input('Linen tee, size L', 'Price (EUR)').value = '23.5';
    input('Linen tee, size L', 'Stock').value = '4';
    byName(doc, 'button', 'Save Linen tee, size L')!.click();
    await waitUntil(() => doc.querySelector('[role=status]')!.textContent === 'Saved Linen tee, size L: €23.50, 4 in stock.', 'not saved');
    input('Linen tee, size S', 'Stock').value = '';
    byName(doc, 'button', 'Save Linen tee, size S')!.click();
    await waitUntil(() => doc.querySelector('[role=status]')!.textContent === 'Saved Linen tee, size S: €20.00, stock not tracked.', 'not saved');
    const tee = await (await fetch(`${endpoint}/v1/sites/${site}/products/tee`)).json();
    expect(tee.variants.map(({ id, price, stock }: { id: string; price: { amount: number }; stock?: number }) => [id, price.amount, stock])).to.deep.equal([
      ['tee-s', 2000, undefined],
      ['tee-m', 2000, 0],
      ['tee-l', 2350, 4],
    ]);
  });

  it('says so when the secret key is wrong', async () => {
    const { endpoint, site } = await newSite();
    const { doc } = await openSignedIn(endpoint, site, 'wrong');
    await waitUntil(() => doc.body.textContent!.includes('The site id or secret key is wrong.'), 'no message');
  });
});
