import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { call, seller, visitor } from './helpers/client.js';
import { openEvents } from './helpers/events.js';
import { startTestServer, type TestServer, type TestSite } from './helpers/server.js';
import { member } from './helpers/team.js';

let server: TestServer & { close(): Promise<void> };
// Every visitor votes from 127.0.0.1: the address's allowance of votes is poll-abuse.test.ts's to test.
before(async () => (server = await startTestServer({ votesPerAddress: { burst: 1e9, perSecond: 1e9 } })));
after(() => server.close());

const product = (title: string) => ({ title, variants: [{ id: 'v', price: { amount: 100, currency: 'EUR' } }] });
const PAST = '2001-01-01T00:00:00Z';
const FUTURE = '2999-01-01T00:00:00.000Z';

/** A site whose catalog has a shirt and a scarf. */
async function shop(): Promise<TestSite> {
  const site = await server.site();
  await call(site, 'PUT', 'products/shirt', { headers: seller(site), body: product('Linen shirt') });
  await call(site, 'PUT', 'products/scarf', { headers: seller(site), body: product('Wool scarf') });
  return site;
}

const votes = (poll: { options: { label: string; votes: number }[] }) => Object.fromEntries(poll.options.map((option) => [option.label, option.votes]));

async function voteAs(site: TestSite, pollId: string, optionId: string) {
  return call<any>(site, 'PUT', `polls/${pollId}/vote`, { headers: { 'X-Visitor-Token': await visitor(site) }, body: { optionId } });
}

