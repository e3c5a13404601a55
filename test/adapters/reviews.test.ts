import { expect } from '@open-wc/testing';
import type { ReviewsApi, Stars } from '../../src/core/adapter.js';
import { RefusedError } from '../../src/core/errors.js';
import { RestAdapter } from '../../src/adapters/rest/rest-adapter.js';
import { LocalAdapter } from '../../src/adapters/local/local-adapter.js';
import { sectionOf } from '../../src/adapters/sections.js';
import { newSite } from '../support/api.js';
import { MemoryStorage } from '../support/fixtures.js';
import { randomKey } from '../../src/checkout/random-key.js';

/** Each review written by a visitor of its own (the server allows one review per visitor and product). */
type Backend = { name: string; reviews(): Promise<ReviewsApi> };

let sites = 0;
const backends: Backend[] = [
  { name: 'LocalAdapter', reviews: () => sectionOf(new LocalAdapter(`reviews-${Date.now()}-${sites++}`), 'reviews') },
  {
    name: 'RestAdapter on the reference server',
    reviews: async () => {
      const { endpoint, site } = await newSite();
      // A fresh storage per visitor: a new visitor token for each review.
      const visitor = () => sectionOf(new RestAdapter({ endpoint, site, storage: new MemoryStorage() }), 'reviews');
      const first = await visitor();
      // Writes come from new visitors; reads from the first.
      return { ...first, create: async (productId, draft, key) => (await visitor()).create(productId, draft, key) };
    },
  },
];


for (const backend of backends) {
  describe(`reviews on ${backend.name}`, () => {
    beforeEach(() => localStorage.clear());

    async function seeded(ratings: Stars[]) {
      const reviews = await backend.reviews();
      for (const [index, rating] of ratings.entries()) {
        await reviews.create('p', { rating, title: `Title ${index}`, text: `Text ${index} <img src=x onerror=alert(1)>`, author: `Author ${index}` }, randomKey());
      }
      return reviews;
    }

    it('summarizes many products in one call, with a histogram', async () => {
      const reviews = await seeded([5, 4, 4, 1]);
      const summaries = await reviews.summaries(['p', 'none']);
      expect(summaries.p).to.deep.equal({ average: 3.5, count: 4, histogram: [1, 0, 0, 2, 1] });
      expect(summaries.none).to.deep.equal({ average: 0, count: 0, histogram: [0, 0, 0, 0, 0] });
    });

    it('lists newest first, sorts, filters by stars and pages with a cursor', async () => {
      const reviews = await seeded([3, 5, 1, 4]);
      const newest = await reviews.list('p', { sort: 'newest', limit: 10 });
      expect(newest.total).to.equal(4);
      expect(newest.reviews.map((review) => review.title)).to.deep.equal(['Title 3', 'Title 2', 'Title 1', 'Title 0']);
      expect(newest.reviews[0].text).to.equal('Text 3 <img src=x onerror=alert(1)>');
      const highest = await reviews.list('p', { sort: 'highest', limit: 2 });
      expect(highest.reviews.map((review) => review.rating)).to.deep.equal([5, 4]);
      const rest = await reviews.list('p', { sort: 'highest', limit: 2, cursor: highest.next });
      expect(rest.reviews.map((review) => review.rating)).to.deep.equal([3, 1]);
      expect(rest.next).to.equal(undefined);
      const ones = await reviews.list('p', { sort: 'newest', stars: 1, limit: 10 });
      expect(ones.reviews.map((review) => review.rating)).to.deep.equal([1]);
    });

    it('votes helpful once per visitor, and takes the vote back', async () => {
      const reviews = await seeded([5]);
      const [review] = (await reviews.list('p', { sort: 'newest', limit: 1 })).reviews;
      expect(await reviews.vote(review.id, true)).to.deep.equal({ helpful: 1, voted: true });
      expect(await reviews.vote(review.id, true)).to.deep.equal({ helpful: 1, voted: true });
      expect(await reviews.vote(review.id, false)).to.deep.equal({ helpful: 0, voted: false });
    });

    it('takes replies from guests with a name, in their language, and reports', async () => {
      const reviews = await seeded([2]);
      const [review] = (await reviews.list('p', { sort: 'newest', limit: 1 })).reviews;
      const reply = await reviews.reply(review.id, { text: 'Same here', author: 'Ana', locale: 'en-GB' }, randomKey());
      expect(reply).to.include({ text: 'Same here', author: 'Ana', seller: false, locale: 'en-GB' });
      const [listed] = (await reviews.list('p', { sort: 'newest', limit: 1 })).reviews;
      expect(listed.replies.map((r) => [r.text, r.locale])).to.deep.equal([['Same here', 'en-GB']]);
      await reviews.report(review.id, 'spam', randomKey());
    });

    it('refuses a guest review without a name', async () => {
      const reviews = await backend.reviews();
      const error = await reviews.create('p', { rating: 5, title: '', text: 'Nice' }, randomKey()).catch((caught) => caught);
      expect(error).to.be.instanceOf(RefusedError);
      expect(error.reason).to.equal('author_required');
    });
  });
}

describe('sectionOf', () => {
  it('says a backend lacks a resource with an unsupported error a widget can show', async () => {
    const error = await sectionOf({ likes: { read: async () => ({}), set: async () => ({ count: 0, liked: false }) } }, 'reviews').catch(
      (caught) => caught,
    );
    expect(error.code).to.equal('unsupported');
    expect(error.transient).to.be.false;
  });
});
