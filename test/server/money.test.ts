import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { call, seller, visitor } from './helpers/client.js';
import { startTestServer, type TestServer, type TestSite } from './helpers/server.js';

let server: TestServer & { close(): Promise<void> };
before(async () => (server = await startTestServer()));
after(() => server.close());

const idr = (amount: number) => ({ amount, currency: 'IDR' });

async function product(site: TestSite, id: string, variants: { id: string; price: number; stock?: number }[]) {
  const body = { title: id, variants: variants.map(({ price, ...variant }) => ({ ...variant, price: idr(price) })) };
  return call(site, 'PUT', `products/${id}`, { headers: seller(site), body });
}

describe('money in 64 bits', () => {
  it('places and totals an order of more than 10^12 minor units exactly, taking stock beyond 2^31', async () => {
    const site = await server.site();
    const price = 1_000_000_000_003;
    assert.equal((await product(site, 'villa', [{ id: 'v', price, stock: 3_000_000_000 }])).status, 200);
    const headers = { 'X-Visitor-Token': await visitor(site) };
    await call(site, 'PUT', 'cart/lines', { headers, body: { productId: 'villa', variantId: 'v', quantity: 7 } });
    const order = await call(site, 'POST', 'orders', { headers: { ...headers, 'Idempotency-Key': 'villa-0001' }, body: {} });
    assert.equal(order.status, 201, JSON.stringify(order.body));
    assert.deepEqual(order.body.total, idr(7_000_000_000_021));
    assert.deepEqual(order.body.lines[0].price, idr(price));
    assert.deepEqual((await call(site, 'GET', `orders/${order.body.id}`, { headers })).body.total, idr(7_000_000_000_021));
    const [variant] = (await call(site, 'GET', 'products/villa')).body.variants;
    assert.deepEqual(variant, { id: 'v', options: {}, price: idr(price), stock: 2_999_999_993 });
    const cancelled = await call(site, 'PATCH', `orders/${order.body.id}`, { headers: seller(site), body: { status: 'cancelled' } });
    assert.equal(cancelled.status, 200);
    assert.equal((await call(site, 'GET', 'products/villa')).body.variants[0].stock, 3_000_000_000);
  });

  it('takes a price of 2^31, refuses one above 10^13 or of 2^53 with 400, and never answers 500', async () => {
    const site = await server.site();
    const accepted = await product(site, 'p', [{ id: 'v', price: 2 ** 31, stock: 2 ** 31 }]);
    assert.equal(accepted.status, 200);
    assert.deepEqual(accepted.body.variants[0], { id: 'v', options: {}, price: idr(2 ** 31), stock: 2 ** 31 });
    for (const price of [10 ** 13 + 1, 2 ** 53, 2 ** 63]) {
      const refused = await product(site, 'p', [{ id: 'v', price }]);
      assert.equal(refused.status, 400, `price ${price}`);
      assert.match(refused.body.error.message, /price\.amount/);
      const patched = await call(site, 'PATCH', 'products/p/variants/v', { headers: seller(site), body: { price: idr(price) } });
      assert.equal(patched.status, 400, `patched price ${price}`);
    }
    assert.equal((await call(site, 'PATCH', 'products/p/variants/v', { headers: seller(site), body: { stock: 2 ** 53 } })).status, 400);
    assert.equal((await call(site, 'PATCH', 'products/p/variants/v', { headers: seller(site), body: { price: idr(10 ** 13) } })).status, 200);
  });

  it('refuses an order whose total would pass Number.MAX_SAFE_INTEGER, taking no stock', async () => {
    const site = await server.site();
    const variants = Array.from({ length: 10 }, (_, i) => ({ id: `v${i}`, price: 10 ** 13, stock: 100 }));
    assert.equal((await product(site, 'yacht', variants)).status, 200);
    const headers = { 'X-Visitor-Token': await visitor(site), 'Idempotency-Key': 'yacht-0001' };
    const lines = variants.map((variant) => ({ productId: 'yacht', variantId: variant.id, quantity: 99 }));
    const refused = await call(site, 'POST', 'orders', { headers, body: { lines } });
    assert.equal(refused.status, 409);
    assert.equal(refused.body.error.code, 'order_too_large');
    assert.equal((await call(site, 'GET', 'products/yacht')).body.variants[0].stock, 100);
  });
});
