import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { findPolls, withVotes } from '../../server/data/polls.js';
import type { Sql } from '../../server/db/db.js';
import { call, seller, visitor } from './helpers/client.js';
import { openEvents } from './helpers/events.js';
import { startTestServer, type TestServer, type TestSite } from './helpers/server.js';

let server: TestServer & { close(): Promise<void> };
before(async () => (server = await startTestServer()));
after(() => server.close());

const draft = { question: 'Which colour?', options: [{ id: 'red', label: 'Red' }, { id: 'blue', label: 'Blue' }] };

async function pollSite(): Promise<TestSite> {
  const site = await server.site();
  assert.equal((await call(site, 'PUT', 'polls/colour', { headers: seller(site), body: draft })).status, 200);
  return site;
}

describe('polls', () => {
  it('counts one vote per visitor, which they can move', async () => {
    const site = await pollSite();
    const [me, you] = [{ 'X-Visitor-Token': await visitor(site) }, { 'X-Visitor-Token': await visitor(site) }];
    await call(site, 'PUT', 'polls/colour/vote', { headers: me, body: { optionId: 'red' } });
    await call(site, 'PUT', 'polls/colour/vote', { headers: me, body: { optionId: 'red' } });
    const moved = await call(site, 'PUT', 'polls/colour/vote', { headers: you, body: { optionId: 'red' } });
    assert.deepEqual(moved.body.options.map((o: any) => o.votes), [2, 0]);
    const again = await call(site, 'PUT', 'polls/colour/vote', { headers: you, body: { optionId: 'blue' } });
    assert.deepEqual(again.body, { id: 'colour', kind: 'poll', question: 'Which colour?', options: [{ id: 'red', label: 'Red', votes: 1 }, { id: 'blue', label: 'Blue', votes: 1 }], voted: 'blue', closed: false });
    const read = await call(site, 'GET', 'polls?ids=colour&ids=unknown', { headers: me });
    assert.deepEqual(Object.keys(read.body.polls), ['colour']);
    assert.equal(read.body.polls.colour.voted, 'red');
  });

  it('refuses unknown options, unknown polls and closed polls', async () => {
    const site = await pollSite();
    const headers = { 'X-Visitor-Token': await visitor(site) };
    assert.equal((await call(site, 'PUT', 'polls/colour/vote', { headers, body: { optionId: 'green' } })).body.error.code, 'unknown_option');
    assert.equal((await call(site, 'PUT', 'polls/nope/vote', { headers, body: { optionId: 'red' } })).status, 404);
    await call(site, 'PUT', 'polls/colour', { headers: seller(site), body: { ...draft, closed: true } });
    const closed = await call(site, 'PUT', 'polls/colour/vote', { headers, body: { optionId: 'red' } });
    assert.equal(closed.status, 409);
    assert.equal(closed.body.error.code, 'poll_closed');
    assert.equal((await call(site, 'PUT', 'polls/colour', { body: draft })).status, 401);
  });

  it('pushes vote counts live without saying who voted', async () => {
    const site = await pollSite();
    const stream = await openEvents(`${site.base}events?polls=colour`);
    try {
      await call(site, 'PUT', 'polls/colour/vote', { headers: { 'X-Visitor-Token': await visitor(site) }, body: { optionId: 'blue' } });
      assert.deepEqual(await stream.next(), { event: 'poll', data: { pollId: 'colour', options: [{ id: 'red', votes: 0 }, { id: 'blue', votes: 1 }], closed: false } });
    } finally {
      stream.close();
    }
  });

  it('reads polls one query at a time on a transaction client, as pg 9 requires', async () => {
    const site = await pollSite();
    const token = await visitor(site);
    await call(site, 'PUT', 'polls/colour/vote', { headers: { 'X-Visitor-Token': token }, body: { optionId: 'blue' } });
    let running = 0;
    let overlapped = false;
    const oneClient = (tx: Sql): Sql => ({
      exec: (text) => tx.exec(text),
      query: async (text, params) => {
        overlapped ||= running > 0;
        running++;
        try {
          return await tx.query(text, params);
        } finally {
          running--;
        }
      },
    });
    const [poll] = await server.services.db.transaction(async (tx) => {
      const sql = oneClient(tx);
      return withVotes(sql, site.id, await findPolls(sql, site.id, ['colour']), `v:${token.split('.')[1]}`);
    });
    assert.equal(overlapped, false);
    assert.equal(poll!.voted, 'blue');
  });
});
