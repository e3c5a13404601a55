import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { openDb } from '../../server/db/open.js';
import { readSite } from '../../server/sites/sites.js';
import { call, seller, userToken, visitor } from './helpers/client.js';
import { testDatabase } from './helpers/database.js';
import { openEvents } from './helpers/events.js';
import { startTestServer, type TestServer, type TestSite } from './helpers/server.js';

let server: TestServer & { close(): Promise<void> };
before(async () => (server = await startTestServer()));
after(() => server.close());

async function review(site: TestSite, productId: string, rating: number) {
  const reply = await call(site, 'POST', `products/${productId}/reviews`, {
    headers: { 'X-Visitor-Token': await visitor(site) },
    body: { rating, text: `${rating} stars`, author: 'Guest' },
  });
  assert.equal(reply.status, 201, JSON.stringify(reply.body));
  return reply.body;
}

let customers = 0;
/** Reports from `times` signed-in customers, each a witness of their own (test/server/review-abuse.test.ts has addresses). */
async function report(site: TestSite, reviewId: string, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    const headers = { 'X-Visitor-Token': await visitor(site), 'X-User-Token': await userToken(site.secret, { sub: `c-${++customers}`, name: 'Cy' }) };
    assert.equal((await call(site, 'POST', `reviews/${reviewId}/reports`, { headers, body: { reason: 'spam' } })).status, 204);
  }
}

const queue = async (site: TestSite, query: string) => (await call(site, 'GET', `reviews?${query}`, { headers: seller(site) })).body;

describe('review moderation', () => {
  it('holds a new review on a moderated site until the seller publishes it', async () => {
    const site = await server.site({ moderateReviews: true });
    const created = await review(site, 'p', 4);
    assert.equal(created.status, 'pending');
    assert.equal((await call(site, 'GET', 'products/p/reviews')).body.total, 0);
    assert.equal((await call(site, 'GET', 'ratings?ids=p')).body.ratings.p.count, 0);

    const waiting = await queue(site, 'status=pending&reason=moderation');
    assert.equal(waiting.total, 1);
    assert.deepEqual(waiting.reviews.map((r: any) => [r.id, r.status, r.pendingReason, r.reports]), [[created.id, 'pending', 'moderation', 0]]);

    const stream = await openEvents(`${site.base}events?ratings=p`);
    try {
      const approved = await call(site, 'PATCH', `reviews/${created.id}`, { headers: seller(site), body: { status: 'published' } });
      assert.equal(approved.body.status, 'published');
      assert.equal(approved.body.pendingReason, undefined);
      assert.deepEqual((await stream.next()).data.summary, { average: 4, count: 1, histogram: [0, 0, 0, 1, 0] });
    } finally {
      stream.close();
    }
    assert.deepEqual((await call(site, 'GET', 'products/p/reviews')).body.reviews.map((r: any) => r.id), [created.id]);
    assert.equal((await queue(site, 'status=pending')).total, 0);
  });

  it('publishes at once on a site that does not moderate', async () => {
    const site = await server.site();
    assert.equal((await review(site, 'p', 5)).status, 'published');
    assert.equal((await call(site, 'GET', 'ratings?ids=p')).body.ratings.p.count, 1);
  });

  it('keeps reported reviews and reviews awaiting approval in separate queues', async () => {
    const site = await server.site({ moderateReviews: true });
    const waiting = await review(site, 'p', 5);
    const reported = await review(site, 'p', 1);
    await call(site, 'PATCH', `reviews/${reported.id}`, { headers: seller(site), body: { status: 'published' } });
    await report(site, reported.id, 2);
    assert.equal((await queue(site, 'status=published')).reviews[0].reports, 2);
    await report(site, reported.id, 1);

    const both = await queue(site, 'status=pending');
    assert.deepEqual(both.reviews.map((r: any) => [r.id, r.pendingReason, r.reports]), [[reported.id, 'reports', 3], [waiting.id, 'moderation', 0]]);
    const byReports = await queue(site, 'status=pending&reason=reports');
    assert.deepEqual([byReports.total, byReports.reviews.map((r: any) => r.id)], [1, [reported.id]]);
    const byModeration = await queue(site, 'status=pending&reason=moderation');
    assert.deepEqual([byModeration.total, byModeration.reviews.map((r: any) => r.id)], [1, [waiting.id]]);

    const hidden = await call(site, 'PATCH', `reviews/${reported.id}`, { headers: seller(site), body: { status: 'hidden' } });
    assert.deepEqual([hidden.body.status, hidden.body.reports, hidden.body.pendingReason], ['hidden', 0, undefined]);
    assert.equal((await queue(site, 'status=pending&reason=reports')).total, 0);
    assert.equal((await queue(site, 'status=pending&reason=bogus')).error?.code, 'invalid_request');
  });

  it('pages a queue with cursors', async () => {
    const site = await server.site({ moderateReviews: true });
    const ids = [];
    for (const rating of [1, 2, 3, 4, 5]) ids.push((await review(site, `p${rating}`, rating)).id);
    const first = await queue(site, 'status=pending&reason=moderation&limit=3');
    const second = await queue(site, `status=pending&reason=moderation&limit=3&cursor=${first.next}`);
    assert.deepEqual([...first.reviews, ...second.reviews].map((r: any) => r.id), ids.reverse());
    assert.equal(second.next, undefined);
  });
});

describe('npm run site -- ID --moderate', () => {
  it('turns moderation on and off and keeps the other settings', async () => {
    const database = await testDatabase({ onDisk: true });
    const env = { ...process.env, ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : { DATA_DIR: database.dataDir }) };
    const site = async (...args: string[]) => {
      const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'server/sites-cli.ts', 'shop', ...args], { env });
      const db = await openDb(database);
      try {
        return { stdout, site: await readSite(db, 'shop') };
      } finally {
        await db.close();
      }
    };
    try {
      const created = await site('--origin', 'https://shop.example', '--moderate');
      assert.match(created.stdout, /created site shop; review moderation on/);
      assert.deepEqual([created.site?.moderateReviews, created.site?.allowedOrigins], [true, ['https://shop.example']]);
      const kept = await site();
      assert.equal(kept.site?.moderateReviews, true);
      assert.equal(kept.site?.secret, created.site?.secret);
      const off = await site('--no-moderate');
      assert.deepEqual([off.site?.moderateReviews, off.site?.allowedOrigins], [false, ['https://shop.example']]);
    } finally {
      await database.drop();
    }
  });
});
