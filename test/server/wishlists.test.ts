import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { call, userToken, visitor } from './helpers/client.js';
import { openEvents } from './helpers/events.js';
import { startTestServer, type TestServer } from './helpers/server.js';

let server: TestServer & { close(): Promise<void> };
// Filling a cart or a customer's lists to their limits takes hundreds of writes from one visitor.
const unlimited = { burst: 10_000, perSecond: 10_000 };
before(async () => (server = await startTestServer({ perVisitor: unlimited, perAddress: unlimited })));
after(() => server.close());

describe('wish lists', () => {
  it('adds to the default list idempotently and counts people, not entries', async () => {
    const site = await server.site();
    const headers = { 'X-Visitor-Token': await visitor(site) };
    assert.deepEqual((await call(site, 'PUT', 'wishes/p', { headers })).body, { count: 1, inList: true });
    assert.deepEqual((await call(site, 'PUT', 'wishes/p', { headers })).body, { count: 1, inList: true });
    const list = (await call(site, 'POST', 'wishlists', { headers, body: { name: 'Birthday' } })).body;
    assert.deepEqual((await call(site, 'PUT', 'wishes/p', { headers, body: { listId: list.id } })).body, { count: 1, inList: true });
    assert.deepEqual((await call(site, 'PUT', 'wishes/p', { headers: { 'X-Visitor-Token': await visitor(site) } })).body, { count: 2, inList: true });
    // Off Birthday, still on the default list: still wished for.
    assert.deepEqual((await call(site, 'DELETE', `wishes/p?listId=${list.id}`, { headers })).body, { count: 2, inList: true });
    await call(site, 'PUT', 'wishes/p', { headers, body: { listId: list.id } });
    // Without a list: off every list, no longer wished for.
    assert.deepEqual((await call(site, 'DELETE', 'wishes/p', { headers })).body, { count: 1, inList: false });
    assert.deepEqual((await call(site, 'GET', 'wishlists', { headers })).body.wishlists.map((l: any) => l.productIds), [[], []]);
    const read = await call(site, 'GET', 'wishes?ids=p&ids=q', { headers });
    assert.deepEqual(read.body.wishes, { p: { count: 1, inList: false }, q: { count: 0, inList: false } });
  });

  it('lists a visitor\'s lists and shares one read-only', async () => {
    const site = await server.site();
    const headers = { 'X-Visitor-Token': await visitor(site) };
    await call(site, 'PUT', 'wishes/a', { headers });
    await call(site, 'PUT', 'wishes/b', { headers });
    const { wishlists } = (await call(site, 'GET', 'wishlists', { headers })).body;
    assert.deepEqual(wishlists.map((l: any) => [l.name, l.productIds]), [['', ['a', 'b']]]);
    const shared = (await call(site, 'POST', `wishlists/${wishlists[0].id}/share`, { headers })).body;
    assert.ok(shared.shareId);
    assert.equal((await call(site, 'POST', `wishlists/${wishlists[0].id}/share`, { headers })).body.shareId, shared.shareId);
    const friend = await call(site, 'GET', `shared-wishlists/${shared.shareId}`);
    assert.deepEqual(friend.body.productIds, ['a', 'b']);
    assert.equal((await call(site, 'GET', 'shared-wishlists/sh_nope')).status, 404);
  });

  it('keeps lists private to their owner and their site', async () => {
    const [site, other] = [await server.site(), await server.site()];
    const owner = { 'X-Visitor-Token': await visitor(site) };
    const list = (await call(site, 'POST', 'wishlists', { headers: owner, body: { name: 'Mine' } })).body;
    const stranger = { 'X-Visitor-Token': await visitor(site) };
    assert.equal((await call(site, 'PUT', 'wishes/p', { headers: stranger, body: { listId: list.id } })).body.error.code, 'wishlist_not_found');
    assert.equal((await call(site, 'POST', `wishlists/${list.id}/share`, { headers: stranger })).status, 404);
    const shared = (await call(site, 'POST', `wishlists/${list.id}/share`, { headers: owner })).body;
    assert.equal((await call(other, 'GET', `shared-wishlists/${shared.shareId}`)).status, 404);
  });

  it('refuses a nameless list and pushes wish counts live', async () => {
    const site = await server.site();
    const headers = { 'X-Visitor-Token': await visitor(site) };
    assert.equal((await call(site, 'POST', 'wishlists', { headers, body: { name: '' } })).status, 400);
    const stream = await openEvents(`${site.base}events?wishes=p`);
    try {
      await call(site, 'PUT', 'wishes/p', { headers });
      assert.deepEqual(await stream.next(), { event: 'wish', data: { productId: 'p', count: 1 } });
    } finally {
      stream.close();
    }
  });

  it('counts 20 visitors wishing at once exactly', async () => {
    const site = await server.site();
    const tokens = await Promise.all(Array.from({ length: 20 }, () => visitor(site)));
    await Promise.all(tokens.map((token) => call(site, 'PUT', 'wishes/hot', { headers: { 'X-Visitor-Token': token } })));
    assert.equal((await call(site, 'GET', 'wishes?ids=hot')).body.wishes.hot.count, 20);
  });
  it('deletes a named list, not the default one, and counts its products out', async () => {
    const site = await server.site();
    const headers = { 'X-Visitor-Token': await visitor(site) };
    const list = (await call(site, 'POST', 'wishlists', { headers, body: { name: 'Birthday' } })).body;
    await call(site, 'PUT', 'wishes/a', { headers, body: { listId: list.id } });
    await call(site, 'PUT', 'wishes/b', { headers, body: { listId: list.id } });
    await call(site, 'PUT', 'wishes/b', { headers });
    const shared = (await call(site, 'POST', `wishlists/${list.id}/share`, { headers })).body;
    assert.equal((await call(site, 'DELETE', `wishlists/${list.id}`, { headers: { 'X-Visitor-Token': await visitor(site) } })).status, 404);
    assert.equal((await call(site, 'DELETE', `wishlists/${list.id}`, { headers })).status, 204);
    assert.deepEqual((await call(site, 'GET', 'wishes?ids=a&ids=b', { headers })).body.wishes, { a: { count: 0, inList: false }, b: { count: 1, inList: true } });
    assert.equal((await call(site, 'GET', `shared-wishlists/${shared.shareId}`)).status, 404);
    const [own] = (await call(site, 'GET', 'wishlists', { headers })).body.wishlists;
    assert.equal((await call(site, 'DELETE', `wishlists/${own.id}`, { headers })).body.error.code, 'default_wishlist');
  });

  it('merges a guest\'s lists into the customer\'s when they sign in, losing nothing and counting people once', async () => {
    const site = await server.site();
    const customer = await userToken(site.secret, { sub: 'c-1', name: 'Chris' });
    // Chris wished for a and b on another device, signed in.
    const phone = { 'X-Visitor-Token': await visitor(site), 'X-User-Token': customer };
    await call(site, 'PUT', 'wishes/a', { headers: phone });
    await call(site, 'PUT', 'wishes/b', { headers: phone });
    const phoneBirthday = (await call(site, 'POST', 'wishlists', { headers: phone, body: { name: 'Birthday' } })).body;
    await call(site, 'PUT', 'wishes/x', { headers: phone, body: { listId: phoneBirthday.id } });
    // On this laptop, as a guest: b and c on the default list, d on Birthday, e on Garden (shared with friends).
    const guest = { 'X-Visitor-Token': await visitor(site) };
    for (const id of ['b', 'c']) await call(site, 'PUT', `wishes/${id}`, { headers: guest });
    const birthday = (await call(site, 'POST', 'wishlists', { headers: guest, body: { name: 'Birthday' } })).body;
    await call(site, 'PUT', 'wishes/d', { headers: guest, body: { listId: birthday.id } });
    const garden = (await call(site, 'POST', 'wishlists', { headers: guest, body: { name: 'Garden' } })).body;
    await call(site, 'PUT', 'wishes/e', { headers: guest, body: { listId: garden.id } });
    const gardenLink = (await call(site, 'POST', `wishlists/${garden.id}/share`, { headers: guest })).body.shareId;
    const birthdayLink = (await call(site, 'POST', `wishlists/${birthday.id}/share`, { headers: guest })).body.shareId;
    assert.equal((await call(site, 'GET', 'wishes?ids=b', { headers: guest })).body.wishes.b.count, 2);

    const signedIn = { ...guest, 'X-User-Token': customer };
    assert.equal((await call(site, 'POST', 'wishlists/merge', { headers: guest })).body.error.code, 'user_token_required');
    const merged = (await call(site, 'POST', 'wishlists/merge', { headers: signedIn })).body.wishlists;
    assert.deepEqual(
      merged.map((l: any) => [l.name, l.productIds]),
      [['', ['a', 'b', 'c']], ['Birthday', ['x', 'd']], ['Garden', ['e']]],
    );
    // The friends' links still open the lists; b is wished for by one person, Chris.
    assert.deepEqual((await call(site, 'GET', `shared-wishlists/${gardenLink}`)).body.productIds, ['e']);
    assert.deepEqual((await call(site, 'GET', `shared-wishlists/${birthdayLink}`)).body.productIds, ['x', 'd']);
    const counts = (await call(site, 'GET', 'wishes?ids=a&ids=b&ids=c&ids=d&ids=e', { headers: signedIn })).body.wishes;
    assert.deepEqual(Object.values(counts), Array(5).fill({ count: 1, inList: true }));
    // Again: nothing changes.
    assert.deepEqual((await call(site, 'POST', 'wishlists/merge', { headers: signedIn })).body.wishlists, merged);
    assert.equal((await call(site, 'GET', 'wishes?ids=b', { headers: signedIn })).body.wishes.b.count, 1);
  });

  it('merges within the customer\'s limits, keeps what it can, and says what it left with the guest', async () => {
    const site = await server.site();
    const customer = { 'X-Visitor-Token': await visitor(site), 'X-User-Token': await userToken(site.secret, { sub: 'c-2', name: 'Dana' }) };
    // Dana has 50 lists (the most a visitor has), the default one holding 499 products, one short of full.
    for (let i = 0; i < 499; i++) await call(site, 'PUT', `wishes/p${i}`, { headers: customer });
    const named: { id: string }[] = [];
    for (let i = 0; i < 49; i++) named.push((await call(site, 'POST', 'wishlists', { headers: customer, body: { name: `List ${i}` } })).body);
    assert.equal((await call(site, 'POST', 'wishlists', { headers: customer, body: { name: 'One more' } })).body.error.code, 'too_many_wishlists');
    // As a guest: p0 (Dana has it), b and c on the default list, x on "List 0", d on a new "Birthday".
    const guest = { 'X-Visitor-Token': await visitor(site) };
    for (const id of ['p0', 'b', 'c']) await call(site, 'PUT', `wishes/${id}`, { headers: guest });
    const list0 = (await call(site, 'POST', 'wishlists', { headers: guest, body: { name: 'List 0' } })).body;
    await call(site, 'PUT', 'wishes/x', { headers: guest, body: { listId: list0.id } });
    const birthday = (await call(site, 'POST', 'wishlists', { headers: guest, body: { name: 'Birthday' } })).body;
    await call(site, 'PUT', 'wishes/d', { headers: guest, body: { listId: birthday.id } });

    const signedIn = { ...guest, 'X-User-Token': customer['X-User-Token'] };
    const merged = await call(site, 'POST', 'wishlists/merge', { headers: signedIn });
    assert.equal(merged.status, 200, JSON.stringify(merged.body));
    assert.equal(merged.body.wishlists.length, 50);
    assert.deepEqual(merged.body.wishlists[0].productIds.slice(-2), ['p498', 'b']);
    assert.equal(merged.body.wishlists[0].productIds.length, 500);
    assert.deepEqual(merged.body.wishlists.find((l: any) => l.id === named[0].id).productIds, ['x']);
    assert.deepEqual(merged.body.skipped, [{ name: '', productIds: ['c'] }, { name: 'Birthday', productIds: ['d'] }]);
    // The full default list takes again what it holds (an idempotent PUT), and nothing new.
    assert.deepEqual((await call(site, 'PUT', 'wishes/b', { headers: customer })).body, { count: 1, inList: true });
    assert.equal((await call(site, 'PUT', 'wishes/new', { headers: customer })).body.error.code, 'wishlist_full');
    // What did not fit stays the guest's, and every product still counts the people wishing for it.
    const left = (await call(site, 'GET', 'wishlists', { headers: guest })).body.wishlists;
    assert.deepEqual(left.map((l: any) => [l.name, l.productIds]), [['', ['c']], ['Birthday', ['d']]]);
    const counts = (await call(site, 'GET', 'wishes?ids=p0&ids=b&ids=c&ids=d&ids=x')).body.wishes;
    assert.deepEqual(Object.values(counts).map((w: any) => w.count), [1, 1, 1, 1, 1]);
    // Again: nothing moves, the same is left.
    const again = await call(site, 'POST', 'wishlists/merge', { headers: signedIn });
    assert.deepEqual(again.body, merged.body);
  });
});

describe('shares', () => {
  it('counts once per visitor and network, per network', async () => {
    const site = await server.site();
    const headers = { 'X-Visitor-Token': await visitor(site) };
    await call(site, 'POST', 'shares/p', { headers, body: { network: 'whatsapp' } });
    await call(site, 'POST', 'shares/p', { headers, body: { network: 'whatsapp' } });
    const last = await call(site, 'POST', 'shares/p', { headers, body: { network: 'x' } });
    assert.deepEqual(last.body, { count: 2, networks: { whatsapp: 1, x: 1 } });
    const read = await call(site, 'GET', 'shares?ids=p&ids=q');
    assert.deepEqual(read.body.shares, { p: { count: 2, networks: { whatsapp: 1, x: 1 } }, q: { count: 0, networks: {} } });
    const bad = await call(site, 'POST', 'shares/p', { headers, body: { network: 'myspace' } });
    assert.equal(bad.status, 400);
    assert.match(bad.body.error.message, /^body\.network/);
  });

});
