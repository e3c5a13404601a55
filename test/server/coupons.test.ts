import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { call, seller, userToken, visitor } from './helpers/client.js';
import { startTestServer, type TestServer, type TestSite } from './helpers/server.js';
import { member } from './helpers/team.js';

let server: TestServer & { close(): Promise<void> };
before(async () => (server = await startTestServer()));
after(() => server.close());

const EUR = (amount: number) => ({ amount, currency: 'EUR' });
const PRINTED = /^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/;

/** A site with a 20 EUR tee (plenty in stock) and a 5 USD sticker. */
async function shop(options: { moderateReviews?: boolean } = {}): Promise<TestSite> {
  const site = await server.site(options);
  for (const [id, price] of [['tee', EUR(2000)], ['sticker', { amount: 500, currency: 'USD' }]] as const) {
    const put = await call(site, 'PUT', `products/${id}`, { headers: seller(site), body: { title: id, variants: [{ id: `${id}-v`, price, stock: 1000 }] } });
    assert.equal(put.status, 200, JSON.stringify(put.body));
  }
  return site;
}

async function campaign(site: TestSite, draft: Record<string, unknown>): Promise<any> {
  const reply = await call(site, 'POST', 'coupon-campaigns', { headers: seller(site), body: { name: 'Spring', discount: { kind: 'amount', amount: EUR(500) }, ...draft } });
  assert.equal(reply.status, 201, JSON.stringify(reply.body));
  return reply.body;
}

async function issue(site: TestSite, campaignId: string, body?: { userId: string }): Promise<any> {
  const reply = await call(site, 'POST', `coupon-campaigns/${campaignId}/coupons`, { headers: seller(site), body });
  assert.equal(reply.status, 201, JSON.stringify(reply.body));
  return reply.body;
}

let orders = 0;
/** A new visitor buys `quantity` tees now (buy now, no cart) with `couponCode`. */
async function buy(site: TestSite, couponCode: string | undefined, options: { quantity?: number; productId?: string; headers?: Record<string, string> } = {}) {
  const headers = options.headers ?? { 'X-Visitor-Token': await visitor(site) };
  const productId = options.productId ?? 'tee';
  return call(site, 'POST', 'orders', {
    headers: { ...headers, 'Idempotency-Key': `order-${++orders}-key` },
    body: { lines: [{ productId, variantId: `${productId}-v`, quantity: options.quantity ?? 1 }], ...(couponCode === undefined ? {} : { couponCode }) },
  });
}

const activity = (site: TestSite, kind: string) =>
  server.services.db.query<{ value: string | number | null; visitor: string | null }>('SELECT value, visitor FROM activity_events WHERE site_id = $1 AND kind = $2 ORDER BY id', [site.id, kind]);

