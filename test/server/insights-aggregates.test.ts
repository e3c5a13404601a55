import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Sql } from '../../server/db/db.js';
import { call, seller, visitor } from './helpers/client.js';
import { startTestServer, type TestServer, type TestSite } from './helpers/server.js';

/** The seller's aggregates (GET insights/…) against a data set whose answers are known. */
let server: TestServer & { close(): Promise<void> };
let site: TestSite;

const DAY_MS = 86_400_000;
/** The Monday three weeks before this week's: every day of the data set is in the past. */
const monday = (() => {
  const today = Date.parse(new Date().toISOString().slice(0, 10));
  return today - ((new Date(today).getUTCDay() + 6) % 7) * DAY_MS - 21 * DAY_MS;
})();
/** Day `n` of the data set, `YYYY-MM-DD`: day 0 is a Monday. */
const day = (n: number): string => new Date(monday + n * DAY_MS).toISOString().slice(0, 10);

type Event = [day: number, kind: string, visitor: string, productId?: string | null, detail?: { network?: string; subject?: string; value?: number }];

/** Week 0 arrives in one statement (a bulk insert), week 1 an event at a time, as writes make them: the rollups must agree either way. */
const week0: Event[] = [
  [0, 'like', 'v1', 'p1'],
  [0, 'like', 'v2', 'p1'],
  [0, 'share', 'v1', 'p1', { network: 'whatsapp' }],
  [0, 'share', 'v2', 'p1', { network: 'x' }],
  [0, 'poll_vote', 'v1', null, { subject: 'poll-a' }],
  [1, 'like', 'v1', 'p2'],
  [1, 'unlike', 'v2', 'p1'],
  [1, 'wish', 'v1', 'p1'],
  [1, 'poll_vote', 'v2', null, { subject: 'poll-a' }],
  [2, 'wish', 'v2', 'p2'],
  [2, 'review', 'v1', 'p1', { value: 5 }],
  [2, 'review', 'v2', 'p1', { value: 4 }],
  [2, 'ask_vote', 'v3', 'p1', { subject: 'ask-1' }],
  [3, 'cart_add', 'v1', 'p1'],
  [3, 'cart_add', 'v2', 'p2'],
  [4, 'checkout', 'v1', null, { value: 5900 }],
];
const week1: Event[] = [
  [7, 'like', 'v3', 'p1'],
  [8, 'like', 'v1', 'p1'],
  [8, 'like', 'v4', 'p9'],
  [8, 'share', 'v3', 'p2', { network: 'whatsapp' }],
  [9, 'review', 'v3', 'p2', { value: 2 }],
  [9, 'poll_vote', 'v3', null, { subject: 'poll-b' }],
];

function insert(sql: Sql, events: readonly Event[]) {
  const column = <T>(pick: (event: Event) => T) => events.map(pick);
  return sql.query(
    `INSERT INTO activity_events (site_id, at, kind, visitor, product_id, network, subject, value)
     SELECT $1, d::date + time '12:00' AT TIME ZONE 'UTC', k, v, p, n, s, x
     FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::bigint[]) AS e (d, k, v, p, n, s, x)`,
    [
      site.id,
      column((e) => day(e[0])),
      column((e) => e[1]),
      column((e) => e[2]),
      column((e) => e[3] ?? null),
      column((e) => e[4]?.network ?? null),
      column((e) => e[4]?.subject ?? null),
      column((e) => e[4]?.value ?? null),
    ],
  );
}

before(async () => {
  server = await startTestServer();
  site = await server.site();
  const db = server.services.db;
  for (const [id, title] of [['p1', 'Shirt'], ['p2', 'Scarf']]) {
    await db.query(`INSERT INTO products (site_id, id, title, description, images, category) VALUES ($1, $2, $3, '', '[]', 'x')`, [site.id, id, title]);
  }
  await db.query(`INSERT INTO polls (site_id, id, kind, question, options) VALUES ($1, 'poll-a', 'poll', 'Which colour?', $2), ($1, 'poll-b', 'poll', 'Which size?', $3), ($1, 'ask-1', 'ask', '', $4)`, [
    site.id,
    JSON.stringify([{ id: 'red', label: 'Red' }, { id: 'blue', label: 'Blue' }]),
    JSON.stringify([{ id: 's', label: 'S' }, { id: 'gone', label: 'Old title', productId: 'p-gone' }]),
    JSON.stringify([{ id: 'p1', label: 'p1' }, { id: 'p9', label: 'p9' }]),
  ]);
  await db.query(`INSERT INTO poll_votes (site_id, poll_id, actor, option_id) VALUES ($1, 'poll-a', 'a', 'blue'), ($1, 'poll-a', 'b', 'blue'), ($1, 'poll-b', 'c', 's'), ($1, 'ask-1', 'd', 'p1')`, [site.id]);
  await insert(db, week0);
  for (const event of week1) await insert(db, [event]);
});
after(() => server.close());

