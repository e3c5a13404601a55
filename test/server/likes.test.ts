import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { call, userToken, visitor } from './helpers/client.js';
import { startTestServer, type TestServer } from './helpers/server.js';

let server: TestServer & { close(): Promise<void> };
before(async () => (server = await startTestServer()));
after(() => server.close());

describe('likes', () => {
  it('reads every id asked for, 0 and not liked when unknown', async () => {
    const site = await server.site();
    const { status, body } = await call(site, 'GET', 'likes?ids=a&ids=b');
    assert.equal(status, 200);
    assert.deepEqual(body, { likes: { a: { count: 0, liked: false }, b: { count: 0, liked: false } } });
  });

  it('likes and unlikes idempotently, and reads back for that visitor only', async () => {
    const site = await server.site();
    const [me, other] = [await visitor(site), await visitor(site)];
    const headers = { 'X-Visitor-Token': me };
    assert.deepEqual((await call(site, 'PUT', 'likes/sku-1', { headers })).body, { count: 1, liked: true });
    assert.deepEqual((await call(site, 'PUT', 'likes/sku-1', { headers })).body, { count: 1, liked: true });
    assert.deepEqual((await call(site, 'PUT', 'likes/sku-1', { headers: { 'X-Visitor-Token': other } })).body, { count: 2, liked: true });
    assert.deepEqual((await call(site, 'GET', 'likes?ids=sku-1', { headers })).body.likes['sku-1'], { count: 2, liked: true });
    assert.deepEqual((await call(site, 'GET', 'likes?ids=sku-1')).body.likes['sku-1'], { count: 2, liked: false });
    assert.deepEqual((await call(site, 'DELETE', 'likes/sku-1', { headers })).body, { count: 1, liked: false });
    assert.deepEqual((await call(site, 'DELETE', 'likes/sku-1', { headers })).body, { count: 1, liked: false });
  });

  it('accepts any product id a shop uses, encoded in the path', async () => {
    const site = await server.site();
    const id = 'Shirt / blue ünïcode?#&';
    const { body } = await call(site, 'PUT', `likes/${encodeURIComponent(id)}`, { headers: { 'X-Visitor-Token': await visitor(site) } });
    assert.deepEqual(body, { count: 1, liked: true });
    const read = await call(site, 'GET', `likes?ids=${encodeURIComponent(id)}`);
    assert.deepEqual(read.body.likes[id], { count: 1, liked: false });
  });

  it('counts 50 visitors liking one product at once exactly 50 times', async () => {
    const site = await server.site();
    const tokens = await Promise.all(Array.from({ length: 50 }, () => visitor(site)));
    const replies = await Promise.all(tokens.map((token) => call(site, 'PUT', 'likes/hot', { headers: { 'X-Visitor-Token': token } })));
    assert.ok(replies.every((reply) => reply.status === 200));
    assert.equal((await call(site, 'GET', 'likes?ids=hot')).body.likes.hot.count, 50);
  });

  it('counts one visitor liking twice at once once', async () => {
    const site = await server.site();
    const headers = { 'X-Visitor-Token': await visitor(site) };
    await Promise.all(Array.from({ length: 5 }, () => call(site, 'PUT', 'likes/twice', { headers })));
    assert.equal((await call(site, 'GET', 'likes?ids=twice')).body.likes.twice.count, 1);
  });

  it('counts a signed-in customer once across devices', async () => {
    const site = await server.site();
    const user = await userToken(site.secret, { sub: 'c-1', name: 'Ann' });
    await call(site, 'PUT', 'likes/p', { headers: { 'X-Visitor-Token': await visitor(site), 'X-User-Token': user } });
    await call(site, 'PUT', 'likes/p', { headers: { 'X-Visitor-Token': await visitor(site), 'X-User-Token': user } });
    const { body } = await call(site, 'GET', 'likes?ids=p', { headers: { 'X-User-Token': user } });
    assert.deepEqual(body.likes.p, { count: 1, liked: true });
  });

  it('reads 500 ids in one request and refuses 501', async () => {
    const site = await server.site();
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `ids=p${i}`).join('&');
    const ok = await call(site, 'GET', `likes?${ids(500)}`);
    assert.equal(Object.keys(ok.body.likes).length, 500);
    const tooMany = await call(site, 'GET', `likes?${ids(501)}`);
    assert.equal(tooMany.status, 400);
    assert.equal(tooMany.body.error.code, 'invalid_request');
  });
});
