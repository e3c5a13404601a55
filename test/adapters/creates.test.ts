import { expect } from '@open-wc/testing';
import type { Adapter } from '../../src/core/adapter.js';
import { RestAdapter } from '../../src/adapters/rest/rest-adapter.js';
import { sectionOf } from '../../src/adapters/sections.js';
import { randomKey } from '../../src/checkout/random-key.js';
import { countRows, newSite, setApiMode, takeRequests } from '../support/api.js';
import { putProduct } from '../support/catalog.js';
import { MemoryStorage } from '../support/fixtures.js';
import { fixtureCatalog, useLocalShop } from '../support/shop.js';

/** Each built-in adapter on a fresh site whose catalog holds the fixture products. */
const backends: { name: string; adapter: () => Promise<Adapter> }[] = [
  {
    name: 'LocalAdapter',
    adapter: async () => useLocalShop().adapter,
  },
  {
    name: 'RestAdapter on the reference server',
    adapter: async () => {
      const api = await newSite();
      for (const { id, ...draft } of await fixtureCatalog()) await putProduct(api, id, draft);
      return new RestAdapter({ endpoint: api.endpoint, site: api.site, storage: new MemoryStorage() });
    },
  },
];

/** The review each adapter's replies answer, made once. */
const answered = new WeakMap<Adapter, Promise<string>>();
function reviewToAnswer(adapter: Adapter): Promise<string> {
  if (!answered.has(adapter)) {
    const review = sectionOf(adapter, 'reviews').then((reviews) => reviews.create('tulips', { rating: 4, title: '', text: 'Fresh.', author: 'Ann' }, randomKey()));
    answered.set(adapter, review.then(({ id }) => id));
  }
  return answered.get(adapter)!;
}

/** Every create of the seam, called with a key; each answers something that names what it made. */
const creates: Record<string, (adapter: Adapter, key: string) => Promise<unknown>> = {
  // One review per visitor and product: each key reviews a product of its own.
  review: async (adapter, key) => (await sectionOf(adapter, 'reviews')).create(`p-${key}`, { rating: 5, title: '', text: 'Soft.', author: 'Bo' }, key),
  reply: async (adapter, key) => (await sectionOf(adapter, 'reviews')).reply(await reviewToAnswer(adapter), { text: 'Mine too.', author: 'Bo' }, key),
  ask: async (adapter, key) => (await sectionOf(adapter, 'polls')).ask(['tee', 'tulips'], key),
  'wish list': async (adapter, key) => (await sectionOf(adapter, 'wishlists')).create('Birthday', key),
  order: async (adapter, key) => (await sectionOf(adapter, 'cart')).checkout(key, { lines: [{ productId: 'tulips', variantId: 'tulips-1', quantity: 1 }], gift: true }),
};

for (const backend of backends) {
  describe(`creates with an idempotency key: ${backend.name}`, () => {
    for (const [name, create] of Object.entries(creates)) {
      it(`${name}: the same key makes one, at once or later; another key another`, async () => {
        const adapter = await backend.adapter();
        const key = randomKey();
        const [first, together] = await Promise.all([create(adapter, key), create(adapter, key)]);
        const later = await create(adapter, key);
        expect(together).to.deep.equal(first);
        expect(later).to.deep.equal(first);
        expect(await create(adapter, randomKey())).not.to.deep.equal(first);
      });
    }
  });
}

describe('RestAdapter: a create whose answer was cut off', () => {
  afterEach(() => setApiMode({ mode: 'up' }));

  it('is sent again by ky with the same Idempotency-Key: one reply', async () => {
    const { endpoint, site } = await newSite();
    const reviews = await sectionOf(new RestAdapter({ endpoint, site, storage: new MemoryStorage() }), 'reviews');
    const review = await reviews.create('mug', { rating: 4, title: '', text: 'Nice mug.', author: 'Ann' }, randomKey());
    await setApiMode({ mode: 'drop-answers', times: 1 });
    await takeRequests();
    const reply = await reviews.reply(review.id, { text: 'Mine too.', author: 'Ann' }, randomKey());
    expect((await takeRequests()).filter((line) => line === `POST /v1/sites/${site}/reviews/${review.id}/replies`)).to.have.length(2);
    expect(await countRows(site, 'review_replies')).to.equal(1);
    expect(reply.text).to.equal('Mine too.');
  });
});
