import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { VOTES_PER_ADDRESS } from '../../server/limits/anonymous-votes.js';
import { call, seller, userToken, visitor } from './helpers/client.js';
import { startTestServer, type TestServer, type TestSite } from './helpers/server.js';

/**
 * Cheap identities against reviews. The server trusts X-Forwarded-For here so a test can
 * speak from many addresses; tokens are minted each from its own address, so a per-address
 * limit on minting never decides what these tests see.
 */
let server: TestServer & { close(): Promise<void> };
before(async () => (server = await startTestServer({ trustProxy: true })));
after(() => server.close());

const from = (address: string, token: string): Record<string, string> => ({ 'X-Forwarded-For': address, 'X-Visitor-Token': token });

let minted = 0;
/** A fresh visitor token, minted from an address no other token came from. */
async function freshToken(site: TestSite): Promise<string> {
  minted++;
  const { status, body } = await call<{ token: string }>(site, 'POST', 'visitors', { headers: { 'X-Forwarded-For': `198.51.${minted >> 8}.${minted & 255}` } });
  assert.equal(status, 201);
  return body.token;
}

async function review(site: TestSite, productId = 'p') {
  const reply = await call(site, 'POST', `products/${productId}/reviews`, { headers: { 'X-Visitor-Token': await visitor(site) }, body: { rating: 2, text: 'Meh', author: 'Guest' } });
  assert.equal(reply.status, 201, JSON.stringify(reply.body));
  return reply.body;
}

const report = async (site: TestSite, reviewId: string, headers: Record<string, string>, reason = 'spam') =>
  (await call(site, 'POST', `reviews/${reviewId}/reports`, { headers, body: { reason } })).status;
const shown = async (site: TestSite) => (await call(site, 'GET', 'products/p/reviews')).body.total;
const reportedQueue = async (site: TestSite) => (await call(site, 'GET', 'reviews?reported=true', { headers: seller(site) })).body;

describe('reports against cheap identities', () => {
  it('40 fresh visitor tokens from one address cannot take a review down', async () => {
    const site = await server.site();
    const target = await review(site);
    for (let i = 0; i < 40; i++) assert.equal(await report(site, target.id, from('203.0.113.7', await freshToken(site))), 204);
    assert.equal(await shown(site), 1);
    assert.equal((await call(site, 'GET', 'ratings?ids=p')).body.ratings.p.count, 1);
    const queue = await reportedQueue(site);
    assert.deepEqual(queue.reviews.map((r: any) => [r.id, r.status, r.reports]), [[target.id, 'published', 40]]);
  });

  it('counts one IPv6 /64 as one address', async () => {
    const site = await server.site();
    const target = await review(site);
    for (const address of ['2001:db8:1:2::1', '2001:db8:1:2:ffff::9', '2001:db8:1:2:0:0:0:3']) assert.equal(await report(site, target.id, from(address, await freshToken(site))), 204);
    assert.equal(await shown(site), 1);
  });

  it('holds a review reported from three addresses, or by three signed-in customers', async () => {
    const site = await server.site();
    const [byAddresses, byCustomers] = [await review(site), await review(site)];
    for (const address of ['203.0.113.1', '203.0.113.2']) await report(site, byAddresses.id, from(address, await freshToken(site)));
    assert.equal(await shown(site), 2);
    await report(site, byAddresses.id, from('203.0.113.3', await freshToken(site)));
    assert.equal(await shown(site), 1);
    for (const sub of ['c1', 'c2', 'c3']) {
      const user = await userToken(site.secret, { sub, name: sub });
      await report(site, byCustomers.id, { ...from('203.0.113.9', await freshToken(site)), 'X-User-Token': user });
    }
    assert.equal(await shown(site), 0);
    assert.equal((await call(site, 'GET', 'ratings?ids=p')).body.ratings.p.count, 0);
    const held = await call(site, 'GET', 'reviews?status=pending&reason=reports', { headers: seller(site) });
    assert.deepEqual(new Set(held.body.reviews.map((r: any) => r.id)), new Set([byAddresses.id, byCustomers.id]));
  });

  it('brings every report to the seller with its reason, held or not, until the seller decides', async () => {
    const site = await server.site();
    const target = await review(site);
    const quiet = await review(site, 'q');
    for (const reason of ['spam', 'offensive', 'spam']) await report(site, target.id, from('203.0.113.5', await freshToken(site)), reason);
    await report(site, target.id, from('203.0.113.6', await freshToken(site)), 'Wrong product: this is about the blue one');
    const queue = await reportedQueue(site);
    assert.equal(queue.total, 1);
    const [listed] = queue.reviews;
    assert.deepEqual([listed.id, listed.status, listed.reports], [target.id, 'published', 4]);
    // The most given reason first; among equals, the latest.
    assert.deepEqual(listed.reportReasons, [
      { reason: 'spam', count: 2 },
      { reason: 'Wrong product: this is about the blue one', count: 1 },
      { reason: 'offensive', count: 1 },
    ]);
    assert.ok(!queue.reviews.some((r: any) => r.id === quiet.id));

    const kept = await call(site, 'PATCH', `reviews/${target.id}`, { headers: seller(site), body: { status: 'published' } });
    assert.deepEqual([kept.body.reports, kept.body.reportReasons], [0, []]);
    assert.equal((await reportedQueue(site)).total, 0);
  });
});

