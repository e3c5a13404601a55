import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { pruneActivity, pseudonym } from '../../server/data/activity.js';
import { readConfig } from '../../server/config.js';
import { call, seller, visitor } from './helpers/client.js';
import { startTestServer, type TestServer, type TestSite } from './helpers/server.js';

/** The events the server records of what shoppers do: exactly when a write changes something. */
let server: TestServer & { close(): Promise<void> };
before(async () => (server = await startTestServer()));
after(() => server.close());

interface Recorded {
  kind: string;
  product_id: string | null;
  network: string | null;
  subject: string | null;
  locale: string | null;
  visitor: string | null;
  value: string | null;
}

/** The site's events since the last call, oldest first, without the columns every test knows. */
function recorder(site: TestSite) {
  let seen = 0;
  return async (): Promise<Partial<Recorded>[]> => {
    const rows = await server.services.db.query<Recorded & { id: string }>(
      'SELECT id::text AS id, kind, product_id, network, subject, locale, visitor, value::text AS value FROM activity_events WHERE site_id = $1 AND id > $2 ORDER BY id',
      [site.id, seen],
    );
    if (rows.length) seen = Number(rows.at(-1)!.id);
    return rows.map(({ id: _, ...row }) => Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null)));
  };
}

/** A visitor whose browser speaks Dutch. */
async function shopperOn(site: TestSite) {
  const token = await visitor(site);
  const headers = { 'X-Visitor-Token': token, 'Accept-Language': 'nl-NL,nl;q=0.9,en;q=0.5' };
  const actor = `v:${token.split('.')[1]}`;
  return { headers, who: { visitor: pseudonym(site.id, actor), locale: 'nl-NL' } };
}

async function catalog(site: TestSite) {
  for (const [id, title, stock] of [['shirt', 'Linen shirt', 5], ['scarf', 'Wool scarf', 1]] as const) {
    const put = await call(site, 'PUT', `products/${id}`, { headers: seller(site), body: { title, variants: [{ id: 'v', price: { amount: 2500, currency: 'EUR' }, stock }] } });
    assert.equal(put.status < 300, true, JSON.stringify(put.body));
  }
}

