import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { VOTES_PER_ADDRESS } from '../../server/limits/anonymous-votes.js';
import { QUESTIONS_PER_DAY } from '../../server/routes/questions.js';
import { call, seller, userToken, visitor } from './helpers/client.js';
import { openEvents } from './helpers/events.js';
import { startTestServer, type TestServer, type TestSite } from './helpers/server.js';
import { member } from './helpers/team.js';

let server: TestServer & { close(): Promise<void> };
before(async () => (server = await startTestServer()));
after(() => server.close());

async function ask(site: TestSite, productId: string, text: string, headers: Record<string, string> = {}) {
  const token = headers['X-Visitor-Token'] ?? (await visitor(site));
  const reply = await call(site, 'POST', `products/${productId}/questions`, { headers: { 'X-Visitor-Token': token, ...headers }, body: { text, author: 'Guest' } });
  assert.equal(reply.status, 201, JSON.stringify(reply.body));
  return { ...reply.body, token };
}

async function answer(site: TestSite, questionId: string, text: string, headers: Record<string, string> = {}) {
  const reply = await call(site, 'POST', `questions/${questionId}/answers`, { headers: { 'X-Visitor-Token': await visitor(site), ...headers }, body: { text, author: 'Helper' } });
  assert.equal(reply.status, 201, JSON.stringify(reply.body));
  return reply.body;
}

async function shopAnswer(site: TestSite, questionId: string, text: string, extra: Record<string, unknown> = {}) {
  const reply = await call(site, 'POST', `questions/${questionId}/shop-answers`, { headers: seller(site), body: { text, ...extra } });
  assert.equal(reply.status, 201, JSON.stringify(reply.body));
  return reply.body;
}

