import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { listen, type RunningServer } from '../../server/listen.js';
import { saveSite } from '../../server/sites/sites.js';
import { call, visitor } from './helpers/client.js';
import { type TestDatabase, testDatabase } from './helpers/database.js';
import type { TestSite } from './helpers/server.js';

/** demo/seller.html, served as by `npm start`, and the seller routes its script calls. */
let database: TestDatabase;
let server: RunningServer;
before(async () => {
  database = await testDatabase();
  server = await listen({ ...database, host: '127.0.0.1', port: 0, serveStatic: true });
});
after(async () => (await server.close(), await database.drop()));

// Plain JS without declarations: a computed specifier keeps TypeScript from asking for types.
const { sellerApi } = await import(new URL('../../demo/seller.js', import.meta.url).href);
const source = (name: string) => readFile(new URL(`../../demo/${name}`, import.meta.url), 'utf8');

async function moderatedSite(): Promise<TestSite> {
  const id = `t-${randomBytes(5).toString('hex')}`;
  const secret = `secret-${randomBytes(12).toString('hex')}`;
  await saveSite(server.services.db, { id, secret, allowedOrigins: [], checkoutUrl: null, moderateReviews: true });
  return { id, secret, base: `${server.url}/v1/sites/${id}/` };
}

async function review(site: TestSite, productId: string, author: string) {
  const { body } = await call(site, 'POST', `products/${productId}/reviews`, { headers: { 'X-Visitor-Token': await visitor(site) }, body: { rating: 2, text: `by ${author}`, author } });
  return body;
}

describe('demo/seller.html', () => {
  it('is served at /seller.html with its script and styles', async () => {
    for (const [path, type] of [['/seller.html', 'text/html'], ['/seller.js', 'javascript'], ['/seller.css', 'text/css']] as const) {
      const response = await fetch(server.url + path);
      assert.equal(response.status, 200, path);
      assert.match(response.headers.get('Content-Type') ?? '', new RegExp(type));
    }
  });

  it('holds no key, stores none, renders text only, and labels every field', async () => {
    const [html, script] = [await source('seller.html'), await source('seller.js')];
    assert.doesNotMatch(html + script, /secret-|demo-secret|Bearer [\w-]{8,}/);
    assert.doesNotMatch(script, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|localStorage|sessionStorage|indexedDB|cookie/);
    assert.match(html, /never put this page on a public site/i);
    assert.match(html, /role="status"/);
    for (const [, id] of html.matchAll(/<(?:input|textarea|select)[^>]*\bid="([^"]+)"/g)) assert.match(html, new RegExp(`<label for="${id}">`), `label for #${id}`);
  });

  it('lists both queues, approves, hides and answers through the seller routes', async () => {
    const site = await moderatedSite();
    const api = sellerApi(server.url, site.id, site.secret);
    const [first, second, reported] = [await review(site, 'p', 'Ann'), await review(site, 'p', 'Bo'), await review(site, 'q', 'Cy')];
    await api.decide(reported.id, 'published');
    for (let i = 0; i < 3; i++) await call(site, 'POST', `reviews/${reported.id}/reports`, { headers: { 'X-Visitor-Token': await visitor(site) }, body: { reason: 'rude' } });

    const waiting = await api.queue('moderation');
    assert.deepEqual([waiting.total, waiting.reviews.map((r: any) => r.author)], [2, ['Bo', 'Ann']]);
    const reports = await api.queue('reports');
    assert.deepEqual(reports.reviews.map((r: any) => [r.author, r.reports]), [['Cy', 3]]);

    assert.equal((await api.decide(first.id, 'published')).status, 'published');
    assert.equal((await api.decide(reported.id, 'hidden')).status, 'hidden');
    const reply = await api.answer(second.id, 'Thanks, we will look into it.', 'Mia');
    assert.deepEqual([reply.author, reply.seller], ['Mia', true]);

    assert.deepEqual((await api.queue('moderation')).reviews.map((r: any) => [r.author, r.replies.length]), [['Bo', 1]]);
    assert.equal((await api.queue('reports')).total, 0);
    assert.deepEqual((await call(site, 'GET', 'products/p/reviews')).body.reviews.map((r: any) => r.author), ['Ann']);
  });

  it('lists the catalog and changes a variant\'s price and stock through the seller routes', async () => {
    const site = await moderatedSite();
    const api = sellerApi(server.url, site.id, site.secret);
    const draft = { title: 'Tee', variants: [{ id: 'tee-s', options: { size: 'S' }, price: { amount: 2000, currency: 'EUR' }, stock: 3 }] };
    assert.equal((await call(site, 'PUT', 'products/tee', { headers: { Authorization: `Bearer ${site.secret}` }, body: draft })).status, 200);
    assert.deepEqual((await api.products()).products.map((p: any) => p.id), ['tee']);
    const changed = await api.setVariant('tee', 'tee-s', { price: { amount: 2350, currency: 'EUR' }, stock: null });
    assert.deepEqual([changed.variants[0].price.amount, changed.variants[0].stock], [2350, undefined]);
    await assert.rejects(sellerApi(server.url, site.id, 'wrong-key').setVariant('tee', 'tee-s', { stock: 1 }), { status: 401 });
  });

  it('rejects a wrong key with the server\'s code, so the page can say so', async () => {
    const site = await moderatedSite();
    await assert.rejects(sellerApi(server.url, site.id, 'wrong-key').queue('moderation'), { status: 401, code: 'invalid_credential' });
    await assert.rejects(sellerApi(server.url, 'no-such-site', site.secret).queue('moderation'), { status: 404, code: 'site_not_found' });
  });
});