describe('seller polls', () => {
  it('creates a poll of text and products (labelled from the catalog) and lists the site\'s polls, asks left out', async () => {
    const site = await shop();
    const created = await call(site, 'POST', 'polls', {
      headers: seller(site),
      body: { question: 'What next?', options: [{ label: 'A linen dress' }, { productId: 'shirt' }], closesAt: '2999-01-01T01:00:00+01:00' },
    });
    assert.equal(created.status, 201);
    const { id, options } = created.body;
    assert.match(id, /^poll_/);
    assert.deepEqual(created.body, {
      id,
      kind: 'poll',
      question: 'What next?',
      options: [{ id: options[0].id, label: 'A linen dress', votes: 0 }, { id: options[1].id, label: 'Linen shirt', productId: 'shirt', votes: 0 }],
      closed: false,
      closesAt: FUTURE,
    });
    assert.notEqual(options[0].id, options[1].id);
    await voteAs(site, id, options[1].id);
    await call(site, 'POST', 'asks', { headers: { 'X-Visitor-Token': await visitor(site) }, body: { productIds: ['shirt', 'scarf'] } });
    const later = await call(site, 'PUT', 'polls/later', { headers: seller(site), body: { question: 'Later?', options: [{ id: 'y', label: 'Yes' }, { id: 'n', label: 'No' }] } });
    assert.equal(later.status, 200);

    const list = await call(site, 'GET', 'seller-polls', { headers: seller(site) });
    assert.equal(list.status, 200);
    assert.deepEqual(list.body.polls.map((poll: { id: string }) => poll.id), ['later', id]);
    assert.deepEqual(votes(list.body.polls[1]), { 'A linen dress': 0, 'Linen shirt': 1 });
    const first = await call(site, 'GET', 'seller-polls?limit=1', { headers: seller(site) });
    assert.deepEqual(first.body.polls.map((poll: { id: string }) => poll.id), ['later']);
    const second = await call(site, 'GET', `seller-polls?limit=1&cursor=${encodeURIComponent(first.body.next)}`, { headers: seller(site) });
    assert.deepEqual(second.body.polls.map((poll: { id: string }) => poll.id), [id]);
    assert.equal(second.body.next, undefined);
    assert.equal((await call(site, 'GET', 'seller-polls?cursor=made.up', { headers: seller(site) })).status, 400);
    assert.equal((await call(site, 'GET', 'seller-polls')).status, 401);
  });

  it('is the work of a team member with the catalog scope (or the site\'s secret key), and no other', async () => {
    const site = await shop();
    const { headers } = await member(server, site, ['catalog']);
    const created = await call(site, 'POST', 'polls', { headers, body: { question: 'Which?', options: [{ label: 'A' }, { productId: 'scarf' }] } });
    assert.equal(created.status, 201);
    assert.deepEqual((await call(site, 'GET', 'seller-polls', { headers })).body.polls.map((poll: { id: string }) => poll.id), [created.body.id]);
    const edit = { question: 'Which one?', options: [{ id: created.body.options[0].id, label: 'A' }, { productId: 'shirt' }] };
    assert.equal((await call(site, 'PUT', `polls/${created.body.id}`, { headers, body: edit })).status, 200);
    assert.equal((await call(site, 'POST', `polls/${created.body.id}/close`, { headers })).body.closed, true);

    const answerer = await member(server, site, ['answer']);
    for (const [method, path, body] of [['POST', 'polls', { question: 'Mine?', options: [{ label: 'A' }, { label: 'B' }] }], ['GET', 'seller-polls'], ['POST', `polls/${created.body.id}/close`]] as const) {
      const refused = await call(site, method, path, { headers: answerer.headers, ...(body ? { body } : {}) });
      assert.deepEqual([refused.status, refused.body.error.code], [403, 'scope_missing'], `${method} ${path}`);
    }
  });

  it('closes at its closing time or when the seller closes it: votes are refused with 409, open pages hear it, and a new draft reopens it', async () => {
    const site = await shop();
    const draft = { question: 'Colour?', options: [{ id: 'red', label: 'Red' }, { id: 'blue', label: 'Blue' }] };
    const past = await call(site, 'PUT', 'polls/past', { headers: seller(site), body: { ...draft, closesAt: PAST } });
    assert.deepEqual([past.body.closed, past.body.closesAt], [true, '2001-01-01T00:00:00.000Z']);
    assert.equal((await voteAs(site, 'past', 'red')).body.error.code, 'poll_closed');

    await call(site, 'PUT', 'polls/colour', { headers: seller(site), body: { ...draft, closesAt: FUTURE } });
    assert.equal((await voteAs(site, 'colour', 'red')).status, 200);
    const stream = await openEvents(`${site.base}events?polls=colour`);
    let closedAt: string;
    try {
      const closed = await call(site, 'POST', 'polls/colour/close', { headers: seller(site) });
      assert.equal(closed.status, 200);
      assert.equal(closed.body.closed, true);
      closedAt = closed.body.closesAt;
      assert.ok(closedAt < FUTURE);
      assert.deepEqual(await stream.next(), { event: 'poll', data: { pollId: 'colour', options: [{ id: 'red', votes: 1 }, { id: 'blue', votes: 0 }], closed: true } });
    } finally {
      stream.close();
    }
    const refused = await voteAs(site, 'colour', 'blue');
    assert.deepEqual([refused.status, refused.body.error.code], [409, 'poll_closed']);
    // Closing again, or saving with `closed`, keeps the first closing time.
    assert.equal((await call(site, 'POST', 'polls/colour/close', { headers: seller(site) })).body.closesAt, closedAt);
    assert.equal((await call(site, 'PUT', 'polls/colour', { headers: seller(site), body: { ...draft, closed: true } })).body.closesAt, closedAt);
    const read = await call(site, 'GET', 'polls?ids=colour');
    assert.deepEqual([read.body.polls.colour.closed, votes(read.body.polls.colour)], [true, { Red: 1, Blue: 0 }]);

    const reopened = await call(site, 'PUT', 'polls/colour', { headers: seller(site), body: draft });
    assert.deepEqual([reopened.body.closed, reopened.body.closesAt, votes(reopened.body)], [false, undefined, { Red: 1, Blue: 0 }]);
    assert.equal((await voteAs(site, 'colour', 'blue')).status, 200);
    assert.equal((await call(site, 'POST', 'polls/nope/close', { headers: seller(site) })).status, 404);
  });

  it('keeps the votes of options whose text or product is unchanged, and drops those of options changed or removed', async () => {
    const site = await shop();
    const draft = { question: 'Which?', options: [{ id: 'a', label: 'Sage' }, { id: 'b', label: 'Sand' }, { id: 'c', productId: 'shirt' }, { id: 'd', label: 'Navy' }] };
    await call(site, 'PUT', 'polls/p', { headers: seller(site), body: draft });
    for (const option of ['a', 'a', 'b', 'c', 'd']) await voteAs(site, 'p', option);
    const edited = await call(site, 'PUT', 'polls/p', {
      headers: seller(site),
      body: { question: 'Which one, really?', options: [{ id: 'a', label: 'Sage' }, { id: 'b', label: 'Sand beige' }, { id: 'c', productId: 'scarf' }, { label: 'Olive' }] },
    });
    assert.equal(edited.status, 200);
    assert.deepEqual(votes(edited.body), { Sage: 2, 'Sand beige': 0, 'Wool scarf': 0, Olive: 0 });
    assert.equal(edited.body.question, 'Which one, really?');
    // A product option whose title changed in the catalog keeps its votes: the product is the same.
    await voteAs(site, 'p', 'c');
    await call(site, 'PUT', 'products/scarf', { headers: seller(site), body: product('Merino scarf') });
    const relabelled = await call(site, 'PUT', 'polls/p', { headers: seller(site), body: { question: 'Which?', options: edited.body.options.map(({ id, label, productId }: Record<string, string>) => (productId ? { id, productId } : { id, label })) } });
    assert.deepEqual(votes(relabelled.body), { Sage: 2, 'Sand beige': 0, 'Merino scarf': 1, Olive: 0 });
  });

  it('refuses drafts that are not 2 to 6 options of text or catalog products, asks, and callers without the key, with a 4xx', async () => {
    const site = await shop();
    const text = (n: number) => Array.from({ length: n }, (_, index) => ({ label: `Option ${index}` }));
    const create = (body: unknown) => call(site, 'POST', 'polls', { headers: seller(site), body });
    assert.equal((await create({ question: 'Six?', options: text(6) })).status, 201);
    for (const body of [
      { question: 'Seven?', options: text(7) },
      { question: 'One?', options: text(1) },
      { question: '', options: text(2) },
      { question: 'Both?', options: [{ label: 'A', productId: 'shirt' }, { label: 'B' }] },
      { question: 'Twice?', options: [{ productId: 'shirt' }, { productId: 'shirt' }] },
      { question: 'Same id?', options: [{ id: 'x', label: 'A' }, { id: 'x', label: 'B' }] },
      { question: 'Year 0?', options: text(2), closesAt: '0000-01-01T00:00:00Z' },
      { question: 'No zone?', options: text(2), closesAt: '2030-01-01T00:00:00' },
      { question: 'Soon?', options: text(2), closesAt: 'tomorrow' },
    ]) {
      const answer = await create(body);
      assert.equal(answer.status, 400, JSON.stringify(body));
      assert.equal(answer.body.error.code, 'invalid_request', JSON.stringify(body));
    }
    const unknown = await create({ question: 'Which?', options: [{ productId: 'shirt' }, { productId: 'not-sold-here' }] });
    assert.deepEqual([unknown.status, unknown.body.error.code], [400, 'unknown_product']);

    const ask = await call(site, 'POST', 'asks', { headers: { 'X-Visitor-Token': await visitor(site) }, body: { productIds: ['shirt', 'scarf'] } });
    const overwrite = await call(site, 'PUT', `polls/${ask.body.id}`, { headers: seller(site), body: { question: 'Mine now?', options: text(2) } });
    assert.deepEqual([overwrite.status, overwrite.body.error.code], [409, 'poll_is_ask']);
    assert.equal((await call(site, 'POST', `polls/${ask.body.id}/close`, { headers: seller(site) })).status, 404);
    assert.equal((await call(site, 'POST', 'polls', { body: { question: 'Who?', options: text(2) } })).status, 401);
    assert.equal((await call(site, 'POST', 'polls/x/close', { headers: { Authorization: 'Bearer wrong' } })).status, 401);
  });
});
