import { expect, waitUntil } from '@open-wc/testing';
import { RestAdapter } from '../../src/adapters/rest/rest-adapter.js';
import { sectionOf } from '../../src/adapters/sections.js';
import { newSite } from '../support/api.js';
import type { ApiSite } from '../support/api-host.js';
import { axeViolations, openFrame } from '../support/frames.js';
import { putProduct } from '../support/catalog.js';
import { fixtureCatalog } from '../support/shop.js';
import { MemoryStorage } from '../support/fixtures.js';
import { randomKey } from '../../src/checkout/random-key.js';
import { resizePhoto } from '../../src/core/image-resize.js';
import { photoBlob } from '../support/photos.js';

/** demo/seller.html, the seller console, driven as a person would, against the real server. */

const byName = (doc: ParentNode, role: string, name: string | RegExp) =>
  [...doc.querySelectorAll<HTMLElement>(role)].find((element) => {
    const label = element.getAttribute('aria-label') ?? (element as HTMLInputElement).labels?.[0]?.textContent ?? element.textContent ?? '';
    return typeof name === 'string' ? label.trim() === name : name.test(label);
  });
const statusOf = (doc: Document) => doc.querySelector('[role=status]')!.textContent!;

/** A team member of `api`'s site, made with the site's secret key as the shop's servers would. */
async function member({ endpoint, site, secret }: ApiSite, scopes: string[], name = 'Carolien', role = 'webcare team'): Promise<{ id: string; credential: string }> {
  const response = await fetch(`${endpoint}/v1/sites/${site}/members`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, role, scopes }),
  });
  const body = await response.json();
  return { id: body.member.id, credential: body.credential };
}

/** Opens demo/seller.html against `endpoint` and signs in with the site's id and a member's credential. */
async function openSignedIn(endpoint: string, site: string, credential: string): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  const frame = await openFrame(`/demo/seller.html?api=${encodeURIComponent(endpoint)}`);
  const doc = frame.contentDocument!;
  const field = (name: string) => byName(doc, 'input', name) as HTMLInputElement;
  field('Site id').value = site;
  field('Your credential').value = credential;
  byName(doc, 'button', 'Sign in')!.click();
  return { frame, doc };
}

