import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { call, seller, visitor } from './helpers/client.js';
import { startTestServer, type TestServer } from './helpers/server.js';

let server: TestServer & { close(): Promise<void> };
before(async () => (server = await startTestServer()));
after(() => server.close());

it('keeps catalog, carts, orders, polls and shares of one site out of another\'s reach', async () => {
  const [a, b] = [await server.site(), await server.site()];
  const tokenA = { 'X-Visitor-Token': await visitor(a) };
  const tokenB = { 'X-Visitor-Token': await visitor(b) };
  await call(a, 'PUT', 'products/p', { headers: seller(a), body: { title: 'P', variants: [{ id: 'v', price: { amount: 100, currency: 'EUR' } }] } });
  await call(a, 'PUT', 'polls/q', { headers: seller(a), body: { question: 'Q?', options: [{ id: 'x', label: 'X' }, { id: 'y', label: 'Y' }] } });
  await call(a, 'POST', 'shares/p', { headers: tokenA, body: { network: 'email' } });
  await call(a, 'PUT', 'cart/lines', { headers: tokenA, body: { productId: 'p', variantId: 'v', quantity: 1 } });
  const order = (await call(a, 'POST', 'orders', { headers: tokenA, body: { idempotencyKey: 'isolation-1' } })).body;

  assert.equal((await call(b, 'GET', 'products')).body.total, 0);
  assert.equal((await call(b, 'GET', 'products/p')).status, 404);
  assert.equal((await call(b, 'PUT', 'cart/lines', { headers: tokenB, body: { productId: 'p', variantId: 'v', quantity: 1 } })).status, 404);
  assert.equal((await call(b, 'GET', `orders/${order.id}`, { headers: tokenB })).status, 404);
  assert.equal((await call(b, 'PATCH', `orders/${order.id}`, { headers: seller(b), body: { status: 'paid' } })).status, 404);
  assert.deepEqual((await call(b, 'GET', 'polls?ids=q')).body.polls, {});
  assert.equal((await call(b, 'PUT', 'polls/q/vote', { headers: tokenB, body: { optionId: 'x' } })).status, 404);
  assert.equal((await call(b, 'GET', 'shares?ids=p')).body.shares.p.count, 0);
  // A's visitor token and seller key are worthless on B.
  assert.equal((await call(b, 'GET', 'cart', { headers: tokenA })).status, 401);
  assert.equal((await call(b, 'PUT', 'products/p', { headers: seller(a), body: { title: 'P', variants: [{ id: 'v', price: { amount: 1, currency: 'EUR' } }] } })).status, 401);
});
