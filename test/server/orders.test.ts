import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { call, seller, visitor } from './helpers/client.js';
import { startTestServer, type TestServer, type TestSite } from './helpers/server.js';

let server: TestServer & { close(): Promise<void> };
before(async () => (server = await startTestServer()));
after(() => server.close());

async function shop(options: { checkoutUrl?: string } = {}): Promise<TestSite> {
  const site = await server.site(options);
  for (const [id, price, stock] of [['tee', 2000, 5], ['mug', 1250, null]] as const) {
    const variant = { id: `${id}-v`, price: { amount: price, currency: 'EUR' }, ...(stock === null ? {} : { stock }) };
    await call(site, 'PUT', `products/${id}`, { headers: seller(site), body: { title: id, variants: [variant] } });
  }
  return site;
}

describe('cart and checkout', () => {
  it('sets lines, caps them by stock and refuses unknown variants', async () => {
    const site = await shop();
    const headers = { 'X-Visitor-Token': await visitor(site) };
    const set = (productId: string, variantId: string, quantity: number) => call(site, 'PUT', 'cart/lines', { headers, body: { productId, variantId, quantity } });
    await set('tee', 'tee-v', 2);
    await set('mug', 'mug-v', 1);
    assert.deepEqual((await set('tee', 'tee-v', 3)).body.lines, [
      { productId: 'tee', variantId: 'tee-v', quantity: 3 },
      { productId: 'mug', variantId: 'mug-v', quantity: 1 },
    ]);
    assert.equal((await set('tee', 'tee-v', 6)).body.error.code, 'out_of_stock');
    assert.equal((await set('tee', 'nope', 1)).body.error.code, 'variant_not_found');
    assert.deepEqual((await set('mug', 'mug-v', 0)).body.lines.length, 1);
    assert.deepEqual((await call(site, 'GET', 'cart', { headers })).body.lines, [{ productId: 'tee', variantId: 'tee-v', quantity: 3 }]);
  });

  it('orders once per idempotency key at catalog prices, takes stock and hands off', async () => {
    const site = await shop({ checkoutUrl: 'https://pay.example/checkout/{orderId}' });
    const headers = { 'X-Visitor-Token': await visitor(site) };
    await call(site, 'PUT', 'cart/lines', { headers, body: { productId: 'tee', variantId: 'tee-v', quantity: 2 } });
    await call(site, 'PUT', 'cart/lines', { headers, body: { productId: 'mug', variantId: 'mug-v', quantity: 3 } });
    const body = { idempotencyKey: 'click-0001' };
    const [first, second] = await Promise.all([call(site, 'POST', 'orders', { headers, body }), call(site, 'POST', 'orders', { headers, body })]);
    assert.equal(first.status, 201);
    assert.deepEqual(second.body, first.body);
    assert.deepEqual(first.body.total, { amount: 2 * 2000 + 3 * 1250, currency: 'EUR' });
    assert.equal(first.body.status, 'pending');
    assert.equal(first.body.checkoutUrl, `https://pay.example/checkout/${first.body.id}`);
    assert.deepEqual((await call(site, 'GET', 'cart', { headers })).body.lines, []);
    assert.equal((await call(site, 'GET', 'products/tee')).body.variants[0].stock, 3);
    assert.deepEqual((await call(site, 'GET', `orders/${first.body.id}`, { headers })).body, first.body);
    assert.equal((await call(site, 'GET', `orders/${first.body.id}`, { headers: { 'X-Visitor-Token': await visitor(site) } })).status, 404);
    assert.equal((await call(site, 'POST', 'orders', { headers, body: { idempotencyKey: 'click-0002' } })).body.error.code, 'cart_empty');
  });

  it('lets the seller mark orders paid or cancelled, restocking on cancel', async () => {
    const site = await shop();
    const order = async (key: string) => {
      const headers = { 'X-Visitor-Token': await visitor(site) };
      await call(site, 'PUT', 'cart/lines', { headers, body: { productId: 'tee', variantId: 'tee-v', quantity: 1 } });
      return (await call(site, 'POST', 'orders', { headers, body: { idempotencyKey: key } })).body;
    };
    const [paid, cancelled] = [await order('key-00001'), await order('key-00002')];
    assert.equal((await call(site, 'GET', 'products/tee')).body.variants[0].stock, 3);
    assert.equal((await call(site, 'PATCH', `orders/${paid.id}`, { headers: seller(site), body: { status: 'paid' } })).body.status, 'paid');
    assert.equal((await call(site, 'PATCH', `orders/${cancelled.id}`, { headers: seller(site), body: { status: 'cancelled' } })).body.status, 'cancelled');
    assert.equal((await call(site, 'GET', 'products/tee')).body.variants[0].stock, 4);
    const late = await call(site, 'PATCH', `orders/${paid.id}`, { headers: seller(site), body: { status: 'cancelled' } });
    assert.equal(late.status, 409);
    assert.equal(late.body.error.code, 'order_closed');
  });

  it('sells the last unit once when two visitors check out at once', async () => {
    const site = await shop();
    await call(site, 'PATCH', 'products/tee/variants/tee-v', { headers: seller(site), body: { stock: 1 } });
    const buyers = await Promise.all([visitor(site), visitor(site)]);
    for (const token of buyers) {
      await call(site, 'PUT', 'cart/lines', { headers: { 'X-Visitor-Token': token }, body: { productId: 'tee', variantId: 'tee-v', quantity: 1 } });
    }
    const results = await Promise.all(buyers.map((token) => call(site, 'POST', 'orders', { headers: { 'X-Visitor-Token': token }, body: { idempotencyKey: 'last-unit' } })));
    assert.deepEqual(results.map((r) => r.status).sort(), [201, 409]);
    assert.equal((await call(site, 'GET', 'products/tee')).body.variants[0].stock, 0);
  });
});

