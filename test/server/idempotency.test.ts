import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { pruneKeys } from '../../server/data/idempotency.js';
import { call, seller, visitor } from './helpers/client.js';
import { startTestServer, type TestServer, type TestSite } from './helpers/server.js';

let server: TestServer & { close(): Promise<void> };
before(async () => (server = await startTestServer()));
after(() => server.close());

/** A create as a test makes it: where it posts, two different bodies, and how many rows it made on the site. */
interface Create {
  readonly path: (site: TestSite) => Promise<string>;
  readonly body: Record<string, unknown>;
  readonly other: Record<string, unknown>;
  readonly rows: string;
}

/** A published review by someone else, to answer or report. */
async function someReview(site: TestSite): Promise<string> {
  const headers = { 'X-Visitor-Token': await visitor(site) };
  const { body } = await call(site, 'POST', 'products/tee/reviews', { headers, body: { rating: 4, title: 'Fine', text: 'A fine tee.', author: 'Ann' } });
  return body.id;
}

const creates: Record<string, Create> = {
  review: {
    path: async () => 'products/tee/reviews',
    body: { rating: 5, title: 'Great', text: 'Soft and warm.', author: 'Bo' },
    other: { rating: 1, title: 'Bad', text: 'Shrank.', author: 'Bo' },
    rows: 'SELECT count(*)::int AS n FROM reviews WHERE site_id = $1',
  },
  reply: {
    path: async (site) => `reviews/${await someReview(site)}/replies`,
    body: { text: 'Mine too!', author: 'Bo' },
    other: { text: 'Mine shrank.', author: 'Bo' },
    rows: 'SELECT count(*)::int AS n FROM review_replies WHERE site_id = $1',
  },
  report: {
    path: async (site) => `reviews/${await someReview(site)}/reports`,
    body: { reason: 'Spam' },
    other: { reason: 'Rude' },
    rows: 'SELECT count(*)::int AS n FROM review_reports WHERE site_id = $1',
  },
  order: {
    path: async () => 'orders',
    body: { lines: [{ productId: 'tee', variantId: 'tee-v', quantity: 1 }], gift: true },
    other: { lines: [{ productId: 'tee', variantId: 'tee-v', quantity: 2 }], gift: true },
    rows: 'SELECT count(*)::int AS n FROM orders WHERE site_id = $1',
  },
  ask: {
    path: async () => 'asks',
    body: { productIds: ['tee', 'mug'] },
    other: { productIds: ['mug', 'tee'] },
    rows: "SELECT count(*)::int AS n FROM polls WHERE site_id = $1 AND kind = 'ask'",
  },
  'wish list': {
    path: async () => 'wishlists',
    body: { name: 'Birthday' },
    other: { name: 'Christmas' },
    rows: 'SELECT count(*)::int AS n FROM wishlists WHERE site_id = $1 AND NOT is_default',
  },
};

async function shop(): Promise<TestSite> {
  const site = await server.site();
  await call(site, 'PUT', 'products/tee', { headers: seller(site), body: { title: 'Tee', variants: [{ id: 'tee-v', price: { amount: 2000, currency: 'EUR' }, stock: 10 }] } });
  return site;
}

const rows = async (site: TestSite, sql: string) => (await server.services.db.query<{ n: number }>(sql, [site.id]))[0]!.n;

