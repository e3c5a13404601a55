import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { VOTES_PER_ADDRESS } from '../../server/limits/anonymous-votes.js';
import { COMMENTS_PER_DAY, IDEAS_PER_DAY } from '../../server/routes/ideas.js';
import { call, seller, userToken, visitor } from './helpers/client.js';
import { openEvents } from './helpers/events.js';
import { startTestServer, type TestServer, type TestSite } from './helpers/server.js';
import { member } from './helpers/team.js';

let server: TestServer & { close(): Promise<void> };
// Loose per-visitor write limits, so that a visitor reaches the daily caps these tests are about.
// Webhook deliveries are queued, not sent: test/server/webhooks.test.ts sends them.
before(async () => (server = await startTestServer({ perVisitor: { burst: 1000, perSecond: 1000 } }, { deliverWebhooks: false })));
after(() => server.close());

const as = async (site: TestSite) => ({ 'X-Visitor-Token': await visitor(site) });

async function post(site: TestSite, board: string, title: string, headers?: Record<string, string>, extra: Record<string, unknown> = {}) {
  const reply = await call(site, 'POST', `boards/${board}/ideas`, { headers: headers ?? (await as(site)), body: { title, text: `About ${title}`, author: 'Guest', ...extra } });
  assert.equal(reply.status, 201, JSON.stringify(reply.body));
  return reply.body;
}

const setStatus = (site: TestSite, ideaId: string, status: string, note = '') => call(site, 'PUT', `ideas/${ideaId}/status`, { headers: seller(site), body: { status, note } });
const titles = (page: { ideas: { title: string }[] }) => page.ideas.map((idea) => idea.title);