describe('state of the review', () => {
  it('answers 404 to votes, unvotes, reports and replies on a review that is not published; the seller still sees it', async () => {
    const site = await server.site({ moderateReviews: true });
    const author = await visitor(site);
    const pending = (await call(site, 'POST', 'products/p/reviews', { headers: { 'X-Visitor-Token': author }, body: { rating: 5, text: 'Mine', author: 'Me' } })).body;
    const hidden = (await call(site, 'POST', 'products/h/reviews', { headers: { 'X-Visitor-Token': author }, body: { rating: 5, text: 'Mine', author: 'Me' } })).body;
    await call(site, 'PATCH', `reviews/${hidden.id}`, { headers: seller(site), body: { status: 'hidden' } });
    for (const id of [pending.id, hidden.id]) {
      for (const token of [author, await visitor(site)]) {
        const headers = { 'X-Visitor-Token': token };
        const answers = [
          await call(site, 'PUT', `reviews/${id}/helpful`, { headers }),
          await call(site, 'DELETE', `reviews/${id}/helpful`, { headers }),
          await call(site, 'POST', `reviews/${id}/reports`, { headers, body: { reason: 'spam' } }),
          await call(site, 'POST', `reviews/${id}/replies`, { headers, body: { text: 'hi', author: 'Jo' } }),
        ];
        assert.deepEqual(answers.map((answer) => [answer.status, answer.body?.error.code]), Array(4).fill([404, 'review_not_found']));
      }
    }
    const queue = await call(site, 'GET', 'reviews?status=pending', { headers: seller(site) });
    assert.deepEqual(queue.body.reviews.map((r: any) => [r.id, r.helpful, r.reports]), [[pending.id, 0, 0]]);
    assert.equal((await call(site, 'POST', `reviews/${pending.id}/seller-replies`, { headers: seller(site), body: { text: 'Thanks', author: 'Mia' } })).status, 201);
  });
});

describe('helpful votes against cheap identities', () => {
  it('40 fresh visitor tokens from one address add at most the anonymous allowance; customers and other addresses still count', async () => {
    const site = await server.site();
    const target = await review(site);
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) statuses.push((await call(site, 'PUT', `reviews/${target.id}/helpful`, { headers: from('203.0.113.9', await freshToken(site)) })).status);
    assert.deepEqual([statuses.filter((status) => status === 200).length, statuses.filter((status) => status === 429).length], [VOTES_PER_ADDRESS.burst, 40 - VOTES_PER_ADDRESS.burst]);
    const customer = { ...from('203.0.113.9', await freshToken(site)), 'X-User-Token': await userToken(site.secret, { sub: 'c1', name: 'C' }) };
    assert.equal((await call(site, 'PUT', `reviews/${target.id}/helpful`, { headers: customer })).status, 200);
    const elsewhere = await call<{ helpful: number }>(site, 'PUT', `reviews/${target.id}/helpful`, { headers: from('203.0.113.10', await freshToken(site)) });
    assert.equal(elsewhere.body.helpful, VOTES_PER_ADDRESS.burst + 2);
  });
});

describe('forged cursors', () => {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

  it('answers 400, never 500, to made-up cursors, numbers out of range included', async () => {
    const site = await server.site({ moderateReviews: true });
    const huge = '9'.repeat(30);
    const cursors = [
      { sort: 'newest', k: 0, s: huge },
      { sort: 'newest', k: 0, s: '9223372036854775808' },
      { sort: 'helpful', k: 2 ** 31, s: '1' },
      { sort: 'helpful', k: 1e300, s: '1' },
      { sort: 'highest', k: 40000, s: '1' },
      { sort: 'lowest', k: -1, s: '1' },
      { sort: 'lowest', k: 3, s: '-1' },
    ];
    for (const cursor of cursors) {
      const answer = await call(site, 'GET', `products/p/reviews?sort=${cursor.sort}&cursor=${encode(cursor)}`);
      assert.deepEqual([answer.status, answer.body.error?.code], [400, 'invalid_cursor'], JSON.stringify(cursor));
    }
    const queue = await call(site, 'GET', `reviews?cursor=${encode({ s: huge })}`, { headers: seller(site) });
    assert.deepEqual([queue.status, queue.body.error?.code], [400, 'invalid_cursor']);
  });
});
