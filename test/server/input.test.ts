import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../server/app.js';
import type { Db } from '../../server/db/db.js';
import type { EventHub } from '../../server/events/hub.js';
import { call, seller, userToken, visitor } from './helpers/client.js';
import { startTestServer, type TestServer, type TestSite } from './helpers/server.js';

let server: TestServer & { close(): Promise<void> };
before(async () => (server = await startTestServer()));
after(() => server.close());

async function refused(reply: Promise<{ status: number; body: any }>, field: string): Promise<void> {
  const { status, body } = await reply;
  assert.equal(status, 400, JSON.stringify(body));
  assert.equal(body.error.code, 'invalid_request');
  assert.ok(body.error.message.startsWith(`${field}:`), body.error.message);
}

const onSite = (site: TestSite, id: string): TestSite => ({ ...site, base: `${server.url}/v1/sites/${id}/` });

describe('text no column can store (NUL, unpaired surrogates)', () => {
  it('is refused in the site id, before any lookup', async () => {
    const site = await server.site();
    for (const id of ['%00', 'demo%00', '%ED%A0%80', 'Demo', 'a'.repeat(64), 'a.b', '-a', 'a%2Fb']) {
      await refused(call(onSite(site, id), 'GET', 'likes?ids=p'), 'path.site');
      await refused(call(onSite(site, id), 'POST', 'visitors'), 'path.site');
    }
  });

  it('is refused in path and query parameters, naming the field', async () => {
    const site = await server.site();
    const headers = { 'X-Visitor-Token': await visitor(site) };
    await refused(call(site, 'PUT', 'likes/p%00', { headers }), 'path.productId');
    await refused(call(site, 'GET', 'likes?ids=a&ids=%00'), 'query.ids.1');
    await refused(call(site, 'GET', 'products?search=x%00'), 'query.search');
    await refused(call(site, 'GET', 'products?category=a%00b'), 'query.category');
  });

  it('is refused in JSON bodies at any depth, in values and in keys', async () => {
    const site = await server.site();
    const headers = { 'X-Visitor-Token': await visitor(site) };
    await refused(call(site, 'POST', 'asks', { headers, body: { productIds: ['a', 'x\ud800'] } }), 'body.productIds.1');
    await refused(call(site, 'POST', 'products/p/reviews', { headers, body: { rating: 5, text: 'ok\u0000' } }), 'body.text');
    const poll = { question: 'Which?', options: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B\udc00' }] };
    await refused(call(site, 'PUT', 'polls/p1', { headers: seller(site), body: poll }), 'body.options.1.label');
    const product = { title: 'T', variants: [{ id: 'v', price: { amount: 1, currency: 'EUR' }, options: { 'si\u0000ze': 'M' } }] };
    await refused(call(site, 'PUT', 'products/p', { headers: seller(site), body: product }), 'body.variants.0.options (a key)');
  });

  it('is refused in a user token\'s claims, though the shop signed it', async () => {
    const site = await server.site();
    const token = await userToken(site.secret, { sub: 'c-1', name: 'Ann\u0000' });
    await refused(call(site, 'PUT', 'likes/p', { headers: { 'X-Visitor-Token': await visitor(site), 'X-User-Token': token } }), 'header X-User-Token.name');
  });
});

describe('page cursors', () => {
  async function pagedSite(): Promise<{ site: TestSite; next: string }> {
    const site = await server.site();
    for (const productId of ['a', 'b', 'c']) {
      const product = { title: productId, variants: [{ id: 'v', price: { amount: 100, currency: 'EUR' } }] };
      assert.equal((await call(site, 'PUT', `products/${productId}`, { headers: seller(site), body: product })).status, 200);
    }
    const first = await call(site, 'GET', 'products?limit=1');
    return { site, next: first.body.next };
  }

  it('reads only the cursors this server gave out for this site', async () => {
    const { site, next } = await pagedSite();
    assert.equal((await call(site, 'GET', `products?limit=1&cursor=${next}`)).body.products[0].id, 'b');
    const [payload, tag] = next.split('.') as [string, string];
    const forged = (value: unknown) => `${Buffer.from(JSON.stringify(value)).toString('base64url')}.${tag}`;
    const other = await pagedSite();
    for (const cursor of [
      forged({ o: 2 }), // another offset under the old MAC
      forged({ o: 1e300 }),
      Buffer.from(JSON.stringify({ o: 1 })).toString('base64url'), // unsigned, as cursors used to be
      `${payload}.${tag}.x`,
      `${payload}.`,
      other.next, // signed, but for another site
      '.',
      '%00',
    ]) {
      const { status, body } = await call(site, 'GET', `products?limit=1&cursor=${cursor}`);
      assert.equal(status, 400, cursor);
      assert.match(body.error.code, /^invalid_(cursor|request)$/, cursor);
    }
  });
});

describe('reads', () => {
  it('are limited per address, bad ones included, with a 429 a page can read', async () => {
    // The limit comes before any site is looked up: a database that knows no site will do.
    const db = { query: async () => [] } as unknown as Db;
    const app = createApp({ db, events: {} as EventHub, visitorKey: 'k', perAddressReads: { burst: 3, perSecond: 0.001 } });
    const get = (path: string) => app.request(path, { headers: { Origin: 'https://shop.example' } });
    const statuses = [];
    for (const site of ['unknown', '%00', 'Bad']) statuses.push((await get(`/v1/sites/${site}/likes?ids=p`)).status);
    assert.deepEqual(statuses, [404, 400, 400]);
    const limited = await get('/v1/sites/unknown/likes?ids=p');
    assert.equal(limited.status, 429);
    assert.equal(((await limited.json()) as { error: { code: string } }).error.code, 'rate_limited');
    assert.ok(Number(limited.headers.get('Retry-After')) >= 1);
    assert.equal(limited.headers.get('Access-Control-Allow-Origin'), '*');
    assert.match(limited.headers.get('Access-Control-Expose-Headers') ?? '', /Retry-After/);
    // Writes keep their own limits.
    assert.equal((await app.request('/v1/sites/unknown/visitors', { method: 'POST' })).status, 404);
  });
});

describe('request ids', () => {
  it('come with every answer, readable across origins', async () => {
    const site = await server.site();
    const headers = { Origin: 'https://shop.example' };
    const answers = [
      await call(site, 'GET', 'likes?ids=p', { headers }),
      await call(site, 'GET', 'likes', { headers }),
      await call(site, 'GET', 'no-such-route', { headers }),
      await call(onSite(site, 'no-such-site'), 'GET', 'likes?ids=p', { headers }),
    ];
    const preflight = await fetch(new URL('likes/p', site.base), { method: 'OPTIONS', headers: { ...headers, 'Access-Control-Request-Method': 'PUT' } });
    const ids = [...answers.map((answer) => answer.headers), preflight.headers].map((headers) => headers.get('X-Request-Id'));
    for (const id of ids) assert.match(id ?? '', /^[\w-]{8,64}$/);
    assert.equal(new Set(ids).size, ids.length);
    assert.match(answers[0]!.headers.get('Access-Control-Expose-Headers') ?? '', /X-Request-Id/i);
  });

  it('keep an id the caller sent when it is plain, and replace any other', async () => {
    const site = await server.site();
    const sent = async (id: string) => (await call(site, 'GET', 'likes?ids=p', { headers: { 'X-Request-Id': id } })).headers.get('X-Request-Id');
    assert.equal(await sent('lb-7f3a9c2e-1'), 'lb-7f3a9c2e-1');
    for (const id of ['has space', 'a'.repeat(65), '<script>', 'x\ty', 'é']) assert.notEqual(await sent(id), id);
  });
});
