import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, it } from 'node:test';
import { seedDemo } from '../../server/seed.js';
import { call } from './helpers/client.js';
import { startTestServer, type TestServer } from './helpers/server.js';

let server: TestServer & { close(): Promise<void> };
before(async () => (server = await startTestServer()));
after(() => server.close());

it('seeds the demo shop once and keeps visitors\' data on a second seed', async () => {
  await seedDemo(server.services.db, 'demo-secret-for-test');
  const demo = { id: 'demo', secret: 'demo-secret-for-test', base: `${server.url}/v1/sites/demo/` };
  const { body } = await call(demo, 'GET', 'products?limit=100');
  assert.deepEqual(body.products.map((p: any) => p.id).sort(), Array.from({ length: 12 }, (_, i) => `sku-${i + 1}`).sort());
  assert.ok(body.products.every((p: any) => p.images[0].startsWith('data:image/svg+xml,') && p.variants[0].price.currency === 'EUR'));
  // The catalog the demo gives LocalAdapter is the one the server serves (`npm run demo:catalog` renews it).
  const byId = (products: any[]) => [...products].sort((a, b) => a.id.localeCompare(b.id));
  assert.deepEqual(byId(JSON.parse(readFileSync('demo/catalog.json', 'utf8'))), byId(body.products));
  const reviews = (await call(demo, 'GET', 'products/sku-1/reviews')).body.reviews;
  assert.deepEqual(new Set(reviews.map((r: any) => r.locale)), new Set(['en', 'nl', 'fr', 'zh-CN']));
  // Photo reviews on show: painted PNGs, listed with their review and served like an upload.
  const withPhotos = (await call(demo, 'GET', 'products/sku-1/reviews?withPhotos=true')).body.reviews;
  assert.deepEqual(withPhotos.map((r: any) => [r.id, r.photos.length]).sort(), [['demo-r1', 3], ['demo-r3', 1]]);
  const photo = await fetch(`${demo.base}review-photos/${withPhotos.find((r: any) => r.id === 'demo-r3').photos[0].id}`);
  assert.equal(photo.headers.get('content-type'), 'image/png');
  const token = (await call(demo, 'POST', 'visitors')).body.token;
  await call(demo, 'PUT', 'likes/sku-1', { headers: { 'X-Visitor-Token': token } });
  await seedDemo(server.services.db, 'demo-secret-for-test');
  assert.equal((await call(demo, 'GET', 'likes?ids=sku-1')).body.likes['sku-1'].count, 1);
  assert.equal((await call(demo, 'GET', 'products/sku-1/reviews')).body.total, 4 + 36);
  assert.equal((await server.services.db.query<{ n: number }>("SELECT count(*)::int AS n FROM review_photos WHERE site_id = 'demo'"))[0]!.n, 6);
  // The ideas board: seeded once, its statuses signed by the webcare team, not signed again on a second seed.
  const board = (await call(demo, 'GET', 'boards/roadmap/ideas?sort=new')).body;
  assert.deepEqual(board.ideas.map((idea: any) => [idea.title, idea.status, idea.note?.by?.name]), [
    ['Click and collect', 'new', undefined],
    ['Linnen broek in dezelfde stof', 'planned', 'Carolien'],
    ['Gift wrapping', 'done', 'Carolien'],
  ]);
  const statuses = await server.services.db.query<{ n: number }>("SELECT count(*)::int AS n FROM idea_statuses WHERE site_id = 'demo'");
  assert.equal(statuses[0]!.n, 2);
});

it('makes the demo\'s team member anew at each start, the last credential revoked', async () => {
  const demo = { id: 'demo', secret: 'demo-secret-for-test', base: `${server.url}/v1/sites/demo/` };
  const me = async (credential: string) => call(demo, 'GET', 'members/me', { headers: { Authorization: `Bearer ${credential}` } });
  const first = await seedDemo(server.services.db, demo.secret);
  const { status, body } = await me(first.memberCredential);
  assert.equal(status, 200);
  assert.deepEqual([body.member.name, body.member.role, body.member.scopes], ['Carolien', 'webcare team', ['answer', 'moderate', 'catalog', 'insights', 'team', 'till']]);
  const second = await seedDemo(server.services.db, demo.secret);
  assert.equal((await me(first.memberCredential)).status, 401);
  assert.equal((await me(second.memberCredential)).status, 200);
  const members = (await call(demo, 'GET', 'members', { headers: { Authorization: `Bearer ${demo.secret}` } })).body.members;
  assert.deepEqual(members.map((member: { name: string }) => member.name), ['Carolien'], 'one current Carolien');
});