describe('activity', () => {
  it('records a like and an unlike once each, under a pseudonym, in the browser\'s language', async () => {
    const site = await server.site();
    const events = recorder(site);
    const { headers, who } = await shopperOn(site);
    for (let i = 0; i < 2; i++) await call(site, 'PUT', 'likes/shirt', { headers });
    assert.deepEqual(await events(), [{ kind: 'like', product_id: 'shirt', ...who }]);
    assert.doesNotMatch(who.visitor, /^v:/);
    for (let i = 0; i < 2; i++) await call(site, 'DELETE', 'likes/shirt', { headers });
    assert.deepEqual(await events(), [{ kind: 'unlike', product_id: 'shirt', ...who }]);
    // No language, or not one: none recorded.
    const token = await visitor(site);
    for (const language of [undefined, '*', 'x'.repeat(40), 'not a tag']) {
      await call(site, 'PUT', 'likes/scarf', { headers: { 'X-Visitor-Token': token, ...(language ? { 'Accept-Language': language } : {}) } });
      await call(site, 'DELETE', 'likes/scarf', { headers: { 'X-Visitor-Token': token } });
    }
    assert.equal((await events()).filter((event) => event.locale).length, 0);
  });

  it('records wishes when a product enters the first list or leaves the last', async () => {
    const site = await server.site();
    const events = recorder(site);
    const { headers, who } = await shopperOn(site);
    const { body: list } = await call(site, 'POST', 'wishlists', { headers, body: { name: 'Gifts' } });
    await call(site, 'PUT', 'wishes/shirt', { headers });
    await call(site, 'PUT', 'wishes/shirt', { headers });
    await call(site, 'PUT', 'wishes/shirt', { headers, body: { listId: list.id } }); // on a second list: still one wish
    await call(site, 'PUT', 'wishes/scarf', { headers, body: { listId: list.id } });
    assert.deepEqual(await events(), [{ kind: 'wish', product_id: 'shirt', ...who }, { kind: 'wish', product_id: 'scarf', ...who }]);
    assert.equal((await call(site, 'DELETE', `wishlists/${list.id}`, { headers })).status, 204); // the shirt stays on the default list
    assert.deepEqual(await events(), [{ kind: 'unwish', product_id: 'scarf', ...who }]);
    await call(site, 'DELETE', 'wishes/shirt', { headers });
    await call(site, 'DELETE', 'wishes/shirt', { headers });
    assert.deepEqual(await events(), [{ kind: 'unwish', product_id: 'shirt', ...who }]);
  });

  it('records a share once per network', async () => {
    const site = await server.site();
    const events = recorder(site);
    const { headers, who } = await shopperOn(site);
    for (const network of ['whatsapp', 'whatsapp', 'x']) await call(site, 'POST', 'shares/shirt', { headers, body: { network } });
    assert.deepEqual(await events(), [
      { kind: 'share', product_id: 'shirt', network: 'whatsapp', ...who },
      { kind: 'share', product_id: 'shirt', network: 'x', ...who },
    ]);
  });

  it('records an ask once per Idempotency-Key, and each vote given or moved', async () => {
    const site = await server.site();
    await catalog(site);
    const events = recorder(site);
    const { headers, who } = await shopperOn(site);
    const create = () => call(site, 'POST', 'asks', { headers: { ...headers, 'Idempotency-Key': 'ask-key-0001' }, body: { productIds: ['shirt', 'scarf'] } });
    const { body: ask } = await create();
    assert.equal((await create()).body.id, ask.id);
    assert.deepEqual(await events(), [{ kind: 'ask', subject: ask.id, ...who }]);
    for (const optionId of ['scarf', 'scarf', 'shirt']) await call(site, 'PUT', `polls/${ask.id}/vote`, { headers, body: { optionId } });
    assert.deepEqual(await events(), [
      { kind: 'ask_vote', subject: ask.id, product_id: 'scarf', ...who },
      { kind: 'ask_vote', subject: ask.id, product_id: 'shirt', ...who },
    ]);
    const { body: poll } = await call(site, 'POST', 'polls', { headers: seller(site), body: { question: 'Which colour?', options: [{ label: 'Red' }, { productId: 'shirt' }] } });
    for (const option of poll.options) await call(site, 'PUT', `polls/${poll.id}/vote`, { headers, body: { optionId: option.id } });
    await call(site, 'PUT', `polls/${poll.id}/vote`, { headers, body: { optionId: 'nope' } }); // refused: nothing
    assert.deepEqual(await events(), [
      { kind: 'poll_vote', subject: poll.id, ...who },
      { kind: 'poll_vote', subject: poll.id, product_id: 'shirt', ...who },
    ]);
  });

  it('records a review with its stars and its own language, a question, once each', async () => {
    const site = await server.site();
    const events = recorder(site);
    const { headers, who } = await shopperOn(site);
    const review = () => call(site, 'POST', 'products/shirt/reviews', { headers: { ...headers, 'Idempotency-Key': 'review-key-01' }, body: { rating: 4, text: 'Fijn', author: 'Kim', locale: 'fr' } });
    assert.equal((await review()).status, 201);
    assert.equal((await review()).status, 201);
    assert.equal((await call(site, 'POST', 'products/shirt/reviews', { headers, body: { rating: 1, text: 'Again', author: 'Kim' } })).status, 409);
    assert.deepEqual(await events(), [{ kind: 'review', product_id: 'shirt', value: '4', ...who, locale: 'fr' }]);
    assert.equal((await call(site, 'POST', 'products/shirt/questions', { headers, body: { text: 'Does it shrink?', author: 'Kim' } })).status, 201);
    assert.deepEqual(await events(), [{ kind: 'question', product_id: 'shirt', ...who }]);
  });

  it('records adds to cart by how many more, and a checkout with its total, once per key', async () => {
    const site = await server.site();
    await catalog(site);
    const events = recorder(site);
    const { headers, who } = await shopperOn(site);
    for (const quantity of [2, 2, 1, 3, 9]) await call(site, 'PUT', 'cart/lines', { headers, body: { productId: 'shirt', variantId: 'v', quantity } });
    await call(site, 'PUT', 'cart/lines', { headers, body: { productId: 'scarf', variantId: 'v', quantity: 1 } });
    assert.deepEqual(await events(), [
      { kind: 'cart_add', product_id: 'shirt', value: '2', ...who },
      { kind: 'cart_add', product_id: 'shirt', value: '2', ...who },
      { kind: 'cart_add', product_id: 'scarf', value: '1', ...who },
    ]);
    const order = () => call(site, 'POST', 'orders', { headers: { ...headers, 'Idempotency-Key': 'order-key-01' }, body: {} });
    assert.equal((await order()).status, 201);
    assert.equal((await order()).status, 201);
    assert.deepEqual(await events(), [{ kind: 'checkout', value: String(4 * 2500), ...who }]);
    // A checkout refused (the scarf is sold out now) records nothing.
    await call(site, 'PUT', 'cart/lines', { headers, body: { productId: 'scarf', variantId: 'v', quantity: 1 } });
    assert.equal((await call(site, 'POST', 'orders', { headers: { ...headers, 'Idempotency-Key': 'order-key-02' }, body: { lines: [{ productId: 'scarf', variantId: 'v', quantity: 1 }] } })).status, 409);
    assert.deepEqual(await events(), []);
  });

  it('drops events and their rollup days past the retention age', async () => {
    const site = await server.site();
    const db = server.services.db;
    await db.query(
      `INSERT INTO activity_events (site_id, at, kind, visitor) VALUES ($1, now() - interval '402 days', 'like', 'a'), ($1, now() - interval '3 days', 'like', 'b')`,
      [site.id],
    );
    await pruneActivity(db, 400);
    const count = async (table: string) => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE site_id = $1`, [site.id]))[0]!.n;
    assert.deepEqual(
      await Promise.all(['activity_events', 'activity_days', 'activity_details', 'activity_visitor_days'].map(count)),
      [1, 1, 1, 1],
    );
    await pruneActivity(db, 2);
    assert.deepEqual(await Promise.all(['activity_events', 'activity_days', 'activity_details', 'activity_visitor_days'].map(count)), [0, 0, 0, 0]);
  });

  it('reads the retention age from ACTIVITY_RETENTION_DAYS, 400 by default', () => {
    assert.equal(readConfig({}, []).activityRetentionDays, 400);
    assert.equal(readConfig({ ACTIVITY_RETENTION_DAYS: '30' }, []).activityRetentionDays, 30);
    for (const wrong of ['0', '-1', '1.5', 'a year']) assert.throws(() => readConfig({ ACTIVITY_RETENTION_DAYS: wrong }, []), /ACTIVITY_RETENTION_DAYS/);
  });
});