describe('prices, gifts and buy now', () => {
  it('prices an order from the catalog: a price sent by the client is ignored, a new catalog price applies', async () => {
    const site = await shop();
    const headers = { 'X-Visitor-Token': await visitor(site) };
    const forged = await call(site, 'PUT', 'cart/lines', { headers, body: { productId: 'tee', variantId: 'tee-v', quantity: 1, price: { amount: 1, currency: 'EUR' } } });
    assert.deepEqual(forged.body.lines, [{ productId: 'tee', variantId: 'tee-v', quantity: 1 }]);
    await call(site, 'PATCH', 'products/tee/variants/tee-v', { headers: seller(site), body: { price: { amount: 2100, currency: 'EUR' } } });
    const order = await call(site, 'POST', 'orders', { headers, body: { idempotencyKey: 'price-0001', total: { amount: 1, currency: 'EUR' } } });
    assert.equal(order.status, 201);
    assert.deepEqual(order.body.total, { amount: 2100, currency: 'EUR' });
    assert.deepEqual(order.body.lines[0].price, { amount: 2100, currency: 'EUR' });
  });

  it('buys now: orders only the lines given, as a gift with a note, and leaves the cart alone', async () => {
    const site = await shop();
    const headers = { 'X-Visitor-Token': await visitor(site) };
    await call(site, 'PUT', 'cart/lines', { headers, body: { productId: 'mug', variantId: 'mug-v', quantity: 2 } });
    const body = { idempotencyKey: 'gift-0001', lines: [{ productId: 'tee', variantId: 'tee-v', quantity: 1 }], gift: true, note: 'Happy birthday!' };
    const order = await call(site, 'POST', 'orders', { headers, body });
    assert.equal(order.status, 201);
    assert.equal(order.body.gift, true);
    assert.equal(order.body.note, 'Happy birthday!');
    assert.deepEqual(order.body.total, { amount: 2000, currency: 'EUR' });
    assert.deepEqual((await call(site, 'GET', 'cart', { headers })).body.lines, [{ productId: 'mug', variantId: 'mug-v', quantity: 2 }]);
    assert.deepEqual((await call(site, 'POST', 'orders', { headers, body })).body, order.body);
    assert.equal((await call(site, 'GET', 'products/tee')).body.variants[0].stock, 4);
  });

  it('gives each order a reference people can read out, the same on every read and for the seller', async () => {
    const site = await shop();
    const references = new Set<string>();
    for (const key of ['ref-00001', 'ref-00002', 'ref-00003']) {
      const headers = { 'X-Visitor-Token': await visitor(site) };
      const order = (await call(site, 'POST', 'orders', { headers: { ...headers, 'Idempotency-Key': key }, body: { lines: [{ productId: 'mug', variantId: 'mug-v', quantity: 1 }] } })).body;
      // Letters and digits that cannot be mistaken for each other (no I, L, O, U), in groups of four.
      assert.match(order.reference, /^SC-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
      assert.equal((await call(site, 'GET', `orders/${order.id}`, { headers })).body.reference, order.reference);
      assert.equal((await call(site, 'PATCH', `orders/${order.id}`, { headers: seller(site), body: { status: 'paid' } })).body.reference, order.reference);
      references.add(order.reference);
    }
    assert.equal(references.size, 3);
  });
});