const get = async (path: string) => {
  const { status, body } = await call(site, 'GET', `insights/${path}`, { headers: seller(site) });
  assert.equal(status, 200, JSON.stringify(body));
  return body;
};
const series = (body: { series: { kind: string; points: { date: string; count: number }[] }[] }, kind: string) => body.series.find((entry) => entry.kind === kind)!.points;

describe('insights aggregates', () => {
  it('counts each kind per day, zeros included, one series per kind', async () => {
    const body = await get(`activity?from=${day(0)}&to=${day(6)}`);
    assert.equal(body.interval, 'day');
    assert.equal(body.from, day(0));
    assert.equal(body.series.length, 14);
    assert.deepEqual(series(body, 'like'), [2, 1, 0, 0, 0, 0, 0].map((count, n) => ({ date: day(n), count })));
    assert.deepEqual(series(body, 'checkout').map((point) => point.count), [0, 0, 0, 0, 1, 0, 0]);
    assert.deepEqual(series(body, 'coupon_issued').map((point) => point.count), [0, 0, 0, 0, 0, 0, 0]);
  });

  it('counts per ISO week dated by its Monday, only the days in the range', async () => {
    assert.deepEqual(series(await get(`activity?from=${day(0)}&to=${day(13)}&interval=week`), 'like'), [{ date: day(0), count: 3 }, { date: day(7), count: 3 }]);
    assert.deepEqual(series(await get(`activity?from=${day(2)}&to=${day(7)}&interval=week`), 'like'), [{ date: day(0), count: 0 }, { date: day(7), count: 1 }]);
  });

  it('ranks products by likes, wishes and shares given, names them from the catalog', async () => {
    assert.deepEqual((await get(`products?from=${day(0)}&to=${day(13)}`)).products, [
      { productId: 'p1', name: 'Shirt', value: 4, count: 4 },
      { productId: 'p2', name: 'Scarf', value: 1, count: 1 },
      { productId: 'p9', name: null, value: 1, count: 1 },
    ]);
    assert.deepEqual((await get(`products?from=${day(0)}&to=${day(13)}&metric=likes&limit=1`)).products.map((p: { productId: string }) => p.productId), ['p1']);
    assert.deepEqual((await get(`products?from=${day(0)}&to=${day(13)}&metric=shares`)).products.map((p: { productId: string; value: number }) => [p.productId, p.value]), [['p1', 2], ['p2', 1]]);
    assert.deepEqual((await get(`products?from=${day(0)}&to=${day(6)}&metric=wishes`)).products.map((p: { productId: string; value: number }) => [p.productId, p.value]), [['p1', 1], ['p2', 1]]);
  });

  it('ranks products by their average stars, with the count of reviews', async () => {
    const body = await get(`products?from=${day(0)}&to=${day(13)}&metric=rating`);
    assert.equal(body.metric, 'rating');
    assert.deepEqual(body.products, [
      { productId: 'p1', name: 'Shirt', value: 4.5, count: 2 },
      { productId: 'p2', name: 'Scarf', value: 2, count: 1 },
    ]);
  });

  it('counts shares per network, most first, and reviews per star, always five', async () => {
    assert.deepEqual((await get(`networks?from=${day(0)}&to=${day(13)}`)).networks, [{ network: 'whatsapp', count: 2 }, { network: 'x', count: 1 }]);
    assert.deepEqual((await get(`ratings?from=${day(0)}&to=${day(13)}`)).ratings, [
      { stars: 1, count: 0 },
      { stars: 2, count: 1 },
      { stars: 3, count: 0 },
      { stars: 4, count: 1 },
      { stars: 5, count: 1 },
    ]);
    assert.deepEqual((await get(`ratings?from=${day(10)}&to=${day(13)}`)).ratings.map((r: { count: number }) => r.count), [0, 0, 0, 0, 0]);
  });

  it('narrows the funnel to the visitors who did every step before, with rates of the step before', async () => {
    assert.deepEqual((await get(`funnel?from=${day(0)}&to=${day(13)}`)).steps, [
      { step: 'like', visitors: 4, rate: null },
      { step: 'wish', visitors: 2, rate: 0.5 },
      { step: 'cart_add', visitors: 2, rate: 1 },
      { step: 'checkout', visitors: 1, rate: 0.5 },
    ]);
    // v1 liked on days 0 and 8: counted once, in either range.
    assert.deepEqual((await get(`funnel?from=${day(7)}&to=${day(13)}`)).steps, [
      { step: 'like', visitors: 3, rate: null },
      { step: 'wish', visitors: 0, rate: 0 },
      { step: 'cart_add', visitors: 0, rate: null },
      { step: 'checkout', visitors: 0, rate: null },
    ]);
  });

  it('gives polls and asks voted on in the range, most voted first, with their standing', async () => {
    assert.deepEqual(await get(`votes?from=${day(0)}&to=${day(13)}`), {
      polls: [
        { pollId: 'poll-a', question: 'Which colour?', closesAt: null, options: [{ label: 'Red', votes: 0 }, { label: 'Blue', votes: 2 }] },
        { pollId: 'poll-b', question: 'Which size?', closesAt: null, options: [{ label: 'S', votes: 1 }, { label: 'p-gone', votes: 0 }] },
      ],
      asks: [{ askId: 'ask-1', question: '', options: [{ label: 'Shirt', votes: 1 }, { label: 'p9', votes: 0 }] }],
    });
    assert.deepEqual((await get(`votes?from=${day(7)}&to=${day(13)}`)).polls.map((poll: { pollId: string }) => poll.pollId), ['poll-b']);
  });

  it('defaults to the last 30 days', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const body = await get('activity');
    assert.equal(body.to, today);
    assert.equal(body.from, new Date(Date.parse(today) - 29 * DAY_MS).toISOString().slice(0, 10));
    assert.equal(series(body, 'like').length, 30);
  });

  it('refuses bad ranges with 400', async () => {
    for (const query of [
      `from=${day(5)}&to=${day(4)}`,
      'from=2025-01-01&to=2026-02-05',
      'from=2026-02-30',
      'to=yesterday',
      'from=2026-1-1',
      'interval=month',
    ]) {
      const { status, body } = await call(site, 'GET', `insights/activity?${query}`, { headers: seller(site) });
      assert.equal(status, 400, query);
      assert.equal(body.error.code, 'invalid_request');
    }
    for (const query of ['limit=0', 'limit=51', 'metric=views']) assert.equal((await call(site, 'GET', `insights/products?${query}`, { headers: seller(site) })).status, 400, query);
    // 400 days is the most.
    assert.equal((await call(site, 'GET', `insights/activity?from=2026-01-01&to=2027-02-04`, { headers: seller(site) })).status, 200);
  });

  it('answers the insights scope alone: 401 without a credential, 403 with another scope', async () => {
    const { body: member } = await call(site, 'POST', 'members', { headers: seller(site), body: { name: 'Ann', role: 'webcare', scopes: ['answer'] } });
    const { body: analyst } = await call(site, 'POST', 'members', { headers: seller(site), body: { name: 'Bo', role: 'owner', scopes: ['insights'] } });
    const other = await server.site();
    for (const path of ['activity', 'products', 'networks', 'ratings', 'funnel', 'votes']) {
      assert.equal((await call(site, 'GET', `insights/${path}`)).status, 401, path);
      assert.equal((await call(site, 'GET', `insights/${path}`, { headers: { 'X-Visitor-Token': await visitor(site) } })).status, 401, path);
      assert.equal((await call(site, 'GET', `insights/${path}`, { headers: { Authorization: `Bearer ${member.credential}` } })).status, 403, path);
      assert.equal((await call(other, 'GET', `insights/${path}`, { headers: { Authorization: `Bearer ${analyst.credential}` } })).status, 401, path);
      assert.equal((await call(site, 'GET', `insights/${path}`, { headers: { Authorization: `Bearer ${analyst.credential}` } })).status, 200, path);
    }
  });
});
