import { expect, waitUntil } from '@open-wc/testing';
import { RestAdapter } from '../../src/adapters/rest/rest-adapter.js';
import { sectionOf } from '../../src/adapters/sections.js';
import { newSite } from '../support/api.js';
import { axeViolations, openFrame } from '../support/frames.js';

/** demo/seller.html, the seller's moderation page, driven as a person would, against the real server. */

const byName = (doc: Document, role: string, name: string | RegExp) =>
  [...doc.querySelectorAll<HTMLElement>(role)].find((element) => {
    const label = element.getAttribute('aria-label') ?? (element as HTMLInputElement).labels?.[0]?.textContent ?? element.textContent ?? '';
    return typeof name === 'string' ? label.trim() === name : name.test(label);
  });

describe('demo/seller.html', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('approves a review held for moderation, and answers it as a named team member', async () => {
    const { endpoint, site, secret } = await newSite({ moderateReviews: true });
    const reviews = await sectionOf(new RestAdapter({ endpoint, site, storage: sessionStorage }), 'reviews');
    const held = await reviews.create('sku-1', { rating: 2, title: 'Hmm', text: '<img src=x onerror="parent.hacked=1"> too small', author: 'Kim' });
    expect(held.status).to.equal('pending');
    expect((await reviews.list('sku-1', { sort: 'newest', limit: 10 })).total).to.equal(0);

    const frame = await openFrame(`/demo/seller.html?api=${encodeURIComponent(endpoint)}`);
    const doc = frame.contentDocument!;
    const field = (name: string) => byName(doc, 'input', name) as HTMLInputElement;
    field('Site id').value = site;
    field('Secret key').value = secret;
    field('Your name on answers').value = 'Mila';
    byName(doc, 'button', 'Open queues')!.click();
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
    expect(published.replies.map(({ author, seller, text }) => ({ author, seller, text }))).to.deep.equal([
      { author: 'Mila', seller: true, text: 'Sorry! We will exchange it.' },
    ]);
    expect(await axeViolations(frame)).to.deep.equal([]);
  });

  it('says so when the secret key is wrong', async () => {
    const { endpoint, site } = await newSite();
    const frame = await openFrame(`/demo/seller.html?api=${encodeURIComponent(endpoint)}`);
    const doc = frame.contentDocument!;
    (byName(doc, 'input', 'Site id') as HTMLInputElement).value = site;
    (byName(doc, 'input', 'Secret key') as HTMLInputElement).value = 'wrong';
    (byName(doc, 'input', 'Your name on answers') as HTMLInputElement).value = 'Mila';
    byName(doc, 'button', 'Open queues')!.click();
    await waitUntil(() => doc.body.textContent!.includes('The site id or secret key is wrong.'), 'no message');
  });
});
