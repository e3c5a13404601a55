import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { call, seller } from './helpers/client.js';
import { startTestServer, type TestServer, type TestSite } from './helpers/server.js';

let server: TestServer & { close(): Promise<void> };
before(async () => (server = await startTestServer()));
after(() => server.close());

const eur = (amount: number) => ({ amount, currency: 'EUR' });

async function put(site: TestSite, id: string, title: string, price: number, extra: Record<string, unknown> = {}) {
  const reply = await call(site, 'PUT', `products/${id}`, {
    headers: seller(site),
    body: { title, variants: [{ id: `${id}-v`, price: eur(price), stock: 3 }], ...extra },
  });
  assert.equal(reply.status, 200, JSON.stringify(reply.body));
  return reply.body;
}

describe('catalog', () => {
  it('creates, reads, replaces and deletes a product as the seller', async () => {
    const site = await server.site();
    const created = await put(site, 'shirt', 'Shirt', 2500, { images: ['https://img.example/1.png'], category: 'clothing' });
    assert.deepEqual(created, {
      id: 'shirt', title: 'Shirt', description: '', images: ['https://img.example/1.png'], category: 'clothing',
      variants: [{ id: 'shirt-v', options: {}, price: eur(2500), stock: 3 }],
    });
    assert.deepEqual((await call(site, 'GET', 'products/shirt')).body, created);
    const replaced = await put(site, 'shirt', 'Shirt 2', 2600);
    assert.equal(replaced.title, 'Shirt 2');
    assert.equal(replaced.category, undefined);
    assert.equal((await call(site, 'DELETE', 'products/shirt', { headers: seller(site) })).status, 204);
    assert.equal((await call(site, 'GET', 'products/shirt')).body.error.code, 'product_not_found');
  });

  it('changes a variant\'s stock and price', async () => {
    const site = await server.site();
    await put(site, 'mug', 'Mug', 1000);
    const patched = await call(site, 'PATCH', 'products/mug/variants/mug-v', { headers: seller(site), body: { stock: 0, price: eur(900) } });
    assert.deepEqual(patched.body.variants[0], { id: 'mug-v', options: {}, price: eur(900), stock: 0 });
    const untracked = await call(site, 'PATCH', 'products/mug/variants/mug-v', { headers: seller(site), body: { stock: null } });
    assert.equal(untracked.body.variants[0].stock, undefined);
    assert.equal((await call(site, 'PATCH', 'products/mug/variants/nope', { headers: seller(site), body: { stock: 1 } })).status, 404);
  });

  it('lists with search, category, price sorts, pages and batched ids', async () => {
    const site = await server.site();
    await put(site, 'a', 'Apple crate', 300, { category: 'home' });
    await put(site, 'b', 'Blue vase', 100, { category: 'home', description: 'Glass 100%' });
    await put(site, 'c', 'Cotton cap', 200, { category: 'clothing' });
    const ids = async (query: string) => (await call(site, 'GET', `products?${query}`)).body.products.map((p: any) => p.id);
    assert.deepEqual(await ids(''), ['a', 'b', 'c']);
    assert.deepEqual(await ids('sort=price-asc'), ['b', 'c', 'a']);
    assert.deepEqual(await ids('sort=price-desc'), ['a', 'c', 'b']);
    assert.deepEqual(await ids('sort=newest'), ['c', 'b', 'a']);
    assert.deepEqual(await ids('category=home'), ['a', 'b']);
    assert.deepEqual(await ids('search=COTTON'), ['c']);
    assert.deepEqual(await ids('search=100%25'), ['b']);
    assert.deepEqual(await ids('ids=c&ids=a&ids=unknown'), ['a', 'c']);
    const first = (await call(site, 'GET', 'products?limit=2')).body;
    assert.equal(first.total, 3);
    assert.deepEqual(first.categories, ['clothing', 'home']);
    const second = (await call(site, 'GET', `products?limit=2&cursor=${first.next}`)).body;
    assert.deepEqual(second.products.map((p: any) => p.id), ['c']);
    assert.equal(second.next, undefined);
  });

  it('refuses catalog edits without the seller key, and unsafe images', async () => {
    const site = await server.site();
    const body = { title: 'X', variants: [{ id: 'v', price: eur(1) }] };
    assert.equal((await call(site, 'PUT', 'products/x', { body })).status, 401);
    const other = await server.site();
    assert.equal((await call(site, 'PUT', 'products/x', { headers: seller(other), body })).body.error.code, 'invalid_credential');
    for (const image of ['javascript:alert(1)', 'data:text/html,<script>']) {
      assert.equal((await call(site, 'PUT', 'products/x', { headers: seller(site), body: { ...body, images: [image] } })).status, 400, image);
    }
    const badPrice = { title: 'X', variants: [{ id: 'v', price: { amount: -1, currency: 'EUR' } }] };
    assert.equal((await call(site, 'PUT', 'products/x', { headers: seller(site), body: badPrice })).status, 400);
  });

  it('answers 400, never 500, to a forged page cursor', async () => {
    const site = await server.site();
    await put(site, 'a', 'A', 100);
    const forge = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const o of [-1, 1.5, 2 ** 53, 1e300, '9223372036854775808', 10 ** 12]) {
      const reply = await call(site, 'GET', `products?cursor=${forge({ o })}`);
      assert.equal(reply.status, 400, `o: ${o}`);
      assert.equal(reply.body.error.code, 'invalid_cursor');
    }
  });
});
