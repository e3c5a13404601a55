import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { VOTES_PER_ADDRESS } from '../../server/limits/anonymous-votes.js';
import { VISITORS_PER_ADDRESS } from '../../server/routes/visitors.js';
import { call, seller, userToken } from './helpers/client.js';
import { startTestServer, type TestSite } from './helpers/server.js';

/**
 * Cheap identities: a visitor token costs one unauthenticated POST. Behind `trustProxy`
 * each request names its address in X-Forwarded-For, so one server plays many addresses.
 */
let server: Awaited<ReturnType<typeof startTestServer>>;
before(async () => (server = await startTestServer({ trustProxy: true, visitorsPerAddress: VISITORS_PER_ADDRESS })));
after(() => server.close());

const from = (address: string, headers: Record<string, string> = {}) => ({ 'X-Forwarded-For': address, ...headers });

async function mint(site: TestSite, address: string) {
  return call(site, 'POST', 'visitors', { headers: from(address) });
}

/** A fresh token, minted from its own address so minting's limit stays out of the way. */
let minted = 0;
async function freshToken(site: TestSite): Promise<string> {
  const { status, body } = await mint(site, `10.1.${Math.floor(minted / 250)}.${minted++ % 250}`);
  assert.equal(status, 201);
  return body.token;
}

async function pollSite(): Promise<TestSite> {
  const site = await server.site();
  const draft = { question: 'Which colour?', options: [{ id: 'red', label: 'Red' }, { id: 'blue', label: 'Blue' }] };
  assert.equal((await call(site, 'PUT', 'polls/colour', { headers: seller(site), body: draft })).status, 200);
  return site;
}

const vote = (site: TestSite, address: string, headers: Record<string, string>, optionId = 'red') =>
  call(site, 'PUT', 'polls/colour/vote', { headers: from(address, headers), body: { optionId } });

const tally = async (site: TestSite) => (await call(site, 'GET', 'polls?ids=colour')).body.polls.colour.options.map((option: { votes: number }) => option.votes);

describe('visitor tokens', () => {
  it(`mints ${VISITORS_PER_ADDRESS.burst} tokens at once for one address, then answers 429 with Retry-After`, async () => {
    const site = await server.site();
    const replies = [];
    for (let i = 0; i <= VISITORS_PER_ADDRESS.burst; i++) replies.push(await mint(site, '198.51.100.1'));
    assert.deepEqual(replies.map((reply) => reply.status), [...Array(VISITORS_PER_ADDRESS.burst).fill(201), 429]);
    const refused = replies.at(-1)!;
    assert.equal(refused.body.error.code, 'too_many_visitors');
    assert.ok(Number(refused.headers.get('Retry-After')) >= 1);
    // Another address, or the same address on another site, is not held back.
    assert.equal((await mint(site, '198.51.100.2')).status, 201);
    assert.equal((await mint(await server.site(), '198.51.100.1')).status, 201);
  });
});

describe('poll votes from one address', () => {
  it(`counts at most ${VOTES_PER_ADDRESS.burst} of 40 fresh visitors voting at once, and refuses the rest with 429 vote_limit`, async () => {
    const site = await pollSite();
    const tokens = [];
    for (let i = 0; i < 40; i++) tokens.push(await freshToken(site));
    const replies = await Promise.all(tokens.map((token) => vote(site, '203.0.113.7', { 'X-Visitor-Token': token })));
    const counted = replies.filter((reply) => reply.status === 200);
    const refused = replies.filter((reply) => reply.status !== 200);
    assert.equal(counted.length, VOTES_PER_ADDRESS.burst);
    for (const reply of refused) {
      assert.equal(reply.status, 429);
      assert.equal(reply.body.error.code, 'vote_limit');
      assert.ok(Number(reply.headers.get('Retry-After')) >= 60, reply.headers.get('Retry-After') ?? 'no Retry-After');
    }
    assert.deepEqual(await tally(site), [VOTES_PER_ADDRESS.burst, 0]);
  });

  it('still lets a counted visitor move their vote, other addresses vote, and signed-in customers always count', async () => {
    const site = await pollSite();
    const office = '203.0.113.8';
    const first = await freshToken(site);
    assert.equal((await vote(site, office, { 'X-Visitor-Token': first })).status, 200);
    for (let i = 1; i < VOTES_PER_ADDRESS.burst; i++) assert.equal((await vote(site, office, { 'X-Visitor-Token': await freshToken(site) })).status, 200);
    assert.equal((await vote(site, office, { 'X-Visitor-Token': await freshToken(site) })).status, 429);
    // Moving a vote adds none.
    assert.equal((await vote(site, office, { 'X-Visitor-Token': first }, 'blue')).status, 200);
    // Another poll from the same address is another count.
    const other = await pollSite();
    assert.equal((await call(other, 'PUT', 'polls/colour/vote', { headers: from(office, { 'X-Visitor-Token': await freshToken(other) }), body: { optionId: 'red' } })).status, 200);
    assert.equal((await vote(site, '203.0.113.9', { 'X-Visitor-Token': await freshToken(site) })).status, 200);
    for (const sub of ['ana', 'bo', 'cy', 'di', 'ed', 'fay']) {
      const customer = { 'X-Visitor-Token': await freshToken(site), 'X-User-Token': await userToken(site.secret, { sub, name: sub }) };
      assert.equal((await vote(site, office, customer)).status, 200, sub);
    }
    assert.deepEqual(await tally(site), [VOTES_PER_ADDRESS.burst - 1 + 1 + 6, 1]);
  });
});