describe('demo/seller.html', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('never asks for the secret key: a member signs in and sees the sections of their scopes', async () => {
    const api = await newSite();
    const { credential } = await member(api, ['answer']);
    const { frame, doc } = await openSignedIn(api.endpoint, api.site, credential);
    expect(byName(doc, 'input', /secret/i)).to.equal(undefined);
    await waitUntil(() => statusOf(doc).includes('in the inbox'), 'the console never opened');
    expect(doc.getElementById('session')!.textContent).to.contain('Carolien, webcare team');
    const shown = [...doc.querySelectorAll<HTMLElement>('section.part')].filter((section) => !section.hidden).map((section) => section.id);
    expect(shown).to.deep.equal(['inbox', 'reviews', 'questions', 'ideas']);
    expect([...doc.querySelectorAll('nav a')].map((a) => a.textContent)).to.deep.equal(['Inbox', 'Reviews', 'Questions', 'Ideas']);
    const stored = [sessionStorage, localStorage].flatMap((storage) => Object.values(storage) as string[]); // the frame's origin is this page's
    expect(stored.some((value) => value.includes(credential))).to.equal(false);
    expect(await axeViolations(frame)).to.deep.equal([]);
  });

  it('puts held and reported reviews in one inbox with the reasons, approves and answers as a named member', async () => {
    const api = await newSite({ moderateReviews: true });
    const { endpoint, site } = api;
    for (const { id, ...draft } of await fixtureCatalog()) await putProduct(api, id, draft);
    const reviews = await sectionOf(new RestAdapter({ endpoint, site, storage: sessionStorage }), 'reviews');
    const held = await reviews.create('mug', { rating: 2, title: 'Hmm', text: '<img src=x onerror="parent.hacked=1"> too small', author: 'Kim' }, randomKey());
    expect(held.status).to.equal('pending');
    const { credential } = await member(api, ['answer', 'moderate']);

    const { frame, doc } = await openSignedIn(endpoint, site, credential);
    await waitUntil(() => byName(doc, 'h2', /Inbox \(1\)/), 'the inbox never opened');
    expect(doc.querySelector('#inbox h3')!.textContent).to.equal('Review by Kim of Stoneware mug'); // the product by its title
    expect(doc.body.textContent).to.contain('<img src=x onerror="parent.hacked=1"> too small');
    expect(doc.querySelector('img')).to.equal(null);
    expect((window as { hacked?: number }).hacked).to.equal(undefined);

    (byName(doc.getElementById('inbox')!, 'textarea', 'Answer to Kim') as HTMLTextAreaElement).value = 'Sorry! We will exchange it.';
    byName(doc.getElementById('inbox')!, 'button', 'Send answer to Kim')!.click();
    await waitUntil(() => statusOf(doc).includes('Answer to Kim sent.'), 'not answered');
    expect(doc.querySelector('#inbox .replies')!.textContent).to.contain('Carolien, webcare team');
    byName(doc, 'button', 'Approve review by Kim')!.click();
    await waitUntil(() => statusOf(doc).includes('Approved the review by Kim.'), 'not approved');
    expect(byName(doc, 'h2', /Inbox \(0\)/)).to.not.equal(undefined);
    expect(doc.activeElement).to.equal(doc.getElementById('inbox-heading')); // not a removed button
    const [published] = (await reviews.list('mug', { sort: 'newest', limit: 10 })).reviews;
    expect(published.replies.map(({ author, seller, text, locale, by }) => ({ author, seller, text, locale, by }))).to.deep.equal([
      { author: 'Carolien', seller: true, text: 'Sorry! We will exchange it.', locale: 'en', by: { name: 'Carolien', role: 'webcare team' } },
    ]);

    // Reported by visitors (from one address: one witness, so it stays published): in the inbox with the reasons they gave.
    for (const reason of ['Offensive', 'Offensive', 'Not about this product']) {
      const visitor = await sectionOf(new RestAdapter({ endpoint, site, storage: new MemoryStorage() }), 'reviews'); // a new visitor each time
      await visitor.report(published.id, reason, randomKey());
    }
    byName(doc, 'button', 'Refresh the inbox')!.click();
    await waitUntil(() => byName(doc, 'h2', /Inbox \(1\)/), 'the report never showed');
    expect(doc.querySelector('#inbox .why')!.textContent).to.equal('Published, with 3 reports: “Offensive” (2), “Not about this product” (1).');
    expect(await axeViolations(frame)).to.deep.equal([]);
  });

  it('shows a held review\'s photos to its moderator, read with the member\'s credential, named by position and author', async () => {
    const api = await newSite({ moderateReviews: true });
    const { endpoint, site } = api;
    for (const { id, ...draft } of await fixtureCatalog()) await putProduct(api, id, draft);
    const reviews = await sectionOf(new RestAdapter({ endpoint, site, storage: sessionStorage }), 'reviews');
    const photos = await Promise.all([300, 400].map(async (width) => resizePhoto(await photoBlob(width, 200))));
    const held = await reviews.create('mug', { rating: 4, title: '', text: 'See the glaze', author: 'Kim', photos }, randomKey());
    expect([held.status, held.photos]).to.deep.equal(['pending', []]);
    const { credential } = await member(api, ['moderate']);
    const { frame, doc } = await openSignedIn(endpoint, site, credential);
    await waitUntil(() => doc.querySelectorAll('#inbox .photos img[src^="blob:"]').length === 2, 'the held photos never showed');
    const images = [...doc.querySelectorAll<HTMLImageElement>('#inbox .photos img')];
    expect(images.map((image) => image.alt)).to.deep.equal(['Photo 1 of 2 by Kim', 'Photo 2 of 2 by Kim']);
    await waitUntil(() => images.every((image) => image.complete && image.naturalWidth > 0), 'a photo did not load');
    expect(images.map((image) => image.naturalWidth)).to.deep.equal([300, 400]);
    expect(await axeViolations(frame)).to.deep.equal([]);
  });

  it('answers an ordinary published review privately: its author alone reads it', async () => {
    const api = await newSite();
    const { endpoint, site } = api;
    const author = await sectionOf(new RestAdapter({ endpoint, site, storage: new MemoryStorage() }), 'reviews');
    await author.create('mug', { rating: 3, title: '', text: 'Arrived chipped', author: 'Kim' }, randomKey());
    const { credential } = await member(api, ['answer']);

    const { frame, doc } = await openSignedIn(endpoint, site, credential);
    await waitUntil(() => doc.querySelector('#reviews h3'), 'no published reviews');
    const reviewsSection = doc.getElementById('reviews')!;
    (byName(reviewsSection, 'textarea', 'Answer to Kim') as HTMLTextAreaElement).value = 'Mail us your order number.';
    (byName(reviewsSection, 'input', /^Only to Kim/) as HTMLInputElement).click();
    byName(reviewsSection, 'button', 'Send answer to Kim')!.click();
    await waitUntil(() => statusOf(doc).includes('Private answer to Kim sent.'), 'not answered');
    expect(doc.querySelector('#reviews .replies')!.textContent).to.equal('Carolien, webcare team (privately, to Kim): Mail us your order number.');
    expect(await axeViolations(frame)).to.deep.equal([]);

    const replyFor = async (reader: Awaited<ReturnType<typeof sectionOf<'reviews'>>>) => (await reader.list('mug', { sort: 'newest', limit: 10 })).reviews[0].replies[0];
    expect(await replyFor(author)).to.include({ text: 'Mail us your order number.', private: true });
    expect(await replyFor(await sectionOf(new RestAdapter({ endpoint, site, storage: new MemoryStorage() }), 'reviews'))).to.include({ text: '', private: true });
  });

  it('lets a member with the team scope add a member, shows the credential once, and revokes it', async () => {
    const api = await newSite();
    const { credential } = await member(api, ['team'], 'Ruud', 'owner');
    const { frame, doc } = await openSignedIn(api.endpoint, api.site, credential);
    await waitUntil(() => doc.querySelector('#team .member'), 'the team never showed');
    const team = doc.getElementById('team')!;
    (byName(team, 'input', 'Name') as HTMLInputElement).value = 'Carolien';
    (byName(team, 'input', 'Role, as shoppers read it') as HTMLInputElement).value = 'webcare team';
    (byName(team, 'input', /^moderate/) as HTMLInputElement).click();
    byName(team, 'button', 'Add member')!.click();
    await waitUntil(() => statusOf(doc).includes('Added Carolien.'), 'not added');
    const shown = doc.querySelector('.credential code')!.textContent!;
    expect(shown).to.match(/^scm_/);
    expect(doc.activeElement).to.equal(doc.querySelector('.credential'));
    expect(await axeViolations(frame)).to.deep.equal([]);
    const me = async (key: string) => (await fetch(`${api.endpoint}/v1/sites/${api.site}/members/me`, { headers: { Authorization: `Bearer ${key}` } })).json();
    expect((await me(shown)).member).to.include({ name: 'Carolien', role: 'webcare team' });
    expect((await me(shown)).member.scopes).to.deep.equal(['answer', 'moderate']);

    byName(doc, 'button', 'Revoke Carolien\'s credential')!.click();
    await waitUntil(() => statusOf(doc).includes('Revoked Carolien\'s credential'), 'not revoked');
    expect((await me(shown)).error.code).to.be.a('string');
    expect([...doc.querySelectorAll('#team .member h3')].map((h3) => h3.textContent)).to.deep.equal(['Ruud, owner']);
  });

  it('lists the catalog by title, and changes a variant\'s price and stock as a member with the catalog scope', async () => {
    const api = await newSite();
    const { endpoint, site } = api;
    for (const { id, ...draft } of await fixtureCatalog()) await putProduct(api, id, draft);
    const { credential } = await member(api, ['catalog']);
    const { frame, doc } = await openSignedIn(endpoint, site, credential);
    await waitUntil(() => byName(doc, 'h2', 'Catalog (3)'), 'the catalog never showed');
    expect([...doc.querySelectorAll('.product h3')].map((h3) => h3.textContent)).to.deep.equal(['Linen tee', 'Stoneware mug', 'Tulip bouquet']);
    const variant = (name: string) => byName(doc, 'fieldset', new RegExp(`^${name}`))!;
    const input = (name: string, label: string) => [...variant(name).querySelectorAll('input')].find((each) => each.labels![0].textContent === label)!;
    expect(input('Linen tee, size L', 'Price (EUR)').value).to.equal('22.00');
    expect(input('Linen tee, size S', 'Stock').value).to.equal('3');
    expect(await axeViolations(frame)).to.deep.equal([]);

    input('Linen tee, size L', 'Price (EUR)').value = '23.5';
    input('Linen tee, size L', 'Stock').value = '4';
    byName(doc, 'button', 'Save Linen tee, size L')!.click();
    await waitUntil(() => statusOf(doc) === 'Saved Linen tee, size L: €23.50, 4 in stock.', 'not saved');
    const tee = await (await fetch(`${endpoint}/v1/sites/${site}/products/tee`)).json();
    expect(tee.variants.find((each: { id: string }) => each.id === 'tee-l').price.amount).to.equal(2350);
  });

  it('says so when the credential is wrong or revoked', async () => {
    const api = await newSite();
    const { doc } = await openSignedIn(api.endpoint, api.site, api.secret.replace(/./, 'x'));
    await waitUntil(() => statusOf(doc).includes('The site id or credential is wrong, or the credential was revoked.'), 'no message');
  });
});