describe('coupon campaigns', () => {
  it('creates once per Idempotency-Key, lists with counts, allows one running reward campaign, ends', async () => {
    const site = await shop();
    const draft = { name: 'Spring', discount: { kind: 'percent', percent: 15 }, minOrder: EUR(3000), validDays: 30, oncePer: 'customer' };
    const headers = { ...seller(site), 'Idempotency-Key': 'campaign-0001' };
    const [first, again] = [await call(site, 'POST', 'coupon-campaigns', { headers, body: draft }), await call(site, 'POST', 'coupon-campaigns', { headers, body: draft })];
    assert.equal(first.status, 201);
    assert.deepEqual(again.body, first.body);
    assert.deepEqual({ ...first.body, id: undefined, createdAt: undefined }, {
      ...draft, id: undefined, createdAt: undefined, expiresAt: null, reward: null, endedAt: null, issued: 0, redeemed: 0,
    });
    await issue(site, first.body.id);
    const { code } = await issue(site, first.body.id);
    assert.equal((await buy(site, code, { quantity: 2 })).status, 201);
    const listed = await call(site, 'GET', 'coupon-campaigns', { headers: seller(site) });
    assert.deepEqual(listed.body.campaigns.map((each: any) => [each.id, each.issued, each.redeemed]), [[first.body.id, 2, 1]]);

    const reward = await campaign(site, { name: 'Thanks', reward: 'review' });
    const second = await call(site, 'POST', 'coupon-campaigns', { headers: seller(site), body: { name: 'More thanks', discount: { kind: 'percent', percent: 5 }, reward: 'verified_review' } });
    assert.equal(second.body.error.code, 'reward_campaign_exists');
    const ended = await call(site, 'POST', `coupon-campaigns/${reward.id}/end`, { headers: seller(site) });
    assert.equal(ended.status, 200);
    assert.ok(ended.body.endedAt);
    assert.equal((await call(site, 'POST', `coupon-campaigns/${reward.id}/end`, { headers: seller(site) })).body.endedAt, ended.body.endedAt);
    await campaign(site, { name: 'New thanks', reward: 'review' });
    assert.equal((await call(site, 'POST', `coupon-campaigns/${reward.id}/coupons`, { headers: seller(site) })).body.error.code, 'campaign_ended');
    assert.equal((await call(site, 'POST', 'coupon-campaigns/cc_nope/end', { headers: seller(site) })).status, 404);
  });

  it('needs the catalog scope, and refuses visitors', async () => {
    const site = await shop();
    const body = { name: 'X', discount: { kind: 'percent', percent: 10 } };
    assert.equal((await call(site, 'POST', 'coupon-campaigns', { body, headers: { 'X-Visitor-Token': await visitor(site) } })).status, 401);
    assert.equal((await call(site, 'POST', 'coupon-campaigns', { body, headers: (await member(server, site, ['till'])).headers })).status, 403);
    const catalog = (await member(server, site, ['catalog'])).headers;
    const made = await call(site, 'POST', 'coupon-campaigns', { body, headers: { ...catalog, 'Idempotency-Key': 'member-key-1' } });
    assert.equal(made.status, 201);
    assert.deepEqual((await call(site, 'POST', 'coupon-campaigns', { body, headers: { ...catalog, 'Idempotency-Key': 'member-key-1' } })).body, made.body);
    assert.equal((await call(site, 'GET', 'coupon-campaigns', { headers: catalog })).body.campaigns.length, 1);
  });
});

