import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { call, seller, visitor } from './helpers/client.js';
import { startTestServer, type TestServer, type TestSite } from './helpers/server.js';

/** GET /insights: the median time to the shop's first answer, over the last 30 days. */
let server: TestServer & { close(): Promise<void> };
before(async () => (server = await startTestServer()));
after(() => server.close());

/** A review written `askedDaysAgo` days ago that the shop first answered `hours` later (and again later, which does not count). */
async function answeredReview(site: TestSite, askedDaysAgo: number, hours: number | undefined) {
  const { body: review } = await call(site, 'POST', `products/p-${askedDaysAgo}-${hours}/reviews`, { headers: { 'X-Visitor-Token': await visitor(site) }, body: { rating: 4, text: 'Fine', author: 'Kim' } });
  const db = server.services.db;
  await db.query(`UPDATE reviews SET created_at = now() - make_interval(days => $3) WHERE site_id = $1 AND id = $2`, [site.id, review.id, askedDaysAgo]);
  if (hours === undefined) return;
  for (const later of [hours, hours + 5]) {
    const { body: reply } = await call(site, 'POST', `reviews/${review.id}/seller-replies`, { headers: seller(site), body: { text: 'Thanks', author: 'Mila' } });
    await db.query(
      `UPDATE review_replies SET created_at = (SELECT created_at FROM reviews WHERE site_id = $1 AND id = $2) + make_interval(hours => $4) WHERE site_id = $1 AND id = $3`,
      [site.id, review.id, reply.id, later],
    );
  }
}

describe('insights', () => {
  it('gives the median time to the first answer over first answers of the last 30 days', async () => {
    const site = await server.site();
    await answeredReview(site, 3, 2);
    await answeredReview(site, 3, 4);
    await answeredReview(site, 10, 9);
    await answeredReview(site, 40, 1); // answered 40 days ago: outside the window
    await answeredReview(site, 1, undefined); // not answered yet
    const { status, body } = await call(site, 'GET', 'insights', { headers: seller(site) });
    assert.equal(status, 200);
    assert.deepEqual(body, { days: 30, firstAnswer: { medianSeconds: 4 * 3600, answered: 3 } });
  });

  it('says null without answers, and needs the insights scope', async () => {
    const site = await server.site();
    assert.deepEqual((await call(site, 'GET', 'insights', { headers: seller(site) })).body.firstAnswer, { medianSeconds: null, answered: 0 });
    const { body } = await call(site, 'POST', 'members', { headers: seller(site), body: { name: 'Ann', role: 'webcare', scopes: ['answer'] } });
    assert.equal((await call(site, 'GET', 'insights', { headers: { Authorization: `Bearer ${body.credential}` } })).status, 403);
  });
});
