import assert from 'node:assert/strict';
import { lookup } from 'node:dns/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import { after, before, describe, it } from 'node:test';
import { classify } from '../../server/webhooks/addresses.js';
import { enqueueWebhookEvent } from '../../server/webhooks/enqueue.js';
import { KEEP_FINISHED_DAYS, pruneDeliveries, retryDelay } from '../../server/webhooks/queue.js';
import { send } from '../../server/webhooks/send.js';
import { DeliveryWorker } from '../../server/webhooks/worker.js';
import { call, seller, visitor } from './helpers/client.js';
import { startTestServer, type TestServer, type TestSite } from './helpers/server.js';
import { member } from './helpers/team.js';
import { type Receiver, startReceiver, verifySignature } from './helpers/webhook-receiver.js';

type Server = TestServer & { close(): Promise<void> };
/** Allows loopback, as `npm start` does, so the receivers in this file can be reached. */
let server: Server;
/** Allows public addresses only, as a server without WEBHOOKS_ALLOW. */
let strict: Server;
before(async () => {
  [server, strict] = await Promise.all([startTestServer({ webhooksAllow: new Set(['loopback']) }), startTestServer()]);
});
after(() => Promise.all([server.close(), strict.close()]));

const register = (site: TestSite, url: string, events: string[]) => call(site, 'POST', 'webhooks', { headers: seller(site), body: { url, events } });
const webhooks = async (site: TestSite) => (await call(site, 'GET', 'webhooks', { headers: seller(site) })).body.webhooks;