describe('questions', () => {
  it('asks as a guest or as the signed-in customer, text kept exactly', async () => {
    const site = await server.site();
    const text = 'Does it fit <b>a</b> 15" laptop? 🎒';
    const guest = await ask(site, 'p', text);
    assert.deepEqual([guest.text, guest.author, guest.status, guest.mine, guest.answerCount, guest.answers], [text, 'Guest', 'published', true, 0, []]);
    const user = await userToken(site.secret, { sub: 'c-1', name: 'Ann' });
    const customer = await call(site, 'POST', 'products/p/questions', { headers: { 'X-Visitor-Token': await visitor(site), 'X-User-Token': user }, body: { text: 'Colours?' } });
    assert.equal(customer.body.author, 'Ann');
    const nameless = await call(site, 'POST', 'products/p/questions', { headers: { 'X-Visitor-Token': await visitor(site) }, body: { text: 'Who am I?' } });
    assert.equal(nameless.body.error.code, 'author_required');
    for (const bad of [{ text: '' }, { text: 'x'.repeat(1001), author: 'A' }, { text: 'ok?', author: 'x'.repeat(61) }]) {
      assert.equal((await call(site, 'POST', 'products/p/questions', { headers: { 'X-Visitor-Token': await visitor(site) }, body: bad })).status, 400);
    }
    assert.equal((await call(site, 'POST', 'products/p/questions', { body: { text: 'No token?', author: 'A' } })).status, 401);
  });

  it('puts the shop\'s answer first, then the most helpful, and counts public answers', async () => {
    const site = await server.site();
    const question = await ask(site, 'p', 'Is it waterproof?');
    const first = await answer(site, question.id, 'Mine survived rain.');
    const second = await answer(site, question.id, 'Not in a lake.');
    const voter = await visitor(site);
    assert.deepEqual((await call(site, 'PUT', `answers/${second.id}/helpful`, { headers: { 'X-Visitor-Token': voter } })).body, { helpful: 1, voted: true });
    assert.deepEqual((await call(site, 'PUT', `answers/${second.id}/helpful`, { headers: { 'X-Visitor-Token': voter } })).body, { helpful: 1, voted: true });
    const shop = await shopAnswer(site, question.id, 'Yes, to IPX4.');
    assert.deepEqual([shop.shop, shop.by, shop.private], [true, null, false]);
    const { body } = await call(site, 'GET', 'products/p/questions', { headers: { 'X-Visitor-Token': voter } });
    const [listed] = body.questions;
    assert.deepEqual(listed.answers.map((a: { id: string }) => a.id), [shop.id, second.id, first.id]);
    assert.deepEqual(listed.answers.map((a: { voted: boolean }) => a.voted), [false, true, false]);
    assert.equal(listed.answerCount, 3);
    assert.equal(listed.mine, false);
    const back = await call(site, 'DELETE', `answers/${second.id}/helpful`, { headers: { 'X-Visitor-Token': voter } });
    assert.deepEqual(back.body, { helpful: 0, voted: false });
  });

  it('shows a private answer to the asker alone, as a customer on another device too', async () => {
    const site = await server.site();
    const user = await userToken(site.secret, { sub: 'c-9', name: 'Bo' });
    const question = await ask(site, 'p', 'Where is my order?', { 'X-User-Token': user });
    const secret = await shopAnswer(site, question.id, 'Order 123 ships today.', { private: true });
    const other = await call(site, 'GET', 'products/p/questions', { headers: { 'X-Visitor-Token': await visitor(site) } });
    assert.deepEqual([other.body.questions[0].answers, other.body.questions[0].answeredPrivately, other.body.questions[0].answerCount], [[], true, 0]);
    assert.ok(!JSON.stringify(other.body).includes('Order 123'));
    const asker = await call(site, 'GET', 'products/p/questions', { headers: { 'X-Visitor-Token': await visitor(site), 'X-User-Token': user } });
    assert.deepEqual(asker.body.questions[0].answers.map((a: { id: string; private: boolean }) => [a.id, a.private]), [[secret.id, true]]);
    assert.deepEqual(asker.body.asked.map((q: { id: string; answered: boolean }) => [q.id, q.answered]), [[question.id, true]]);
    // No one votes on, nor reports, what they cannot see.
    assert.equal((await call(site, 'PUT', `answers/${secret.id}/helpful`, { headers: { 'X-Visitor-Token': await visitor(site) } })).status, 404);
    // Only the shop answers privately: a customer's `private` is not part of an answer draft.
    const customer = await call(site, 'POST', `questions/${question.id}/answers`, { headers: { 'X-Visitor-Token': await visitor(site) }, body: { text: 'Me too', author: 'C', private: true } });
    assert.equal(customer.body.private, false);
  });

  it('tells the asker, and only them, which of their questions were answered', async () => {
    const site = await server.site();
    const mine = await ask(site, 'p', 'First?');
    const headers = { 'X-Visitor-Token': mine.token };
    const open = await ask(site, 'q', 'Second?', headers);
    let list = await call(site, 'GET', 'questions/mine', { headers });
    assert.deepEqual(list.body.questions.map((q: { id: string; answered: boolean }) => [q.id, q.answered]), [[open.id, false], [mine.id, false]]);
    await answer(site, mine.id, 'Yes.');
    list = await call(site, 'GET', 'questions/mine', { headers });
    assert.deepEqual(list.body.questions.map((q: { answered: boolean }) => q.answered), [false, true]);
    assert.ok(list.body.questions[1].answeredAt);
    const stranger = await call(site, 'GET', 'questions/mine', { headers: { 'X-Visitor-Token': await visitor(site) } });
    assert.deepEqual(stranger.body.questions, []);
    const page = await call(site, 'GET', 'products/p/questions', { headers });
    assert.deepEqual(page.body.asked.map((q: { id: string }) => q.id), [mine.id]);
    assert.deepEqual((await call(site, 'GET', 'products/p/questions')).body.asked, []);
  });

  it('sorts by newest, most helpful and unanswered, searches, and pages with cursors', async () => {
    const site = await server.site();
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push((await ask(site, 'p', `Question ${i} about ${i % 2 ? 'size' : 'colour'}?`)).id);
    const helpful = await answer(site, ids[2]!, 'Red 100% or_blue');
    await call(site, 'PUT', `answers/${helpful.id}/helpful`, { headers: { 'X-Visitor-Token': await visitor(site) } });
    await answer(site, ids[5]!, 'Fits.');
    const walk = async (query: string) => {
      const seen: string[] = [];
      let cursor = '';
      let pages = 0;
      do {
        const { status, body } = await call(site, 'GET', `products/p/questions?limit=2${query}${cursor && `&cursor=${cursor}`}`);
        assert.equal(status, 200, JSON.stringify(body));
        seen.push(...body.questions.map((q: { id: string }) => q.id));
        cursor = body.next ?? '';
        pages++;
      } while (cursor);
      return { seen, pages };
    };
    const newest = await walk('&sort=newest');
    assert.deepEqual(newest.seen, [...ids].reverse());
    assert.equal(newest.pages, 4);
    assert.deepEqual((await walk('&sort=helpful')).seen.slice(0, 1), [ids[2]]);
    assert.deepEqual((await walk('&sort=unanswered')).seen, [ids[6], ids[4], ids[3], ids[1], ids[0]]);
    assert.deepEqual((await walk('&q=SIZE')).seen, [ids[5], ids[3], ids[1]]);
    assert.deepEqual((await walk(`&q=${encodeURIComponent('100%')}`)).seen, [ids[2]], 'a search finds answers, and % is a character');
    assert.deepEqual((await walk('&q=_')).seen, [ids[2]]);
    const { body } = await call(site, 'GET', 'products/p/questions?q=size&limit=1');
    assert.equal(body.total, 3);
    const wrongSort = await call(site, 'GET', `products/p/questions?sort=helpful&cursor=${body.next}`);
    assert.equal(wrongSort.body.error.code, 'invalid_cursor');
    assert.equal((await call(site, 'GET', 'products/p/questions?cursor=forged.x')).status, 400);
  });

  it('limits questions per visitor a day, and anonymous helpful votes per address', async () => {
    const site = await server.site();
    const token = await visitor(site);
    for (let i = 0; i < QUESTIONS_PER_DAY; i++) await ask(site, 'p', `Question ${i}?`, { 'X-Visitor-Token': token });
    const refused = await call(site, 'POST', 'products/p/questions', { headers: { 'X-Visitor-Token': token }, body: { text: 'One more?', author: 'A' } });
    assert.deepEqual([refused.status, refused.body.error.code], [429, 'too_many_questions']);
    const target = await answer(site, (await ask(site, 'q', 'Vote?')).id, 'Vote me');
    const statuses: number[] = [];
    for (let i = 0; i < VOTES_PER_ADDRESS.burst + 3; i++) statuses.push((await call(site, 'PUT', `answers/${target.id}/helpful`, { headers: { 'X-Visitor-Token': await visitor(site) } })).status);
    assert.deepEqual([statuses.filter((s) => s === 200).length, statuses.filter((s) => s === 429).length], [VOTES_PER_ADDRESS.burst, 3]);
    const page = await call(site, 'GET', 'products/q/questions');
    assert.equal(page.body.questions[0].answers[0].helpful, VOTES_PER_ADDRESS.burst, 'refused votes are not counted');
  });

  it('answers one Idempotency-Key retry with the first question, created once', async () => {
    const site = await server.site();
    const headers = { 'X-Visitor-Token': await visitor(site), 'Idempotency-Key': 'ask-once-0001' };
    const body = { text: 'Once?', author: 'A' };
    const first = await call(site, 'POST', 'products/p/questions', { headers, body });
    const again = await call(site, 'POST', 'products/p/questions', { headers, body });
    assert.equal(again.body.id, first.body.id);
    assert.equal((await call(site, 'GET', 'products/p/questions')).body.total, 1);
  });

  it('holds reported questions and answers until the shop decides, and holds new ones on a moderated site', async () => {
    const site = await server.site();
    const question = await ask(site, 'p', 'Spam?');
    const reply = await answer(site, question.id, 'Buy cheap watches');
    for (let i = 0; i < 3; i++) {
      const user = await userToken(site.secret, { sub: `w-${i}`, name: `W${i}` });
      const reported = await call(site, 'POST', `answers/${reply.id}/reports`, { headers: { 'X-Visitor-Token': await visitor(site), 'X-User-Token': user }, body: { reason: 'spam' } });
      assert.equal(reported.status, 204);
    }
    let page = await call(site, 'GET', 'products/p/questions');
    assert.deepEqual([page.body.questions[0].answers, page.body.questions[0].answerCount], [[], 0]);
    const queue = await call(site, 'GET', 'questions/moderation', { headers: seller(site) });
    assert.equal(queue.body.total, 1);
    assert.deepEqual(queue.body.questions[0].answers[0].reportReasons, [{ reason: 'spam', count: 3 }]);
    assert.equal(queue.body.questions[0].answers[0].pendingReason, 'reports');
    const decided = await call(site, 'PATCH', `answers/${reply.id}`, { headers: seller(site), body: { status: 'hidden' } });
    assert.deepEqual([decided.body.answers[0].status, decided.body.answers[0].reports], ['hidden', 0]);
    assert.equal((await call(site, 'GET', 'questions/moderation', { headers: seller(site) })).body.total, 0);
    const hidden = await call(site, 'PATCH', `questions/${question.id}`, { headers: seller(site), body: { status: 'hidden' } });
    assert.equal(hidden.body.status, 'hidden');
    page = await call(site, 'GET', 'products/p/questions');
    assert.equal(page.body.total, 0);
    assert.equal((await call(site, 'POST', `questions/${question.id}/reports`, { headers: { 'X-Visitor-Token': await visitor(site) }, body: { reason: 'x' } })).status, 404);

    const moderated = await server.site({ moderateReviews: true });
    const held = await ask(moderated, 'p', 'Held?');
    assert.equal(held.status, 'pending');
    assert.equal((await call(moderated, 'GET', 'products/p/questions')).body.total, 0);
    assert.equal((await call(moderated, 'GET', 'questions/moderation', { headers: seller(moderated) })).body.questions[0].pendingReason, 'moderation');
    await call(moderated, 'PATCH', `questions/${held.id}`, { headers: seller(moderated), body: { status: 'published' } });
    assert.equal((await call(moderated, 'GET', 'products/p/questions')).body.total, 1);
  });

  it('queues questions the shop has not answered, oldest first, and counts its first answers in the median time to the shop\'s first answer (GET /insights)', async () => {
    const site = await server.site();
    const a = await ask(site, 'p', 'Aaa?');
    const b = await ask(site, 'q', 'Bbb?');
    const c = await ask(site, 'p', 'Ccc?');
    await answer(site, a.id, 'A customer answered: still waiting for the shop.');
    await shopAnswer(site, b.id, 'Answered.');
    const queue = await call(site, 'GET', 'questions/awaiting?limit=1', { headers: seller(site) });
    assert.deepEqual([queue.body.questions.map((q: { id: string }) => q.id), queue.body.total], [[a.id], 2]);
    const next = await call(site, 'GET', `questions/awaiting?cursor=${queue.body.next}`, { headers: seller(site) });
    assert.deepEqual(next.body.questions.map((q: { id: string }) => q.id), [c.id]);
    assert.equal((await call(site, 'GET', `questions/moderation?cursor=${queue.body.next}`, { headers: seller(site) })).body.error.code, 'invalid_cursor');
    const db = server.services.db;
    await db.query("UPDATE questions SET created_at = now() - interval '2 hours', shop_answered_at = now() WHERE site_id = $1 AND id = $2", [site.id, b.id]);
    const d = await ask(site, 'q', 'Ddd?');
    await db.query("UPDATE questions SET created_at = now() - interval '4 hours', shop_answered_at = now() WHERE site_id = $1 AND id = $2", [site.id, d.id]);
    const e = await ask(site, 'q', 'E, long ago?');
    await db.query("UPDATE questions SET created_at = now() - interval '40 days', shop_answered_at = now() WHERE site_id = $1 AND id = $2", [site.id, e.id]);
    // First answers given in the last 30 days: 2 hours, 4 hours, and 40 days for the old question answered today.
    const insights = await call(site, 'GET', 'insights', { headers: seller(site) });
    assert.deepEqual(insights.body, { days: 30, firstAnswer: { medianSeconds: 4 * 3600, answered: 3 } });
    assert.equal((await call(site, 'POST', `questions/${a.id}/shop-answers`, { headers: { 'X-Visitor-Token': await visitor(site) }, body: { text: 'x' } })).status, 401);
  });

  it('sends a new public answer and the count live, never a private answer\'s text', async () => {
    const site = await server.site();
    const question = await ask(site, 'p', 'Live?');
    const stream = await openEvents(`${site.base}events?questions=p`);
    try {
      const reply = await answer(site, question.id, 'Live answer');
      const event = await stream.next();
      assert.equal(event.event, 'question');
      assert.deepEqual([event.data.questionId, event.data.answerCount, event.data.answer.id, event.data.answer.text], [question.id, 1, reply.id, 'Live answer']);
      await shopAnswer(site, question.id, 'Private details', { private: true });
      const secret = await stream.next();
      assert.deepEqual([secret.data.answerCount, secret.data.answeredPrivately, secret.data.answer], [1, true, undefined]);
    } finally {
      stream.close();
    }
  });

  it('puts published questions and their public answers into the product\'s JSON-LD, the shop\'s as accepted', async () => {
    const site = await server.site();
    const question = await ask(site, 'p', 'Is it </script> safe?');
    await shopAnswer(site, question.id, 'Private text', { private: true });
    await shopAnswer(site, question.id, 'Yes.');
    await answer(site, question.id, 'Works for me.');
    await ask(site, 'other', 'Not this product?');
    const response = await fetch(`${site.base}products/p/json-ld`);
    const text = await response.text();
    assert.ok(!text.includes('Private text'));
    const [entry, ...rest] = JSON.parse(text).subjectOf;
    assert.equal(rest.length, 0);
    assert.deepEqual([entry['@type'], entry.text, entry.answerCount, entry.acceptedAnswer.text, entry.acceptedAnswer.author], ['Question', 'Is it </script> safe?', 2, 'Yes.', undefined]);
    assert.deepEqual(entry.suggestedAnswer.map((a: { text: string; author: { name: string } }) => [a.text, a.author.name]), [['Works for me.', 'Helper']]);
    const none = (await (await fetch(`${site.base}products/nothing/json-ld`)).json()) as { subjectOf?: unknown };
    assert.equal(none.subjectOf, undefined);
  });

  it('signs a member\'s answer with their name and role, and keeps each scope to its routes', async () => {
    const site = await server.site();
    const question = await ask(site, 'p', 'Who answers?');
    const carolien = await member(server, site, ['answer']);
    const signed = await call(site, 'POST', `questions/${question.id}/shop-answers`, { headers: carolien.headers, body: { text: 'I do.' } });
    assert.deepEqual([signed.status, signed.body.by, signed.body.author], [201, { name: 'Carolien', role: 'webcare team' }, 'Carolien']);
    assert.equal((await call(site, 'GET', 'questions/awaiting', { headers: carolien.headers })).status, 200);
    assert.equal((await call(site, 'GET', 'questions/moderation', { headers: carolien.headers })).status, 403);
    assert.equal((await call(site, 'PATCH', `questions/${question.id}`, { headers: carolien.headers, body: { status: 'hidden' } })).status, 403);
    const moderator = await member(server, site, ['moderate'], { name: 'Mo', role: 'moderator' });
    assert.equal((await call(site, 'POST', `questions/${question.id}/shop-answers`, { headers: moderator.headers, body: { text: 'x' } })).status, 403);
    assert.equal((await call(site, 'GET', 'questions/moderation', { headers: moderator.headers })).status, 200);
  });

  it('keeps each site\'s questions to itself', async () => {
    const one = await server.site();
    const two = await server.site();
    const question = await ask(one, 'p', 'Mine?');
    assert.equal((await call(two, 'GET', 'products/p/questions')).body.total, 0);
    assert.equal((await call(two, 'POST', `questions/${question.id}/answers`, { headers: { 'X-Visitor-Token': await visitor(two) }, body: { text: 'x', author: 'A' } })).status, 404);
    assert.equal((await call(two, 'POST', `questions/${question.id}/shop-answers`, { headers: seller(two), body: { text: 'x' } })).status, 404);
  });
});