describe('Idempotency-Key on every create', () => {
  for (const [name, create] of Object.entries(creates)) {
    describe(name, () => {
      it('answers a repeated key with the first answer, and creates once', async () => {
        const site = await shop();
        const path = await create.path(site);
        const before = await rows(site, create.rows);
        const headers = { 'X-Visitor-Token': await visitor(site), 'Idempotency-Key': 'retry-0001' };
        const first = await call(site, 'POST', path, { headers, body: create.body });
        assert.ok(first.status === 201 || first.status === 204, `${first.status} ${JSON.stringify(first.body)}`);
        const again = await call(site, 'POST', path, { headers, body: create.body });
        assert.equal(again.status, first.status);
        assert.deepEqual(again.body, first.body);
        assert.equal(await rows(site, create.rows), before + 1);
      });

      it('creates once when 10 copies of the request with one key arrive together', async () => {
        const site = await shop();
        const path = await create.path(site);
        const before = await rows(site, create.rows);
        const headers = { 'X-Visitor-Token': await visitor(site), 'Idempotency-Key': 'double-click-1' };
        const answers = await Promise.all(Array.from({ length: 10 }, () => call(site, 'POST', path, { headers, body: create.body })));
        assert.ok(answers[0]!.status === 201 || answers[0]!.status === 204, JSON.stringify(answers[0]!.body));
        for (const answer of answers) {
          assert.equal(answer.status, answers[0]!.status);
          assert.deepEqual(answer.body, answers[0]!.body);
        }
        assert.equal(await rows(site, create.rows), before + 1);
      });

      it('creates once per visitor when visitors send one key at the same time', async () => {
        const site = await shop();
        const path = await create.path(site);
        const before = await rows(site, create.rows);
        const tokens = [await visitor(site), await visitor(site), await visitor(site)];
        const answers = await Promise.all(
          tokens.flatMap((token) => [1, 2].map(() => call(site, 'POST', path, { headers: { 'X-Visitor-Token': token, 'Idempotency-Key': 'shared-key-1' }, body: create.body }))),
        );
        for (const answer of answers) assert.ok(answer.status === 201 || answer.status === 204, JSON.stringify(answer.body));
        for (let visitorIndex = 0; visitorIndex < tokens.length; visitorIndex++) {
          assert.deepEqual(answers[2 * visitorIndex + 1]!.body, answers[2 * visitorIndex]!.body);
        }
        if (answers[0]!.body) assert.equal(new Set(answers.map((answer) => answer.body.id)).size, tokens.length);
        assert.equal(await rows(site, create.rows), before + tokens.length);
      });

      it('refuses a key reused for a different request with 409, creating nothing', async () => {
        const site = await shop();
        const path = await create.path(site);
        const headers = { 'X-Visitor-Token': await visitor(site), 'Idempotency-Key': 'reused-0001' };
        await call(site, 'POST', path, { headers, body: create.body });
        const after = await rows(site, create.rows);
        const reused = await call(site, 'POST', path, { headers, body: create.other });
        assert.equal(reused.status, 409);
        assert.equal(reused.body.error.code, 'idempotency_key_reused');
        assert.equal(typeof reused.body.error.message, 'string');
        assert.equal(await rows(site, create.rows), after);
      });

      it('keeps one visitor\'s key apart from another\'s', async () => {
        const site = await shop();
        const path = await create.path(site);
        const before = await rows(site, create.rows);
        for (const token of [await visitor(site), await visitor(site)]) {
          const answer = await call(site, 'POST', path, { headers: { 'X-Visitor-Token': token, 'Idempotency-Key': 'same-key-01' }, body: create.body });
          assert.ok(answer.status === 201 || answer.status === 204, JSON.stringify(answer.body));
        }
        assert.equal(await rows(site, create.rows), before + 2);
      });
    });
  }

  it('takes an order\'s key from the header or, for older clients, the body; both must agree, and one is needed', async () => {
    const site = await shop();
    const token = await visitor(site);
    const { body } = creates.order!;
    const inHeader = await call(site, 'POST', 'orders', { headers: { 'X-Visitor-Token': token, 'Idempotency-Key': 'order-key-1' }, body });
    const inBody = await call(site, 'POST', 'orders', { headers: { 'X-Visitor-Token': token }, body: { ...body, idempotencyKey: 'order-key-1' } });
    assert.equal(inHeader.status, 201);
    assert.deepEqual(inBody.body, inHeader.body);
    const differ = await call(site, 'POST', 'orders', { headers: { 'X-Visitor-Token': token, 'Idempotency-Key': 'order-key-2' }, body: { ...body, idempotencyKey: 'order-key-3' } });
    assert.equal(differ.status, 400);
    const none = await call(site, 'POST', 'orders', { headers: { 'X-Visitor-Token': token }, body });
    assert.equal(none.status, 400);
    assert.equal(none.body.error.code, 'idempotency_key_required');
    assert.equal(await rows(site, creates.order!.rows), 1);
  });

  it('refuses a malformed key with 400, and creates without a key where one is optional', async () => {
    const site = await shop();
    const token = await visitor(site);
    for (const key of ['short', 'has space in it', 'x'.repeat(129)]) {
      const answer = await call(site, 'POST', 'wishlists', { headers: { 'X-Visitor-Token': token, 'Idempotency-Key': key }, body: { name: 'Birthday' } });
      assert.equal(answer.status, 400, key);
      assert.equal(answer.body.error.code, 'invalid_request');
    }
    const plain = () => call(site, 'POST', 'wishlists', { headers: { 'X-Visitor-Token': token }, body: { name: 'Birthday' } });
    assert.equal((await plain()).status, 201);
    assert.equal((await plain()).status, 201);
    assert.equal(await rows(site, creates['wish list']!.rows), 2);
  });

  it('honours a key for 24 hours: after that it is a new key', async () => {
    const site = await shop();
    const headers = { 'X-Visitor-Token': await visitor(site), 'Idempotency-Key': 'a-day-old-1' };
    const first = await call(site, 'POST', 'wishlists', { headers, body: { name: 'Birthday' } });
    await server.services.db.query("UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE site_id = $1", [site.id]);
    const later = await call(site, 'POST', 'wishlists', { headers, body: { name: 'Christmas' } });
    assert.equal(later.status, 201);
    assert.notEqual(later.body.id, first.body.id);
    assert.deepEqual((await call(site, 'POST', 'wishlists', { headers, body: { name: 'Christmas' } })).body, later.body);
    assert.equal(await rows(site, creates['wish list']!.rows), 2);
  });

  it('deletes keys over 24 hours old, keeping younger ones', async () => {
    const site = await shop();
    const token = await visitor(site);
    const headers = (key: string) => ({ 'X-Visitor-Token': token, 'Idempotency-Key': key });
    for (const key of ['old-key-1', 'new-key-1']) assert.equal((await call(site, 'POST', 'wishlists', { headers: headers(key), body: { name: key } })).status, 201);
    await server.services.db.query("UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE site_id = $1 AND key = 'old-key-1'", [site.id]);
    assert.ok((await pruneKeys(server.services.db)) >= 1);
    const left = await server.services.db.query<{ key: string }>('SELECT key FROM idempotency_keys WHERE site_id = $1', [site.id]);
    assert.deepEqual(left.map((row) => row.key), ['new-key-1']);
  });

  it('lets a retry create when the first request with its key was refused', async () => {
    const site = await shop();
    const headers = { 'X-Visitor-Token': await visitor(site), 'Idempotency-Key': 'after-refusal' };
    const body = { lines: [{ productId: 'tee', variantId: 'tee-v', quantity: 1 }] };
    await call(site, 'PATCH', 'products/tee/variants/tee-v', { headers: seller(site), body: { stock: 0 } });
    assert.equal((await call(site, 'POST', 'orders', { headers, body })).body.error.code, 'out_of_stock');
    await call(site, 'PATCH', 'products/tee/variants/tee-v', { headers: seller(site), body: { stock: 1 } });
    assert.equal((await call(site, 'POST', 'orders', { headers, body })).status, 201);
  });

  it('lets the browser send the header from another origin', async () => {
    const site = await shop();
    const preflight = await fetch(new URL('wishlists', site.base), {
      method: 'OPTIONS',
      headers: { Origin: 'https://shop.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'idempotency-key, x-visitor-token' },
    });
    assert.match(preflight.headers.get('Access-Control-Allow-Headers') ?? '', /Idempotency-Key/i);
  });
});