/** Waits (without a deadline of its own: the test's) until the site's first webhook's newest delivery passes `done`. */
async function deliveryWhen(site: TestSite, done: (delivery: any) => boolean): Promise<any> {
  for (;;) {
    const [delivery] = (await webhooks(site))[0].deliveries;
    if (delivery && done(delivery)) return delivery;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Makes every pending delivery due now and wakes the server's worker as a commit would. */
async function makeDue(target: Server): Promise<void> {
  await target.services.db.query('UPDATE webhook_deliveries SET next_attempt_at = now() WHERE delivered_at IS NULL AND given_up_at IS NULL');
  await target.services.db.query("SELECT pg_notify('sc_webhooks', '')");
}

async function review(site: TestSite, productId = 'tee'): Promise<any> {
  const headers = { 'X-Visitor-Token': await visitor(site) };
  const { status, body } = await call(site, 'POST', `products/${productId}/reviews`, { headers, body: { rating: 5, title: 'Good', text: 'Fits well.', author: 'Ann' } });
  assert.equal(status, 201);
  return body;
}

describe('webhooks', () => {
  let receiver: Receiver;
  after(() => receiver?.close());

  it('delivers an event once, signed, after two failures, waiting longer after each', { timeout: 60_000 }, async () => {
    receiver = await startReceiver([500, 503]);
    const site = await server.site();
    const created = await register(site, receiver.url, ['review.posted']);
    assert.equal(created.status, 201);
    assert.match(created.body.secret, /^whsec_/);
    assert.equal((await webhooks(site))[0].secret, undefined, 'the secret is shown once');

    const posted = await review(site);
    await receiver.until(1);
    const first = await deliveryWhen(site, (delivery) => delivery.attempts === 1 && delivery.lastStatus === 500);
    assert.equal(first.status, 'pending');
    assert.equal(Date.parse(first.nextAttemptAt) - Date.parse(first.lastAttemptAt), retryDelay(1) * 1000);
    // Not due yet: a worker that looks now sends nothing.
    const worker = await DeliveryWorker.start(server.services.db, { allowed: new Set(['loopback']) });
    assert.equal(await worker.drain(), 0);
    await worker.stop();
    assert.equal(receiver.received.length, 1);

    await makeDue(server);
    await receiver.until(2);
    const second = await deliveryWhen(site, (delivery) => delivery.attempts === 2 && delivery.lastStatus === 503);
    assert.equal(Date.parse(second.nextAttemptAt) - Date.parse(second.lastAttemptAt), retryDelay(2) * 1000);
    assert.ok(retryDelay(2) > retryDelay(1));

    await makeDue(server);
    await receiver.until(3);
    const delivered = await deliveryWhen(site, (delivery) => delivery.status === 'delivered');
    assert.deepEqual([delivered.attempts, delivered.lastStatus, delivered.nextAttemptAt], [3, 204, null]);

    const requests = receiver.received;
    assert.equal(new Set(requests.map((request) => request.headers['sc-webhook-id'])).size, 1);
    assert.equal(new Set(requests.map((request) => request.body)).size, 1, 'the same bytes at every attempt');
    for (const request of requests) assert.ok(verifySignature(created.body.secret, String(request.headers['sc-signature']), request.body));
    assert.ok(!verifySignature(created.body.secret, String(requests[0]!.headers['sc-signature']), requests[0]!.body.replace('Fits', 'Fits not')));
    const event = JSON.parse(requests[0]!.body);
    assert.deepEqual([event.id, event.type, event.site, event.data.id, event.data.productId, event.data.rating], [requests[0]!.headers['sc-webhook-id'], 'review.posted', site.id, posted.id, 'tee', 5]);

    // Delivered is never sent again, even once "due".
    await makeDue(server);
    const late = await DeliveryWorker.start(server.services.db, { allowed: new Set(['loopback']) });
    assert.equal(await late.drain(), 0);
    await late.stop();
    assert.equal(receiver.received.length, 3);
  });

  it('sends each event type to the endpoints that take it', { timeout: 60_000 }, async () => {
    const all = await startReceiver();
    const orders = await startReceiver();
    try {
      const site = await server.site();
      await call(site, 'PUT', 'products/tee', { headers: seller(site), body: { title: 'Tee', variants: [{ id: 'tee-v', price: { amount: 2000, currency: 'EUR' } }] } });
      await register(site, all.url, ['review.posted', 'review.reported', 'order.placed', 'idea.posted', 'question.asked']);
      await register(site, orders.url, ['order.placed']);
      const posted = await review(site);
      await all.until(1);
      const headers = { 'X-Visitor-Token': await visitor(site) };
      assert.equal((await call(site, 'POST', `reviews/${posted.id}/reports`, { headers, body: { reason: 'spam' } })).status, 204);
      assert.equal((await call(site, 'POST', `reviews/${posted.id}/reports`, { headers, body: { reason: 'spam' } })).status, 204);
      await all.until(2);
      const order = await call(site, 'POST', 'orders', { headers: { ...headers, 'Idempotency-Key': 'order-0001' }, body: { lines: [{ productId: 'tee', variantId: 'tee-v', quantity: 1 }] } });
      assert.equal(order.status, 201);
      const [, reported, placed] = (await all.until(3)).map((request) => JSON.parse(request.body));
      assert.deepEqual(reported.data, { reviewId: posted.id, productId: 'tee', reason: 'spam', held: false });
      assert.equal(placed.type, 'order.placed');
      assert.deepEqual(placed.data, order.body);
      const [only] = await orders.until(1);
      assert.equal(JSON.parse(only!.body).id, placed.id, 'one event, one id at every endpoint');
      const ideaDraft = { headers: { ...headers, 'Idempotency-Key': 'idea-0001' }, body: { title: 'Gift wrap', author: 'Bo' } };
      const idea = await call(site, 'POST', 'boards/roadmap/ideas', ideaDraft);
      assert.equal(idea.status, 201);
      assert.equal((await call(site, 'POST', 'boards/roadmap/ideas', ideaDraft)).body.id, idea.body.id, 'a retried post is the same idea');
      const ideaEvent = JSON.parse((await all.until(4))[3]!.body);
      assert.deepEqual([ideaEvent.type, ideaEvent.data], ['idea.posted', idea.body]);
      const questionDraft = { headers: { ...headers, 'Idempotency-Key': 'question-0001' }, body: { text: 'Does it shrink?', author: 'Bo' } };
      const question = await call(site, 'POST', 'products/tee/questions', questionDraft);
      assert.equal(question.status, 201);
      assert.equal((await call(site, 'POST', 'products/tee/questions', questionDraft)).body.id, question.body.id, 'a retried ask is the same question');
      const asked = JSON.parse((await all.until(5))[4]!.body);
      assert.deepEqual([asked.type, asked.data], ['question.asked', { ...question.body, mine: false }]);
      assert.equal(all.received.length, 5, 'a repeated report or a retried post is no new event');
    } finally {
      await Promise.all([all.close(), orders.close()]);
    }
  });

  it('gives up a day after the event, keeping the last status', { timeout: 60_000 }, async () => {
    const failing = await startReceiver([500, 500]);
    try {
      const site = await server.site();
      await register(site, failing.url, ['review.posted']);
      await review(site);
      await failing.until(1);
      await deliveryWhen(site, (delivery) => delivery.lastAttemptAt !== null);
      await server.services.db.query("UPDATE webhook_deliveries SET created_at = created_at - interval '1 day' WHERE site_id = $1", [site.id]);
      await makeDue(server);
      await failing.until(2);
      const failed = await deliveryWhen(site, (delivery) => delivery.status === 'failed');
      assert.deepEqual([failed.attempts, failed.lastStatus, failed.lastError, failed.nextAttemptAt], [2, 500, 'answered 500', null]);
    } finally {
      await failing.close();
    }
  });

  it('forgets deliveries a month after they finished, and keeps those still pending', async () => {
    const site = await server.site();
    await register(site, 'https://hooks.example/sc', ['order.placed']);
    const { db } = server.services;
    await db.transaction(async (tx) => {
      for (let n = 0; n < 4; n++) await enqueueWebhookEvent(tx, site.id, 'order.placed', { n });
      await tx.query("UPDATE webhook_deliveries SET next_attempt_at = now() + interval '1 hour' WHERE site_id = $1", [site.id]);
    });
    const ids = (await webhooks(site))[0].deliveries.map((delivery: { id: string }) => delivery.id);
    const finished = `now() - make_interval(days => ${KEEP_FINISHED_DAYS})`;
    await db.query(`UPDATE webhook_deliveries SET delivered_at = ${finished} - interval '1 minute' WHERE id = $1`, [ids[0]]);
    await db.query(`UPDATE webhook_deliveries SET given_up_at = ${finished} - interval '1 minute' WHERE id = $1`, [ids[1]]);
    await db.query(`UPDATE webhook_deliveries SET delivered_at = ${finished} + interval '1 minute' WHERE id = $1`, [ids[2]]);
    await pruneDeliveries(db);
    assert.deepEqual((await webhooks(site))[0].deliveries.map((delivery: { id: string }) => delivery.id), ids.slice(2));
  });

  it('never sends one event twice from workers claiming side by side', { timeout: 60_000 }, async () => {
    const many = await startReceiver();
    try {
      const site = await server.site();
      await register(site, many.url, ['order.placed']);
      const { db } = server.services;
      // Queued out of the server's worker's reach, then due for the four below at once.
      await db.transaction(async (tx) => {
        for (let n = 0; n < 60; n++) await enqueueWebhookEvent(tx, site.id, 'order.placed', { n });
        await tx.query("UPDATE webhook_deliveries SET next_attempt_at = now() + interval '1 hour' WHERE site_id = $1", [site.id]);
      });
      await db.query('UPDATE webhook_deliveries SET next_attempt_at = now() WHERE site_id = $1', [site.id]);
      const workers = await Promise.all([0, 1, 2, 3].map(() => DeliveryWorker.start(db, { allowed: new Set(['loopback']) })));
      await Promise.all(workers.map((worker) => worker.drain()));
      await many.until(60);
      await Promise.all(workers.map((worker) => worker.stop()));
      const ids = many.received.map((request) => request.headers['sc-webhook-id']);
      assert.equal(ids.length, 60);
      assert.equal(new Set(ids).size, 60);
      const [counts] = await db.query<{ delivered: number; attempts: number }>('SELECT count(delivered_at)::int AS delivered, sum(attempts)::int AS attempts FROM webhook_deliveries WHERE site_id = $1', [site.id]);
      assert.deepEqual(counts, { delivered: 60, attempts: 60 });
    } finally {
      await many.close();
    }
  });

  it('queues nothing for a write that rolls back', async () => {
    const site = await server.site();
    await register(site, 'http://127.0.0.1:9/hook', ['order.placed']);
    await assert.rejects(
      server.services.db.transaction(async (tx) => {
        await enqueueWebhookEvent(tx, site.id, 'order.placed', { id: 'or_1' });
        throw new Error('the write fails after enqueueing');
      }),
      /the write fails/,
    );
    assert.deepEqual((await webhooks(site))[0].deliveries, []);
    // A checkout refused (empty cart) queues nothing either.
    const order = await call(site, 'POST', 'orders', { headers: { 'X-Visitor-Token': await visitor(site), 'Idempotency-Key': 'order-0002' }, body: {} });
    assert.equal(order.body.error.code, 'cart_empty');
    assert.deepEqual((await webhooks(site))[0].deliveries, []);
  });

  it('pauses, pings, lists and deletes endpoints, for the secret key or a member with the team scope', { timeout: 60_000 }, async () => {
    const pinged = await startReceiver();
    try {
      const site = await server.site();
      assert.equal((await call(site, 'GET', 'webhooks')).status, 401);
      assert.equal((await call(site, 'POST', 'webhooks', { headers: { 'X-Visitor-Token': await visitor(site) }, body: { url: pinged.url, events: ['order.placed'] } })).status, 401);
      const answerer = await member(server, site, ['answer', 'moderate', 'catalog', 'insights']);
      assert.equal((await call(site, 'GET', 'webhooks', { headers: answerer.headers })).status, 403);
      const holder = await member(server, site, ['team']);
      const { status, body: hook } = await call(site, 'POST', 'webhooks', { headers: holder.headers, body: { url: pinged.url, events: ['review.posted'] } });
      assert.equal(status, 201);
      assert.equal((await webhooks(site))[0].id, hook.id);
      assert.equal((await register(site, pinged.url, ['review.posted', 'review.posted'])).status, 400);
      assert.equal((await register(site, pinged.url, ['idea.voted'])).status, 400);

      assert.equal((await call(site, 'PATCH', `webhooks/${hook.id}`, { headers: seller(site), body: { disabled: true } })).body.disabled, true);
      await review(site);
      assert.deepEqual((await webhooks(site))[0].deliveries, [], 'a paused endpoint is sent nothing');
      const ping = await call(site, 'POST', `webhooks/${hook.id}/pings`, { headers: seller(site) });
      assert.equal(ping.status, 201);
      assert.equal(ping.body.deliveries[0].type, 'webhook.ping');
      await call(site, 'PATCH', `webhooks/${hook.id}`, { headers: seller(site), body: { disabled: false } });
      const [request] = await pinged.until(1);
      assert.equal(JSON.parse(request!.body).type, 'webhook.ping');
      assert.ok(verifySignature(hook.secret, String(request!.headers['sc-signature']), request!.body));

      const other = await server.site();
      assert.equal((await call(other, 'DELETE', `webhooks/${hook.id}`, { headers: seller(other) })).status, 404, 'another site\'s endpoint is not found');
      assert.equal((await call(site, 'DELETE', `webhooks/${hook.id}`, { headers: seller(site) })).status, 204);
      assert.deepEqual(await webhooks(site), []);
    } finally {
      await pinged.close();
    }
  });
});

describe('one webhook request', () => {
  it('follows no redirect and gives up on a receiver that does not answer', async () => {
    const elsewhere = await startReceiver();
    const moved = createServer((_, response) => response.writeHead(307, { Location: elsewhere.url }).end());
    const silent = createServer(() => undefined);
    await Promise.all([moved, silent].map((each) => new Promise<void>((resolve) => each.listen(0, '127.0.0.1', resolve))));
    const url = (each: typeof moved) => `http://127.0.0.1:${(each.address() as AddressInfo).port}/hook`;
    const allowed = new Set(['loopback'] as const);
    try {
      assert.deepEqual(await send(url(moved), '{}', {}, { allowed, timeout: 10_000 }), { status: 307, error: 'answered 307' });
      // However slow the machine, a receiver that never answers runs out of time.
      assert.deepEqual(await send(url(silent), '{}', {}, { allowed, timeout: 200 }), { error: 'no answer in time' });
      assert.equal(elsewhere.received.length, 0);
    } finally {
      silent.closeAllConnections();
      await Promise.all([elsewhere.close(), ...[moved, silent].map((each) => new Promise((resolve) => each.close(resolve)))]);
    }
  });
});

describe('webhooks and server-side request forgery', () => {
  it('classifies addresses, IPv4-mapped and NAT64 forms as the IPv4 address they carry', () => {
    const cases = {
      '8.8.8.8': 'public', '2606:4700::1111': 'public', '::ffff:8.8.8.8': 'public',
      '10.1.2.3': 'private', '172.16.0.1': 'private', '192.168.1.1': 'private', '100.64.0.1': 'private', 'fd00::1': 'private', '64:ff9b::a00:1': 'private',
      '127.0.0.1': 'loopback', '::1': 'loopback', '::ffff:127.0.0.1': 'loopback', '::ffff:7f00:1': 'loopback',
      '169.254.169.254': 'link-local', 'fe80::1': 'link-local', '::ffff:169.254.169.254': 'link-local',
      '224.0.0.1': 'multicast', 'ff02::1': 'multicast', '0.0.0.0': 'unspecified', '::': 'unspecified', '240.0.0.1': 'reserved',
    };
    for (const [address, expected] of Object.entries(cases)) assert.equal(classify(address), expected, address);
  });

  it('refuses to register a URL naming a non-public address', async () => {
    const site = await strict.site();
    for (const url of ['http://10.0.0.1/hook', 'http://169.254.169.254/latest/meta-data/', 'http://[::1]:8080/', 'http://[::ffff:127.0.0.1]/', 'http://127.0.0.1/', 'http://0x7f.1/', 'http://localhost:8080/', 'http://[fd12::1]/', 'http://0.0.0.0/']) {
      const { status, body } = await register(site, url, ['order.placed']);
      assert.deepEqual([status, body.error?.code], [400, 'webhook_address_refused'], url);
    }
    assert.equal((await register(site, 'ftp://example.com/', ['order.placed'])).status, 400);
    assert.equal((await register(site, 'https://user:pass@example.com/', ['order.placed'])).status, 400);
    assert.equal((await register(site, 'https://hooks.example.com/sc', ['order.placed'])).status, 201);
  });

  it('refuses at delivery a name that resolves to a non-public address', { timeout: 60_000 }, async () => {
    const name = hostname();
    const addresses = await lookup(name, { all: true });
    assert.ok(addresses.every(({ address }) => classify(address) !== 'public'), `${name} resolves to this machine here`);
    const receiver = await startReceiver();
    try {
      const site = await strict.site();
      assert.equal((await register(site, `http://${name}:${receiver.port}/hook`, ['review.posted'])).status, 201, 'a name passes until it resolves');
      await review(site);
      const refused = await deliveryWhen(site, (delivery) => delivery.lastAttemptAt !== null);
      assert.equal(refused.lastStatus, null);
      assert.match(refused.lastError, new RegExp(`^${name} resolves to .*, a (loopback|private) address$`));
      assert.equal(receiver.received.length, 0);
    } finally {
      await receiver.close();
    }
  });
});