it('runs the demo\'s reward for a review: 10% off orders of 20 EUR or more, for 60 days, once however often it starts', async () => {
  const demo = { id: 'demo', secret: 'demo-secret-for-test', base: `${server.url}/v1/sites/demo/` };
  await seedDemo(server.services.db, demo.secret);
  await seedDemo(server.services.db, demo.secret);
  const { campaigns } = (await call(demo, 'GET', 'coupon-campaigns', { headers: { Authorization: `Bearer ${demo.secret}` } })).body;
  assert.deepEqual(campaigns.map((each: any) => [each.name, each.discount, each.minOrder, each.validDays, each.reward, each.endedAt]), [
    ['Thank you for your review', { kind: 'percent', percent: 10 }, { amount: 2000, currency: 'EUR' }, 60, 'review', null],
  ]);
  const headers = { 'X-Visitor-Token': (await call(demo, 'POST', 'visitors')).body.token };
  const review = (await call(demo, 'POST', 'products/sku-2/reviews', { headers, body: { rating: 5, text: 'Warm.', author: 'Ann' } })).body;
  const { coupons } = (await call(demo, 'GET', 'coupons/mine', { headers })).body;
  assert.deepEqual(coupons.map((coupon: any) => [coupon.campaign.name, coupon.reason, coupon.state]), [['Thank you for your review', { review: review.id }, 'valid']]);
});

it('seeds 90 days of activity once, the same on every machine, that the insights show', async () => {
  await seedDemo(server.services.db, 'demo-secret-for-test');
  const demo = { id: 'demo', secret: 'demo-secret-for-test', base: `${server.url}/v1/sites/demo/` };
  const headers = { Authorization: `Bearer ${demo.secret}` };
  const count = async () => (await server.services.db.query<{ n: number }>("SELECT count(*)::int AS n FROM activity_events WHERE site_id = 'demo' AND visitor LIKE 'gen-%'"))[0]!.n;
  const seeded = await count();
  await seedDemo(server.services.db, 'demo-secret-for-test');
  assert.equal(await count(), seeded);
  const days = (await call(demo, 'GET', 'insights/activity?interval=day', { headers })).body;
  const likes = days.series.find((series: any) => series.kind === 'like').points.map((point: any) => point.count);
  // Every day before today has activity; weekends are busier than Mondays.
  assert.ok(likes.slice(0, -1).every((n: number) => n > 0));
  const byWeekday = (weekday: number) => days.series.find((series: any) => series.kind === 'like').points.filter((point: any) => new Date(point.date).getUTCDay() === weekday && point.date !== days.to);
  const mean = (points: any[]) => points.reduce((sum, point) => sum + point.count, 0) / points.length;
  assert.ok(mean(byWeekday(6)) > mean(byWeekday(1)));
  const top = (await call(demo, 'GET', 'insights/products?metric=likes&limit=3', { headers })).body.products;
  assert.equal(top[0].productId, 'sku-1');
  assert.equal(top[0].name, 'Linen shirt');
  const steps = (await call(demo, 'GET', 'insights/funnel', { headers })).body.steps;
  assert.ok(steps.every((step: any, index: number) => index === 0 || (step.visitors > 0 && step.visitors < steps[index - 1].visitors)));
  const ratings = (await call(demo, 'GET', 'insights/ratings', { headers })).body.ratings.map((rating: any) => rating.count);
  assert.ok(ratings[4] > ratings[0]);
  assert.ok((await call(demo, 'GET', 'insights/networks', { headers })).body.networks.length >= 5);
  const poll = (await call(demo, 'GET', 'insights/votes', { headers })).body.polls[0];
  assert.equal(poll.pollId, 'poll-1');
  assert.ok(poll.options[0].votes > poll.options[2].votes);
});