describe('ideas', () => {
  it('posts a guest\'s idea as typed, and a customer\'s under their name', async () => {
    const site = await server.site();
    const text = '<b>bold</b> & "quoted" 🎉\nline two';
    const guest = await post(site, 'roadmap', 'Gift wrap', undefined, { text, locale: 'nl' });
    assert.deepEqual({ ...guest, id: '', createdAt: '' }, { id: '', boardId: 'roadmap', title: 'Gift wrap', text, author: 'Guest', status: 'new', votes: 0, voted: false, comments: 0, createdAt: '', locale: 'nl' });
    const user = await userToken(site.secret, { sub: 'c-1', name: 'Ann' });
    const customer = await post(site, 'roadmap', 'Night delivery', { ...(await as(site)), 'X-User-Token': user }, { author: undefined });
    assert.equal(customer.author, 'Ann');
    const nameless = await call(site, 'POST', 'boards/roadmap/ideas', { headers: await as(site), body: { title: 'No name' } });
    assert.equal(nameless.body.error.code, 'author_required');
    assert.equal((await call(site, 'POST', 'boards/roadmap/ideas', { body: { title: 'x', author: 'y' } })).status, 401);
    const { body } = await call(site, 'GET', 'boards/roadmap/ideas?sort=new');
    assert.deepEqual(titles(body), ['Night delivery', 'Gift wrap']);
    assert.equal(body.total, 2);
    // Boards are apart: another board of the site is empty.
    assert.deepEqual((await call(site, 'GET', 'boards/other/ideas')).body, { ideas: [], total: 0 });
  });

  it('queues an idea.posted webhook with the idea, once, in the post\'s transaction', async () => {
    const site = await server.site();
    assert.equal((await call(site, 'POST', 'webhooks', { headers: seller(site), body: { url: 'https://hooks.example/ideas', events: ['idea.posted'] } })).status, 201);
    const headers = { ...(await as(site)), 'Idempotency-Key': 'idea-hook-0001' };
    const idea = await post(site, 'b', 'Gift wrap', headers);
    await post(site, 'b', 'Gift wrap', headers);
    // Refused (no name): no idea, no delivery.
    await call(site, 'POST', 'boards/b/ideas', { headers: await as(site), body: { title: 'Nameless' } });
    const deliveries = await server.services.db.query<{ type: string; body: string }>('SELECT type, body FROM webhook_deliveries WHERE site_id = $1', [site.id]);
    assert.deepEqual(deliveries.map((delivery) => [delivery.type, JSON.parse(delivery.body).data]), [['idea.posted', idea]]);
  });

  it('posts once per Idempotency-Key', async () => {
    const site = await server.site();
    const headers = { ...(await as(site)), 'Idempotency-Key': 'idea-key-0001' };
    const first = await post(site, 'b', 'Once', headers);
    const again = await post(site, 'b', 'Once', headers);
    assert.equal(again.id, first.id);
    assert.equal((await call(site, 'GET', 'boards/b/ideas')).body.total, 1);
  });

  it('counts one vote per visitor, which they can take back; each sees their own', async () => {
    const site = await server.site();
    const idea = await post(site, 'b', 'Vote me');
    const [me, you] = [await as(site), await as(site)];
    assert.deepEqual((await call(site, 'PUT', `ideas/${idea.id}/vote`, { headers: me })).body, { votes: 1, voted: true });
    assert.deepEqual((await call(site, 'PUT', `ideas/${idea.id}/vote`, { headers: me })).body, { votes: 1, voted: true });
    assert.deepEqual((await call(site, 'PUT', `ideas/${idea.id}/vote`, { headers: you })).body, { votes: 2, voted: true });
    assert.deepEqual((await call(site, 'DELETE', `ideas/${idea.id}/vote`, { headers: you })).body, { votes: 1, voted: false });
    assert.deepEqual((await call(site, 'DELETE', `ideas/${idea.id}/vote`, { headers: you })).body, { votes: 1, voted: false });
    assert.equal((await call(site, 'GET', 'boards/b/ideas', { headers: me })).body.ideas[0].voted, true);
    assert.equal((await call(site, 'GET', 'boards/b/ideas', { headers: you })).body.ideas[0].voted, false);
    assert.equal((await call(site, 'PUT', 'ideas/idea_nope/vote', { headers: me })).status, 404);
    // Another site's idea does not exist here.
    const other = await server.site();
    assert.equal((await call(other, 'PUT', `ideas/${idea.id}/vote`, { headers: await as(other) })).status, 404);
  });

  it(`counts at most ${VOTES_PER_ADDRESS.burst} new anonymous votes from one address on one idea; customers always count`, async () => {
    const site = await server.site();
    const idea = await post(site, 'b', 'Stuffed');
    const statuses = [];
    for (let i = 0; i <= VOTES_PER_ADDRESS.burst; i++) statuses.push((await call(site, 'PUT', `ideas/${idea.id}/vote`, { headers: await as(site) })).status);
    assert.deepEqual(statuses, [...Array(VOTES_PER_ADDRESS.burst).fill(200), 429]);
    const user = await userToken(site.secret, { sub: 'c-9', name: 'Cy' });
    assert.deepEqual((await call(site, 'PUT', `ideas/${idea.id}/vote`, { headers: { ...(await as(site)), 'X-User-Token': user } })).body, { votes: VOTES_PER_ADDRESS.burst + 1, voted: true });
  });

  it('filters by status, sorts by votes or age, and pages with cursors of its own list', async () => {
    const site = await server.site();
    const ideas = [];
    for (const title of ['a', 'b', 'c', 'd', 'e']) ideas.push(await post(site, 'b', title));
    // Votes: c 3, a 2, e 1; b and d none (newest first among equals: d before b).
    for (const [index, count] of [[2, 3], [0, 2], [4, 1]] as const) {
      for (let i = 0; i < count; i++) await call(site, 'PUT', `ideas/${ideas[index]!.id}/vote`, { headers: { ...(await as(site)), 'X-User-Token': await userToken(site.secret, { sub: `u${index}-${i}`, name: 'U' }) } });
    }
    const all = async (query: string) => {
      const seen: string[] = [];
      let next: string | undefined;
      do {
        const { body, status } = await call(site, 'GET', `boards/b/ideas?${query}&limit=2${next ? `&cursor=${encodeURIComponent(next)}` : ''}`);
        assert.equal(status, 200);
        seen.push(...titles(body));
        next = body.next;
      } while (next);
      return seen;
    };
    assert.deepEqual(await all('sort=top'), ['c', 'a', 'e', 'd', 'b']);
    assert.deepEqual(await all('sort=new'), ['e', 'd', 'c', 'b', 'a']);
    await setStatus(site, ideas[1]!.id, 'planned');
    await setStatus(site, ideas[3]!.id, 'planned');
    assert.deepEqual(await all('status=planned&sort=new'), ['d', 'b']);
    assert.deepEqual(await all('status=new&sort=top'), ['c', 'a', 'e']);
    const first = (await call(site, 'GET', 'boards/b/ideas?sort=top&limit=2')).body;
    assert.equal(first.total, 5);
    const wrongSort = await call(site, 'GET', `boards/b/ideas?sort=new&cursor=${encodeURIComponent(first.next)}`);
    assert.equal(wrongSort.body.error.code, 'invalid_cursor');
    const wrongStatus = await call(site, 'GET', `boards/b/ideas?sort=top&status=done&cursor=${encodeURIComponent(first.next)}`);
    assert.equal(wrongStatus.body.error.code, 'invalid_cursor');
    assert.equal((await call(site, 'GET', 'boards/b/ideas?cursor=made.up')).status, 400);
    assert.equal((await call(site, 'GET', 'boards/b/ideas?status=maybe')).status, 400);
  });

  it('sets a status with a note, kept with the idea, and lists launched ideas latest first', async () => {
    const site = await server.site();
    const [gift, night, pickup] = [await post(site, 'b', 'Gift wrap'), await post(site, 'b', 'Night delivery'), await post(site, 'b', 'Pickup')];
    assert.equal((await call(site, 'PUT', `ideas/${gift.id}/status`, { body: { status: 'planned' } })).status, 401);
    const planned = await setStatus(site, gift.id, 'planned', 'In the spring range.');
    assert.equal(planned.status, 200);
    assert.equal(planned.body.status, 'planned');
    assert.deepEqual({ ...planned.body.note, at: '' }, { status: 'planned', text: 'In the spring range.', by: null, at: '' });
    await setStatus(site, pickup.id, 'done', 'Pick up in any of our shops.');
    await setStatus(site, gift.id, 'done', 'Wrapped for you, free.');
    await setStatus(site, night.id, 'declined', 'Our couriers do not drive at night.');
    const listed = (await call(site, 'GET', 'boards/b/ideas?sort=new')).body.ideas;
    assert.deepEqual(listed.map((idea: any) => [idea.title, idea.status, idea.note.text]), [
      ['Pickup', 'done', 'Pick up in any of our shops.'],
      ['Night delivery', 'declined', 'Our couriers do not drive at night.'],
      ['Gift wrap', 'done', 'Wrapped for you, free.'],
    ]);
    // Launched most recently first: gift wrap was done after pickup, though posted before it.
    const done = (await call(site, 'GET', 'boards/b/done?limit=1')).body;
    assert.deepEqual(titles(done), ['Gift wrap']);
    const rest = (await call(site, 'GET', `boards/b/done?limit=1&cursor=${encodeURIComponent(done.next)}`)).body;
    assert.deepEqual([titles(rest), rest.next], [['Pickup'], undefined]);
    assert.equal((await setStatus(site, 'idea_nope', 'done')).status, 404);
    assert.equal((await setStatus(site, gift.id, 'launched')).status, 400);
  });

  it('signs a status with the team member who set it, by their scopes', async () => {
    const site = await server.site();
    const idea = await post(site, 'b', 'Gift wrap');
    const answerer = await member(server, site, ['answer'], { name: 'Carolien', role: 'webcare team' });
    const moderator = await member(server, site, ['moderate'], { name: 'Mo', role: 'moderator' });
    const planned = await call(site, 'PUT', `ideas/${idea.id}/status`, { headers: answerer.headers, body: { status: 'planned', note: 'In spring.' } });
    assert.deepEqual(planned.body.note.by, { name: 'Carolien', role: 'webcare team' });
    assert.deepEqual((await call(site, 'GET', 'boards/b/ideas')).body.ideas[0].note.by, { name: 'Carolien', role: 'webcare team' });
    assert.equal((await call(site, 'PUT', `ideas/${idea.id}/status`, { headers: moderator.headers, body: { status: 'done' } })).status, 403);
    assert.equal((await call(site, 'PATCH', `ideas/${idea.id}`, { headers: answerer.headers, body: { hidden: true } })).status, 403);
    assert.equal((await call(site, 'PATCH', `ideas/${idea.id}`, { headers: moderator.headers, body: { hidden: true } })).status, 200);
    assert.equal((await call(site, 'GET', 'ideas?status=planned', { headers: answerer.headers })).body.ideas[0].note.by.name, 'Carolien');
    // Another site's member is no one here.
    const other = await server.site();
    assert.equal((await call(other, 'PUT', `ideas/${idea.id}/status`, { headers: answerer.headers, body: { status: 'done' } })).status, 401);
  });

  it('comments, oldest first, counted on the idea', async () => {
    const site = await server.site();
    const idea = await post(site, 'b', 'Talk');
    const headers = await as(site);
    for (const text of ['first', 'second', 'third']) assert.equal((await call(site, 'POST', `ideas/${idea.id}/comments`, { headers, body: { text, author: 'Bo' } })).status, 201);
    assert.equal((await call(site, 'POST', `ideas/${idea.id}/comments`, { headers, body: { text: 'nameless' } })).body.error.code, 'author_required');
    assert.equal((await call(site, 'POST', `ideas/${idea.id}/comments`, { headers, body: { text: '   ', author: 'Bo' } })).status, 400);
    const page = (await call(site, 'GET', `ideas/${idea.id}/comments?limit=2`)).body;
    assert.deepEqual([page.comments.map((c: any) => c.text), page.total], [['first', 'second'], 3]);
    const rest = (await call(site, 'GET', `ideas/${idea.id}/comments?limit=2&cursor=${encodeURIComponent(page.next)}`)).body;
    assert.deepEqual([rest.comments.map((c: any) => c.text), rest.next], [['third'], undefined]);
    assert.equal((await call(site, 'GET', 'boards/b/ideas')).body.ideas[0].comments, 3);
    // The shop hides one: it leaves the list and the count.
    const hidden = await call(site, 'PATCH', `ideas/${idea.id}/comments/${page.comments[1].id}`, { headers: seller(site), body: { hidden: true } });
    assert.equal(hidden.body.hidden, true);
    assert.deepEqual((await call(site, 'GET', `ideas/${idea.id}/comments`)).body.comments.map((c: any) => c.text), ['first', 'third']);
    assert.equal((await call(site, 'GET', 'boards/b/ideas')).body.ideas[0].comments, 2);
    await call(site, 'PATCH', `ideas/${idea.id}/comments/${page.comments[1].id}`, { headers: seller(site), body: { hidden: true } });
    assert.equal((await call(site, 'GET', 'boards/b/ideas')).body.ideas[0].comments, 2);
    assert.equal((await call(site, 'PATCH', `ideas/${idea.id}/comments/ic_nope`, { headers: seller(site), body: { hidden: true } })).status, 404);
  });

  it('hides an idea from every list and from votes and comments; the shop\'s queue keeps it, oldest first', async () => {
    const site = await server.site();
    const [first, second] = [await post(site, 'b', 'First'), await post(site, 'c', 'Second')];
    assert.equal((await call(site, 'PATCH', `ideas/${first.id}`, { body: { hidden: true } })).status, 401);
    const hidden = await call(site, 'PATCH', `ideas/${first.id}`, { headers: seller(site), body: { hidden: true } });
    assert.equal(hidden.body.hidden, true);
    assert.equal((await call(site, 'GET', 'boards/b/ideas')).body.total, 0);
    const headers = await as(site);
    assert.equal((await call(site, 'PUT', `ideas/${first.id}/vote`, { headers })).status, 404);
    assert.equal((await call(site, 'POST', `ideas/${first.id}/comments`, { headers, body: { text: 'hi', author: 'Bo' } })).status, 404);
    assert.equal((await call(site, 'GET', `ideas/${first.id}/comments`)).status, 404);
    const queue = (await call(site, 'GET', 'ideas?status=new', { headers: seller(site) })).body;
    assert.deepEqual(queue.ideas.map((idea: any) => [idea.title, idea.hidden]), [['First', true], ['Second', false]]);
    assert.equal((await call(site, 'GET', 'ideas?status=new')).status, 401);
    await setStatus(site, second.id, 'under_review');
    assert.deepEqual(titles((await call(site, 'GET', 'ideas?status=new', { headers: seller(site) })).body), ['First']);
    await call(site, 'PATCH', `ideas/${first.id}`, { headers: seller(site), body: { hidden: false } });
    assert.equal((await call(site, 'GET', 'boards/b/ideas')).body.total, 1);
  });

  it(`takes ${IDEAS_PER_DAY} ideas and ${COMMENTS_PER_DAY} comments a day from one visitor, then answers 429`, async () => {
    const site = await server.site();
    const headers = await as(site);
    for (let i = 0; i < IDEAS_PER_DAY; i++) await post(site, 'b', `idea ${i}`, headers);
    const refused = await call(site, 'POST', 'boards/b/ideas', { headers, body: { title: 'one more', author: 'Guest' } });
    assert.deepEqual([refused.status, refused.body.error.code], [429, 'too_many_ideas']);
    assert.ok(Number(refused.headers.get('Retry-After')) > 0);
    assert.equal((await call(site, 'GET', 'boards/b/ideas')).body.total, IDEAS_PER_DAY);
    const idea = (await call(site, 'GET', 'boards/b/ideas?limit=1')).body.ideas[0];
    for (let i = 0; i < COMMENTS_PER_DAY; i++) assert.equal((await call(site, 'POST', `ideas/${idea.id}/comments`, { headers, body: { text: `c${i}`, author: 'Bo' } })).status, 201);
    const tooMany = await call(site, 'POST', `ideas/${idea.id}/comments`, { headers, body: { text: 'more', author: 'Bo' } });
    assert.deepEqual([tooMany.status, tooMany.body.error.code], [429, 'too_many_comments']);
    // Another visitor is not held back.
    assert.equal((await call(site, 'POST', `ideas/${idea.id}/comments`, { headers: await as(site), body: { text: 'mine', author: 'Cy' } })).status, 201);
  });

  it('pushes votes, comments and statuses live to the board\'s followers, never who voted', async () => {
    const site = await server.site();
    const idea = await post(site, 'live', 'Live one');
    await post(site, 'elsewhere', 'Not followed');
    const stream = await openEvents(`${site.base}events?ideas=live`);
    try {
      await call(site, 'PUT', `ideas/${idea.id}/vote`, { headers: await as(site) });
      assert.deepEqual(await stream.next(), { event: 'idea', data: { boardId: 'live', ideaId: idea.id, votes: 1, comments: 0, status: 'new', hidden: false } });
      await call(site, 'POST', `ideas/${idea.id}/comments`, { headers: await as(site), body: { text: 'yes', author: 'Bo' } });
      assert.equal((await stream.next()).data.comments, 1);
      await setStatus(site, idea.id, 'planned', 'Soon.');
      const { data } = await stream.next();
      assert.deepEqual([data.status, data.note.text, data.note.by, data.votes], ['planned', 'Soon.', null, 1]);
    } finally {
      stream.close();
    }
  });
});
