import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { seedReviews } from '../../server/seed-reviews.js';
import { call } from './helpers/client.js';
import { testDatabase } from './helpers/database.js';
import { startServer, startTestServer, type TestServer } from './helpers/server.js';

let server: TestServer & { close(): Promise<void> };
before(async () => (server = await startTestServer()));
after(() => server.close());

describe('seedReviews', () => {
  it('adds varied reviews in batches, once', async () => {
    const site = await server.site();
    const productId = 'p'.repeat(128);
    assert.equal(await seedReviews(server.services.db, { site: site.id, productId, count: 2500, batch: 1000 }), 2500);
    assert.equal(await seedReviews(server.services.db, { site: site.id, productId, count: 2500, batch: 1000 }), 0);

    const { ratings } = (await call(site, 'GET', `ratings?ids=${productId}`)).body;
    const { count, histogram } = ratings[productId];
    assert.equal(count, 2500);
    assert.ok(histogram.every((n: number) => n > 0) && histogram[4] > histogram[0], `histogram ${histogram}`);

    const newest = (await call(site, 'GET', `products/${productId}/reviews?limit=50`)).body;
    assert.equal(newest.total, 2500);
    assert.deepEqual(new Set(newest.reviews.map((r: any) => r.locale)), new Set(['en', 'nl', 'fr', 'zh-CN']));
    assert.ok(newest.reviews.every((r: any) => r.id.length <= 64 && r.text.length > 0));
    assert.ok(new Set(newest.reviews.map((r: any) => r.text.length)).size > 5, 'texts of many lengths');
    const dates = newest.reviews.map((r: any) => r.createdAt);
    assert.deepEqual(dates, [...dates].sort().reverse(), 'newer reviews have later dates');
    const replies = newest.reviews.flatMap((r: any) => r.replies);
    assert.ok(replies.some((r: any) => r.seller) && replies.some((r: any) => !r.seller));
    assert.ok(newest.reviews.every((r: any) => r.replies.every((reply: any) => reply.locale === r.locale)), 'replies written in their review\'s language');
    // Every page in order across seq 999 → 1000, which a text sort of seq would break.
    const walked = [];
    for (let cursor = ''; ; ) {
      const page = (await call(site, 'GET', `products/${productId}/reviews?limit=50${cursor && `&cursor=${cursor}`}`)).body;
      walked.push(...page.reviews.map((r: any) => r.createdAt));
      if (!page.next) break;
      cursor = page.next;
    }
    assert.equal(new Set(walked).size, 2500);
    assert.deepEqual(walked, [...walked].sort().reverse());
    const helpful = (await call(site, 'GET', `products/${productId}/reviews?sort=helpful&limit=3`)).body.reviews;
    assert.ok(helpful[0].helpful > 10);
  });
});

describe('npm run seed:reviews', () => {
  it('seeds a product of an existing site, and refuses an unknown site', async () => {
    const database = await testDatabase({ onDisk: true });
    const env = { ...process.env, ...(database.databaseUrl ? { DATABASE_URL: database.databaseUrl } : { DATA_DIR: database.dataDir }) };
    const run = (...args: string[]) => promisify(execFile)(process.execPath, ['--import', 'tsx', 'server/seed-reviews-cli.ts', ...args], { env });
    try {
      const setup = await startServer(database);
      const site = await setup.site();
      await setup.stop();
      assert.match((await run(site.id, 'sku-1', '--count', '30')).stdout, /^added 30 reviews of sku-1 on t-\w+ in \d+ ms/);
      await assert.rejects(run('nope', 'sku-1'), /no site nope/);
      await assert.rejects(run(site.id), /usage:/);
    } finally {
      await database.drop();
    }
  });
});