describe('the shop\'s creates take an Idempotency-Key, its own apart from each member\'s', () => {
  const count = async (site: TestSite, table: string) => (await server.services.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE site_id = $1`, [site.id]))[0]!.n;

  it('creates a campaign, and a coupon, once when 10 copies with one key arrive together', async () => {
    const site = await shop();
    const body = { name: 'Spring', discount: { kind: 'percent', percent: 10 } };
    const headers = { ...seller(site), 'Idempotency-Key': 'double-click-1' };
    const made = await Promise.all(Array.from({ length: 10 }, () => call(site, 'POST', 'coupon-campaigns', { headers, body })));
    assert.ok(made.every((reply) => reply.status === 201), JSON.stringify(made.map((reply) => [reply.status, reply.body.error])));
    assert.equal(new Set(made.map((reply) => reply.body.id)).size, 1);
    assert.equal(await count(site, 'coupon_campaigns'), 1);
    const path = `coupon-campaigns/${made[0]!.body.id}/coupons`;
    const again = { ...seller(site), 'Idempotency-Key': 'double-click-2' };
    const issued = await Promise.all(Array.from({ length: 10 }, () => call(site, 'POST', path, { headers: again, body: { userId: 'c-1' } })));
    assert.ok(issued.every((reply) => reply.status === 201));
    assert.equal(new Set(issued.map((reply) => reply.body.code)).size, 1);
    assert.equal(await count(site, 'coupons'), 1);
    const reused = await call(site, 'POST', path, { headers: again, body: { userId: 'c-2' } });
    assert.equal(reused.body.error.code, 'idempotency_key_reused');
  });

  it('keeps the secret key\'s keys and each member\'s apart', async () => {
    const site = await shop();
    const body = { name: 'Spring', discount: { kind: 'percent', percent: 10 } };
    const [ann, bob] = [(await member(server, site, ['catalog'])).headers, (await member(server, site, ['catalog'])).headers];
    for (const headers of [seller(site), ann, bob]) assert.equal((await call(site, 'POST', 'coupon-campaigns', { headers: { ...headers, 'Idempotency-Key': 'same-key-01' }, body })).status, 201);
    assert.equal(await count(site, 'coupon_campaigns'), 3);
  });
});

describe('coupons', () => {
  it('issues readable unique codes, to a customer or to hand out; checks them in any spelling', async () => {
    const site = await shop();
    const { id } = await campaign(site, { minOrder: EUR(1000), expiresAt: '2999-01-01T00:00:00Z' });
    const mine = await issue(site, id, { userId: 'c-7' });
    const handout = await issue(site, id);
    assert.match(mine.code, PRINTED);
    assert.notEqual(mine.code, handout.code);
    assert.deepEqual(mine, {
      code: mine.code, campaign: { id, name: 'Spring' }, discount: { kind: 'amount', amount: EUR(500) }, minOrder: EUR(1000),
      expiresAt: '2999-01-01T00:00:00.000Z', redeemedAt: null, state: 'valid', reason: null,
    });
    const customer = { 'X-Visitor-Token': await visitor(site), 'X-User-Token': await userToken(site.secret, { sub: 'c-7', name: 'Cee' }) };
    assert.deepEqual((await call(site, 'GET', 'coupons/mine', { headers: customer })).body, { coupons: [mine] });
    assert.deepEqual((await call(site, 'GET', 'coupons/mine', { headers: { 'X-Visitor-Token': await visitor(site) } })).body, { coupons: [] });
    assert.equal((await call(site, 'GET', 'coupons/mine')).status, 401);
    const typed = mine.code.replaceAll('-', ' ').toLowerCase();
    assert.deepEqual((await call(site, 'GET', `coupons/${encodeURIComponent(typed)}`)).body, mine);
    assert.equal((await call(site, 'GET', 'coupons/ABCD-EFGH-JKMN')).body.error.code, 'coupon_not_found');
    assert.equal((await call(site, 'GET', 'coupons/not-a-code')).body.error.code, 'coupon_not_found');
    const other = await shop();
    assert.equal((await call(other, 'GET', `coupons/${mine.code}`)).status, 404);
  });

  it('discounts an order at checkout once: amount, percentage, minimum, currency, refusals', async () => {
    const site = await shop();
    const amount = await campaign(site, { minOrder: EUR(3000) });
    const code = (await issue(site, amount.id)).code;
    const low = await buy(site, code);
    assert.equal(low.status, 422);
    assert.deepEqual(low.body.error, { code: 'coupon_min_order', message: 'This coupon applies to orders of €30.00 or more.' });
    const order = await buy(site, code, { quantity: 2 });
    assert.equal(order.status, 201);
    assert.deepEqual([order.body.total, order.body.discount, order.body.couponCode], [EUR(3500), EUR(500), code]);
    const again = await buy(site, code, { quantity: 2 });
    assert.equal(again.status, 409);
    assert.equal(again.body.error.code, 'coupon_redeemed');
    assert.match(again.body.error.message, /already redeemed, on \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
    assert.equal((await call(site, 'GET', `coupons/${code}`)).body.state, 'redeemed');

    const percent = await campaign(site, { discount: { kind: 'percent', percent: 15 } });
    const third = await buy(site, (await issue(site, percent.id)).code, { quantity: 3 });
    assert.deepEqual([third.body.total, third.body.discount], [EUR(5100), EUR(900)]);
    const usd = await buy(site, (await issue(site, amount.id)).code, { productId: 'sticker', quantity: 10 });
    assert.equal(usd.body.error.code, 'coupon_currency');
    const big = await campaign(site, { discount: { kind: 'amount', amount: EUR(100_000) } });
    assert.deepEqual((await buy(site, (await issue(site, big.id)).code)).body.total, EUR(0));
    assert.equal((await buy(site, 'ZZZZ-ZZZZ-ZZZZ')).body.error.code, 'coupon_not_found');
    assert.equal((await call(site, 'GET', 'products/tee')).body.variants[0].stock, 1000 - 2 - 3 - 1);
    // Recorded with what they took off, in minor units (an issue's amount, unknown for a percentage).
    assert.deepEqual((await activity(site, 'coupon_redeemed')).map((event) => Number(event.value)), [500, 900, 2000]);
    assert.deepEqual((await activity(site, 'coupon_issued')).map((event) => event.value && Number(event.value)), [500, null, 500, 100_000]);
  });

  it('refuses coupons of an ended or expired campaign, and frees the coupon of a cancelled order', async () => {
    const site = await shop();
    const running = await campaign(site, {});
    const ending = await issue(site, running.id);
    const kept = await issue(site, running.id);
    const order = await buy(site, kept.code);
    await call(site, 'POST', `coupon-campaigns/${running.id}/end`, { headers: seller(site) });
    const ended = await buy(site, ending.code);
    assert.equal(ended.status, 409);
    assert.equal(ended.body.error.code, 'coupon_ended');
    assert.equal((await call(site, 'GET', `coupons/${kept.code}`)).body.state, 'redeemed');

    const soon = await campaign(site, { expiresAt: '2999-01-01T00:00:00Z' });
    const expiring = await issue(site, soon.id);
    await server.services.db.query("UPDATE coupons SET expires_at = now() - interval '1 minute' WHERE site_id = $1", [site.id]);
    const expired = await buy(site, expiring.code);
    assert.equal(expired.body.error.code, 'coupon_expired');
    assert.equal((await call(site, 'GET', `coupons/${expiring.code}`)).body.state, 'expired');

    const fresh = await campaign(site, {});
    const reused = await issue(site, fresh.id);
    const placed = await buy(site, reused.code);
    assert.equal((await call(site, 'PATCH', `orders/${placed.body.id}`, { headers: seller(site), body: { status: 'cancelled' } })).status, 200);
    assert.equal((await call(site, 'GET', `coupons/${reused.code}`)).body.state, 'valid');
    assert.equal((await buy(site, reused.code)).status, 201);
    assert.equal(order.status, 201);
  });

  it('once per customer: a customer redeems the campaign once, whatever code', async () => {
    const site = await shop();
    const { id } = await campaign(site, { oncePer: 'customer' });
    const [first, second] = [await issue(site, id, { userId: 'c-1' }), await issue(site, id, { userId: 'c-1' })];
    assert.equal((await buy(site, first.code)).status, 201);
    const refused = await buy(site, second.code);
    assert.equal(refused.status, 409);
    assert.equal(refused.body.error.code, 'coupon_redeemed');
    assert.match(refused.body.error.message, /once per customer/);
    // Codes to hand out count against the shopper who checks out with them.
    const headers = { 'X-Visitor-Token': await visitor(site) };
    const [a, b] = [await issue(site, id), await issue(site, id)];
    assert.equal((await buy(site, a.code, { headers })).status, 201);
    assert.equal((await buy(site, b.code, { headers })).body.error.code, 'coupon_redeemed');
    assert.equal((await buy(site, b.code)).status, 201);
  });
});

describe('redeeming at a till', () => {
  it('needs the till scope; redeems once and refuses the second time, saying when', async () => {
    const site = await shop();
    const { id } = await campaign(site, { discount: { kind: 'percent', percent: 10 }, minOrder: EUR(2000) });
    const { code } = await issue(site, id);
    const path = `coupons/${code}/redemptions`;
    const body = { orderTotal: EUR(4550) };
    assert.equal((await call(site, 'POST', path, { body })).status, 401);
    assert.equal((await call(site, 'POST', path, { body, headers: { 'X-Visitor-Token': await visitor(site) } })).status, 401);
    assert.equal((await call(site, 'POST', path, { body, headers: (await member(server, site, ['catalog', 'moderate'])).headers })).status, 403);
    const till = (await member(server, site, ['till'], { name: 'Kassa 1', role: 'shop floor' })).headers;
    assert.equal((await call(site, 'POST', path, { headers: till })).body.error.code, 'coupon_min_order');
    assert.equal((await call(site, 'POST', path, { headers: till, body: { orderTotal: EUR(1999) } })).body.error.code, 'coupon_min_order');
    const redeemed = await call(site, 'POST', path, { headers: till, body });
    assert.equal(redeemed.status, 201);
    assert.deepEqual(redeemed.body.discount, EUR(455));
    assert.equal(redeemed.body.coupon.state, 'redeemed');
    assert.ok(redeemed.body.coupon.redeemedAt);
    const again = await call(site, 'POST', path, { headers: till, body });
    assert.equal(again.status, 409);
    assert.equal(again.body.error.code, 'coupon_redeemed');
    assert.ok(again.body.error.message.includes(redeemed.body.coupon.redeemedAt.slice(0, 16).replace('T', ' ')));
    assert.equal((await call(site, 'POST', 'coupons/ZZZZ-ZZZZ-ZZZZ/redemptions', { headers: till })).status, 404);
  });

  it('answers the amount off, or null for a percentage without a total', async () => {
    const site = await shop();
    const amount = await campaign(site, {});
    const percent = await campaign(site, { discount: { kind: 'percent', percent: 20 } });
    const key = seller(site);
    assert.deepEqual((await call(site, 'POST', `coupons/${(await issue(site, amount.id)).code}/redemptions`, { headers: key })).body.discount, EUR(500));
    assert.equal((await call(site, 'POST', `coupons/${(await issue(site, percent.id)).code}/redemptions`, { headers: key })).body.discount, null);
    assert.equal((await call(site, 'POST', `coupons/${(await issue(site, amount.id)).code}/redemptions`, { headers: key, body: { orderTotal: { amount: 900, currency: 'USD' } } })).body.error.code, 'coupon_currency');
  });

  it('redeems a once-per-customer campaign once when 10 tills race with 10 codes of one customer', async () => {
    const site = await shop();
    const { id } = await campaign(site, { oncePer: 'customer' });
    const codes = await Promise.all(Array.from({ length: 10 }, () => issue(site, id, { userId: 'c-1' })));
    const replies = await Promise.all(codes.map(({ code }) => call(site, 'POST', `coupons/${code}/redemptions`, { headers: seller(site) })));
    assert.equal(replies.filter((reply) => reply.status === 201).length, 1);
    assert.ok(replies.every((reply) => reply.status === 201 || reply.body.error.code === 'coupon_redeemed'));
  });

  it('redeems exactly once when 20 checkouts and tills race for one coupon', async () => {
    const site = await shop();
    const { id } = await campaign(site, {});
    const { code } = await issue(site, id);
    const till = (await member(server, site, ['till'])).headers;
    const shoppers = await Promise.all(Array.from({ length: 10 }, async () => ({ 'X-Visitor-Token': await visitor(site) })));
    const replies = await Promise.all([
      ...shoppers.map((headers) => buy(site, code, { headers })),
      ...Array.from({ length: 10 }, () => call(site, 'POST', `coupons/${code}/redemptions`, { headers: till, body: { orderTotal: EUR(2000) } })),
    ]);
    assert.deepEqual(replies.map((reply) => reply.status).filter((status) => status === 201).length, 1, JSON.stringify(replies.map((reply) => [reply.status, reply.body.error?.code])));
    assert.ok(replies.every((reply) => reply.status === 201 || (reply.status === 409 && reply.body.error.code === 'coupon_redeemed')));
    const [row] = await server.services.db.query<{ n: number }>('SELECT count(*)::int AS n FROM coupon_redemptions WHERE site_id = $1', [site.id]);
    assert.equal(row!.n, 1);
    const placed = await server.services.db.query<{ discount: string | number | null }>('SELECT discount FROM orders WHERE site_id = $1', [site.id]);
    assert.equal(placed.length, replies.slice(0, 10).filter((reply) => reply.status === 201).length);
    assert.equal((await call(site, 'GET', 'products/tee')).body.variants[0].stock, 1000 - placed.length);
    assert.equal((await activity(site, 'coupon_redeemed')).length, 1);
  });
});

describe('a coupon for a review', () => {
  const review = (site: TestSite, headers: Record<string, string>, productId = 'tee') =>
    call(site, 'POST', `products/${productId}/reviews`, { headers, body: { rating: 5, text: 'Lovely', author: 'Ann' } });
  const mine = async (site: TestSite, headers: Record<string, string>) => (await call(site, 'GET', 'coupons/mine', { headers })).body.coupons;
  const moderate = (site: TestSite, reviewId: string, status: 'published' | 'hidden') => call(site, 'PATCH', `reviews/${reviewId}`, { headers: seller(site), body: { status } });

  it('rewards a review published at once, once, and nothing without a running campaign', async () => {
    const site = await shop();
    const guest = { 'X-Visitor-Token': await visitor(site) };
    await review(site, guest, 'sticker');
    assert.deepEqual(await mine(site, guest), []);
    const { id } = await campaign(site, { name: 'Thank you', discount: { kind: 'percent', percent: 10 }, minOrder: EUR(2000), validDays: 60, reward: 'review' });
    const written = await review(site, guest);
    const [coupon, ...more] = await mine(site, guest);
    assert.equal(more.length, 0);
    assert.deepEqual(coupon.reason, { review: written.body.id });
    assert.deepEqual(coupon.campaign, { id, name: 'Thank you' });
    assert.ok(Math.abs(Date.parse(coupon.expiresAt) - (Date.now() + 60 * 86_400_000)) < 60_000);
    assert.deepEqual(await mine(site, { 'X-Visitor-Token': await visitor(site) }), []);
    // Publishing it again after reports, say, gives no second coupon.
    assert.equal((await moderate(site, written.body.id, 'published')).status, 200);
    assert.equal((await mine(site, guest)).length, 1);
    const [issued] = await activity(site, 'coupon_issued');
    assert.ok(issued?.visitor);
  });

  it('rewards a held review only when approved; none when hidden before; withdraws it when hidden after', async () => {
    const site = await shop({ moderateReviews: true });
    await campaign(site, { reward: 'review' });
    const [ann, bob] = [{ 'X-Visitor-Token': await visitor(site) }, { 'X-Visitor-Token': await visitor(site) }];
    const held = await review(site, ann);
    assert.equal(held.body.status, 'pending');
    assert.deepEqual(await mine(site, ann), []);
    await moderate(site, held.body.id, 'published');
    await moderate(site, held.body.id, 'published');
    const coupons = await mine(site, ann);
    assert.deepEqual(coupons.map((coupon: any) => [coupon.reason.review, coupon.state]), [[held.body.id, 'valid']]);

    const hidden = await review(site, bob);
    await moderate(site, hidden.body.id, 'hidden');
    assert.deepEqual(await mine(site, bob), []);

    await moderate(site, held.body.id, 'hidden');
    assert.equal((await mine(site, ann))[0].state, 'ended');
    assert.equal((await buy(site, coupons[0].code)).body.error.code, 'coupon_ended');
  });

  it('verified reviews only: a customer who bought the product gets one, a guest none', async () => {
    const site = await shop();
    await campaign(site, { reward: 'verified_review' });
    const guest = { 'X-Visitor-Token': await visitor(site) };
    await review(site, guest);
    assert.deepEqual(await mine(site, guest), []);
    const customer = { 'X-Visitor-Token': await visitor(site), 'X-User-Token': await userToken(site.secret, { sub: 'c-9', name: 'Nine', purchases: ['tee'] }) };
    const written = await review(site, customer);
    assert.equal(written.body.verified, true);
    const elsewhere = { 'X-Visitor-Token': await visitor(site), 'X-User-Token': await userToken(site.secret, { sub: 'c-9', name: 'Nine' }) };
    assert.deepEqual((await mine(site, elsewhere)).map((coupon: any) => coupon.reason), [{ review: written.body.id }]);
  });
});

describe('coupon checks are rate-limited per address', () => {
  it('answers 429 with Retry-After past the allowance', async () => {
    const limited = await startTestServer({ couponChecksPerAddress: { burst: 2, perSecond: 0.001 } });
    try {
      const site = await limited.site();
      const check = () => call(site, 'GET', 'coupons/ZZZZ-ZZZZ-ZZZZ');
      assert.deepEqual([(await check()).status, (await check()).status], [404, 404]);
      const refused = await check();
      assert.equal(refused.status, 429);
      assert.ok(Number(refused.headers.get('Retry-After')) > 0);
    } finally {
      await limited.close();
    }
  });
});
