import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { call, seller, userToken, visitor } from './helpers/client.js';
import { startTestServer, type TestServer, type TestSite } from './helpers/server.js';

let server: TestServer & { close(): Promise<void> };
before(async () => (server = await startTestServer()));
after(() => server.close());

/** A shop selling a shirt in M and L and a bouquet; an owner whose default list holds the shirt in M and the bouquet, shared as "Anna". */
async function sharedList(customer?: string) {
  const site = await server.site();
  const variant = (id: string, size: string) => ({ id, options: { size }, price: { amount: 3000, currency: 'EUR' } });
  await call(site, 'PUT', 'products/shirt', { headers: seller(site), body: { title: 'Linen shirt', variants: [variant('shirt-m', 'M'), variant('shirt-l', 'L')] } });
  await call(site, 'PUT', 'products/tulips', { headers: seller(site), body: { title: 'Tulips', variants: [{ id: 'tulips-v', price: { amount: 2500, currency: 'EUR' } }] } });
  const owner = { 'X-Visitor-Token': await visitor(site), ...(customer && { 'X-User-Token': await userToken(site.secret, { sub: customer, name: 'Anna' }) }) };
  await call(site, 'PUT', 'wishes/shirt', { headers: owner, body: { variantId: 'shirt-m' } });
  await call(site, 'PUT', 'wishes/tulips', { headers: owner });
  const [list] = (await call(site, 'GET', 'wishlists', { headers: owner })).body.wishlists;
  const shared = (await call(site, 'POST', `wishlists/${list.id}/share`, { headers: owner, body: { ownerName: 'Anna' } })).body;
  return { site, owner, list, shareId: shared.shareId as string };
}

const friend = async (site: TestSite) => ({ 'X-Visitor-Token': await visitor(site) });

let keys = 0;
/** A gift order of one item from the shared list. */
const giftOrder = (site: TestSite, headers: Record<string, string>, shareId: string, extra: object = {}, productId = 'tulips', variantId = 'tulips-v') =>
  call(site, 'POST', 'orders', {
    headers: { ...headers, 'Idempotency-Key': `gift-key-${keys++}` },
    body: { lines: [{ productId, variantId, quantity: 1 }], giftFor: { shareId, ...extra } },
  });

describe('the gift loop', () => {
  it('keeps the variant a wish was made with, changes it on a new choice, and keeps it when none is sent', async () => {
    const { site, owner, shareId } = await sharedList();
    const variants = async () => (await call(site, 'GET', 'wishlists', { headers: owner })).body.wishlists[0].variants;
    assert.deepEqual(await variants(), { shirt: 'shirt-m' });
    await call(site, 'PUT', 'wishes/shirt', { headers: owner, body: { variantId: 'shirt-l' } });
    assert.deepEqual(await variants(), { shirt: 'shirt-l' });
    await call(site, 'PUT', 'wishes/shirt', { headers: owner });
    assert.deepEqual(await variants(), { shirt: 'shirt-l' });
    assert.deepEqual((await call(site, 'GET', `shared-wishlists/${shareId}`)).body.variants, { shirt: 'shirt-l' });
  });

  it('shows the name the owner chose on the shared list, or none', async () => {
    const { site, owner, list, shareId } = await sharedList();
    assert.equal((await call(site, 'GET', `shared-wishlists/${shareId}`)).body.ownerName, 'Anna');
    assert.equal((await call(site, 'GET', 'wishlists', { headers: owner })).body.wishlists[0].ownerName, 'Anna');
    // Sharing again without a name keeps it; an empty name clears it.
    assert.equal((await call(site, 'POST', `wishlists/${list.id}/share`, { headers: owner })).body.ownerName, 'Anna');
    await call(site, 'POST', `wishlists/${list.id}/share`, { headers: owner, body: { ownerName: '  ' } });
    assert.equal((await call(site, 'GET', `shared-wishlists/${shareId}`)).body.ownerName, '');
    assert.equal((await call(site, 'POST', `wishlists/${list.id}/share`, { headers: owner, body: { ownerName: 'x'.repeat(41) } })).status, 400);
  });

  it('marks an item bought for friends, never for the owner, and refuses a second gift unless meant', async () => {
    const { site, owner, shareId } = await sharedList();
    const [first, second] = [await friend(site), await friend(site)];
    const order = await giftOrder(site, first, shareId);
    assert.equal(order.status, 201);
    assert.equal(order.body.gift, true);
    assert.deepEqual(order.body.giftFor, { shareId, sendToOwner: false });
    assert.deepEqual((await call(site, 'GET', `shared-wishlists/${shareId}`, { headers: second })).body.bought, ['tulips']);
    assert.deepEqual((await call(site, 'GET', `shared-wishlists/${shareId}`)).body.bought, ['tulips']);
    // The owner's view keeps the surprise: on the shared link and on their own lists.
    assert.equal((await call(site, 'GET', `shared-wishlists/${shareId}`, { headers: owner })).body.bought, undefined);
    assert.equal((await call(site, 'GET', 'wishlists', { headers: owner })).body.wishlists[0].bought, undefined);
    const twice = await giftOrder(site, second, shareId);
    assert.equal(twice.status, 409);
    assert.equal(twice.body.error.code, 'already_bought');
    assert.equal((await giftOrder(site, second, shareId, { again: true })).status, 201);
  });

  it('records a gift once per idempotency key, and frees the mark when its order is cancelled', async () => {
    const { site, shareId } = await sharedList();
    const buyer = { ...(await friend(site)), 'Idempotency-Key': 'gift-once-0001' };
    const body = { lines: [{ productId: 'tulips', variantId: 'tulips-v', quantity: 1 }], giftFor: { shareId } };
    const order = await call(site, 'POST', 'orders', { headers: buyer, body });
    assert.deepEqual((await call(site, 'POST', 'orders', { headers: buyer, body })).body, order.body);
    const [{ n }] = await server.services.db.query<{ n: number }>('SELECT count(*)::int AS n FROM wishlist_gifts WHERE site_id = $1', [site.id]);
    assert.equal(n, 1);
    await call(site, 'PATCH', `orders/${order.body.id}`, { headers: seller(site), body: { status: 'cancelled' } });
    assert.deepEqual((await call(site, 'GET', `shared-wishlists/${shareId}`)).body.bought, []);
  });

  it('refuses a gift of something not on the list, or from a list not shared', async () => {
    const { site, shareId } = await sharedList();
    await call(site, 'PUT', 'products/mug', { headers: seller(site), body: { title: 'Mug', variants: [{ id: 'mug-v', price: { amount: 900, currency: 'EUR' } }] } });
    const buyer = await friend(site);
    assert.equal((await giftOrder(site, buyer, shareId, {}, 'mug', 'mug-v')).body.error.code, 'not_on_wishlist');
    assert.equal((await giftOrder(site, buyer, 'sh_nope')).status, 404);
  });

  it('sends a gift to the list\'s owner: the shop gets the owner\'s customer reference, the buyer never', async () => {
    const { site, list, shareId } = await sharedList('cust-42');
    const buyer = await friend(site);
    const order = await giftOrder(site, buyer, shareId, { sendToOwner: true }, 'shirt', 'shirt-m');
    assert.deepEqual(order.body.giftFor, { shareId, sendToOwner: true });
    assert.equal(order.body.recipient, undefined);
    const seen = await call(site, 'PATCH', `orders/${order.body.id}`, { headers: seller(site), body: { status: 'paid' } });
    assert.deepEqual(seen.body.recipient, { wishlistId: list.id, customerId: 'cust-42' });
    assert.equal(JSON.stringify(seen.body).includes('address'), false);
  });
});
