import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { call, seller, userToken, visitor } from './helpers/client.js';
import { startTestServer, type TestServer, type TestSite } from './helpers/server.js';

let server: TestServer & { close(): Promise<void> };
// Filling a cart or a customer's lists to their limits takes hundreds of writes from one visitor.
const unlimited = { burst: 10_000, perSecond: 10_000 };
before(async () => (server = await startTestServer({ perVisitor: unlimited, perAddress: unlimited })));
after(() => server.close());

async function shop(): Promise<TestSite> {
  const site = await server.site();
  for (const id of ['tee', 'mug']) {
    await call(site, 'PUT', `products/${id}`, { headers: seller(site), body: { title: id, variants: [{ id: `${id}-v`, price: { amount: 1000, currency: 'EUR' } }] } });
  }
  return site;
}

const line = (productId: string, quantity: number) => ({ productId, variantId: `${productId}-v`, quantity });

describe('carts of guests and signed-in customers', () => {
  it('answers an empty cart to a first visit, with no token and no request for one', async () => {
    const site = await shop();
    const reply = await call(site, 'GET', 'cart');
    assert.equal(reply.status, 200);
    assert.deepEqual(reply.body, { lines: [] });
  });

  it('follows a signed-in customer to another device, and merges what they added as a guest', async () => {
    const site = await shop();
    const user = await userToken(site.secret, { sub: 'ann', name: 'Ann' });
    const phone = { 'X-Visitor-Token': await visitor(site), 'X-User-Token': user };
    await call(site, 'PUT', 'cart/lines', { headers: phone, body: line('tee', 1) });

    // On a laptop, as a guest first: a tee and a mug.
    const laptopGuest = { 'X-Visitor-Token': await visitor(site) };
    await call(site, 'PUT', 'cart/lines', { headers: laptopGuest, body: line('tee', 2) });
    await call(site, 'PUT', 'cart/lines', { headers: laptopGuest, body: line('mug', 1) });
    // Then signed in: one cart, the same variant added up.
    const laptop = { ...laptopGuest, 'X-User-Token': user };
    const merged = [line('tee', 3), line('mug', 1)];
    assert.deepEqual((await call(site, 'GET', 'cart', { headers: laptop })).body.lines, merged);
    assert.deepEqual((await call(site, 'GET', 'cart', { headers: phone })).body.lines, merged);
    // The guest cart is gone, so reading again does not add it twice.
    assert.deepEqual((await call(site, 'GET', 'cart', { headers: laptop })).body.lines, merged);
    assert.deepEqual((await call(site, 'GET', 'cart', { headers: laptopGuest })).body.lines, []);
  });

  it('keeps each customer\'s cart their own', async () => {
    const site = await shop();
    const ann = { 'X-Visitor-Token': await visitor(site), 'X-User-Token': await userToken(site.secret, { sub: 'ann', name: 'Ann' }) };
    const bob = { 'X-Visitor-Token': await visitor(site), 'X-User-Token': await userToken(site.secret, { sub: 'bob', name: 'Bob' }) };
    await call(site, 'PUT', 'cart/lines', { headers: ann, body: line('tee', 1) });
    assert.deepEqual((await call(site, 'GET', 'cart', { headers: bob })).body.lines, []);
  });

  it('changes the quantity of a line in a full cart, and refuses only a new line', async () => {
    const site = await server.site();
    const variants = Array.from({ length: 100 }, (_, i) => ({ id: `v${i}`, price: { amount: 100, currency: 'EUR' } }));
    await call(site, 'PUT', 'products/many', { headers: seller(site), body: { title: 'Many', variants } });
    await call(site, 'PUT', 'products/one-more', { headers: seller(site), body: { title: 'One more', variants: [{ id: 'v', price: { amount: 100, currency: 'EUR' } }] } });
    const headers = { 'X-Visitor-Token': await visitor(site) };
    for (const { id } of variants) await call(site, 'PUT', 'cart/lines', { headers, body: { productId: 'many', variantId: id, quantity: 1 } });
    const changed = await call(site, 'PUT', 'cart/lines', { headers, body: { productId: 'many', variantId: 'v42', quantity: 5 } });
    assert.equal(changed.status, 200, JSON.stringify(changed.body));
    assert.equal(changed.body.lines[42].quantity, 5);
    const added = await call(site, 'PUT', 'cart/lines', { headers, body: { productId: 'one-more', variantId: 'v', quantity: 1 } });
    assert.equal(added.status, 409);
    assert.equal(added.body.error.code, 'cart_full');
    assert.equal((await call(site, 'PUT', 'cart/lines', { headers, body: { productId: 'one-more', variantId: 'v', quantity: 0 } })).status, 200);
  });

  it('merges a guest cart into a customer\'s within 100 lines, keeping the rest in the guest cart for later', async () => {
    const site = await server.site();
    const variants = Array.from({ length: 100 }, (_, i) => ({ id: `v${i}`, price: { amount: 100, currency: 'EUR' } }));
    await call(site, 'PUT', 'products/many', { headers: seller(site), body: { title: 'Many', variants } });
    await call(site, 'PUT', 'products/one-more', { headers: seller(site), body: { title: 'One more', variants: [{ id: 'v', price: { amount: 100, currency: 'EUR' } }] } });
    const user = await userToken(site.secret, { sub: 'eve', name: 'Eve' });
    const phone = { 'X-Visitor-Token': await visitor(site), 'X-User-Token': user };
    for (let i = 0; i < 99; i++) await call(site, 'PUT', 'cart/lines', { headers: phone, body: { productId: 'many', variantId: `v${i}`, quantity: 1 } });
    const guest = { 'X-Visitor-Token': await visitor(site) };
    for (const body of [{ productId: 'many', variantId: 'v0', quantity: 2 }, { productId: 'many', variantId: 'v99', quantity: 1 }, { productId: 'one-more', variantId: 'v', quantity: 1 }]) {
      await call(site, 'PUT', 'cart/lines', { headers: guest, body });
    }
    const laptop = { ...guest, 'X-User-Token': user };
    const merged = (await call(site, 'GET', 'cart', { headers: laptop })).body.lines;
    assert.equal(merged.length, 100);
    assert.deepEqual([merged[0], merged[99]], [{ productId: 'many', variantId: 'v0', quantity: 3 }, { productId: 'many', variantId: 'v99', quantity: 1 }]);
    assert.deepEqual((await call(site, 'GET', 'cart', { headers: guest })).body.lines, [{ productId: 'one-more', variantId: 'v', quantity: 1 }]);
    // Room made, the line left behind joins.
    await call(site, 'PUT', 'cart/lines', { headers: laptop, body: { productId: 'many', variantId: 'v5', quantity: 0 } });
    const later = (await call(site, 'GET', 'cart', { headers: laptop })).body.lines;
    assert.deepEqual([later.length, later[99]], [100, { productId: 'one-more', variantId: 'v', quantity: 1 }]);
  });
});
