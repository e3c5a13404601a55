import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ASKS_PER_DAY } from '../../server/routes/asks.js';
import { call, seller, visitor } from './helpers/client.js';
import { startTestServer, type TestServer } from './helpers/server.js';

let server: TestServer & { close(): Promise<void> };
before(async () => (server = await startTestServer()));
after(() => server.close());

const product = (title: string) => ({ title, variants: [{ id: 'v', price: { amount: 100, currency: 'EUR' } }] });

describe('asks', () => {
  it('makes a public "which one?" poll labelled from the catalog, which friends vote on and the shopper reads', async () => {
    const site = await server.site();
    await call(site, 'PUT', 'products/shirt', { headers: seller(site), body: product('Linen shirt') });
    const shopper = { 'X-Visitor-Token': await visitor(site) };
    const created = await call(site, 'POST', 'asks', { headers: shopper, body: { productIds: ['shirt', 'not-in-catalog'] } });
    assert.equal(created.status, 201);
    const { id } = created.body;
    assert.match(id, /^ask_/);
    assert.deepEqual(created.body, {
      id,
      kind: 'ask',
      question: '',
      options: [{ id: 'shirt', label: 'Linen shirt', votes: 0 }, { id: 'not-in-catalog', label: 'not-in-catalog', votes: 0 }],
      closed: false,
    });
    const friend = { 'X-Visitor-Token': await visitor(site) };
    assert.equal((await call(site, 'PUT', `polls/${id}/vote`, { headers: friend, body: { optionId: 'shirt' } })).status, 200);
    const read = await call(site, 'GET', `polls?ids=${id}`, { headers: shopper });
    assert.deepEqual(read.body.polls[id].options.map((option: { votes: number }) => option.votes), [1, 0]);
    assert.equal(read.body.polls[id].voted, undefined);
  });

  it('takes 2 to 6 distinct product ids from a visitor, and nothing else', async () => {
    const site = await server.site();
    const headers = { 'X-Visitor-Token': await visitor(site) };
    const ask = (body: unknown, options: { headers: Record<string, string> } = { headers }) => call(site, 'POST', 'asks', { ...options, body });
    const ids = (n: number) => Array.from({ length: n }, (_, index) => `p${index}`);
    assert.equal((await ask({ productIds: ids(6) })).status, 201);
    for (const body of [{ productIds: ids(7) }, { productIds: ['only'] }, { productIds: ['a', 'a'] }, { productIds: ['', 'b'] }, { productIds: ['x'.repeat(129), 'b'] }, {}, { productIds: 'a b' }]) {
      const refused = await ask(body);
      assert.equal(refused.status, 400, JSON.stringify(body));
      assert.equal(refused.body.error.code, 'invalid_request');
    }
    assert.equal((await ask({ productIds: ids(2) }, { headers: {} })).status, 401);
    // A 128-character product id is a valid option to vote for.
    const long = 'x'.repeat(128);
    const { body } = await ask({ productIds: [long, 'b'] });
    assert.equal((await call(site, 'PUT', `polls/${body.id}/vote`, { headers, body: { optionId: long } })).status, 200);
  });

  it(`allows one visitor ${ASKS_PER_DAY} asks a day`, async () => {
    const site = await server.site();
    const token = await visitor(site);
    const headers = { 'X-Visitor-Token': token };
    // Made in the database: the rate limiter would stop this many requests in a row first.
    await server.services.db.query(
      `INSERT INTO polls (site_id, id, kind, question, options, created_by)
       SELECT $1, 'ask_' || n, 'ask', '', '[]', $2 FROM generate_series(1, $3::int) AS n`,
      [site.id, `v:${token.split('.')[1]}`, ASKS_PER_DAY],
    );
    const refused = await call(site, 'POST', 'asks', { headers, body: { productIds: ['a', 'b'] } });
    assert.equal(refused.status, 429);
    assert.equal(refused.body.error.code, 'too_many_asks');
    assert.equal(refused.headers.get('Retry-After'), '3600');
    const other = { 'X-Visitor-Token': await visitor(site) };
    assert.equal((await call(site, 'POST', 'asks', { headers: other, body: { productIds: ['a', 'b'] } })).status, 201);
  });

  it('keeps one site\'s asks out of another\'s reach', async () => {
    const [a, b] = [await server.site(), await server.site()];
    const { body } = await call(a, 'POST', 'asks', { headers: { 'X-Visitor-Token': await visitor(a) }, body: { productIds: ['x', 'y'] } });
    assert.deepEqual((await call(b, 'GET', `polls?ids=${body.id}`)).body.polls, {});
    assert.equal((await call(b, 'PUT', `polls/${body.id}/vote`, { headers: { 'X-Visitor-Token': await visitor(b) }, body: { optionId: 'x' } })).status, 404);
    assert.equal((await call(b, 'POST', 'asks', { headers: { 'X-Visitor-Token': await visitor(a) }, body: { productIds: ['x', 'y'] } })).status, 401);
  });
});
