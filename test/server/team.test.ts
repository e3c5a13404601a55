import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { call, seller, userToken, visitor } from './helpers/client.js';
import { startTestServer, type TestServer, type TestSite } from './helpers/server.js';

/** Team members: credentials of their own, scoped, revocable, per site; and the shop's answers they sign. */
let server: TestServer & { close(): Promise<void> };
before(async () => (server = await startTestServer()));
after(() => server.close());

const bearer = (credential: string) => ({ Authorization: `Bearer ${credential}` });

/** Adds a member with the site's secret key, as the shop's servers or `npm run member` do. */
async function addMember(site: TestSite, scopes: string[], name = 'Carolien', role = 'webcare team') {
  const { status, body } = await call(site, 'POST', 'members', { headers: seller(site), body: { name, role, scopes } });
  assert.equal(status, 201, JSON.stringify(body));
  return body as { member: { id: string; name: string; role: string; scopes: string[] }; credential: string };
}

async function publishedReview(site: TestSite, headers: Record<string, string>, productId = 'mug') {
  const { status, body } = await call(site, 'POST', `products/${productId}/reviews`, { headers, body: { rating: 3, text: 'Chipped on arrival', author: 'Kim' } });
  assert.equal(status, 201, JSON.stringify(body));
  return body;
}

describe('team members', () => {
  it('adds a member whose credential, shown once, says who they are', async () => {
    const site = await server.site();
    const { member, credential } = await addMember(site, ['answer', 'moderate']);
    assert.deepEqual([member.name, member.role, member.scopes], ['Carolien', 'webcare team', ['answer', 'moderate']]);
    assert.match(credential, /^scm_/);
    const me = await call(site, 'GET', 'members/me', { headers: bearer(credential) });
    const { createdAt, ...who } = member as typeof member & { createdAt: string };
    assert.deepEqual([me.status, me.body.member], [200, who]);
    assert.deepEqual((await call(site, 'GET', 'members/me', { headers: seller(site) })).body, { member: null }, 'the secret key is no one\'s');
    const listed = await call(site, 'GET', 'members', { headers: seller(site) });
    assert.deepEqual(listed.body.members.map((each: { id: string }) => each.id), [member.id]);
    assert.equal(JSON.stringify(listed.body).includes(credential), false, 'the list never shows a credential again');
  });

  it('answers 403 for a route whose scope the credential lacks, and lets it do what its scopes allow', async () => {
    const site = await server.site();
    const { credential } = await addMember(site, ['answer']);
    const review = await publishedReview(site, { 'X-Visitor-Token': await visitor(site) });
    const forbidden = [
      await call(site, 'PATCH', `reviews/${review.id}`, { headers: bearer(credential), body: { status: 'hidden' } }),
      await call(site, 'PATCH', 'products/mug/variants/mug-1', { headers: bearer(credential), body: { stock: 1 } }),
      await call(site, 'GET', 'members', { headers: bearer(credential) }),
      await call(site, 'POST', 'members', { headers: bearer(credential), body: { name: 'Eve', role: 'intern', scopes: ['team'] } }),
    ];
    assert.deepEqual(forbidden.map((reply) => reply.status), [403, 403, 403, 403]);
    assert.equal((await call(site, 'GET', 'reviews?reported=true', { headers: bearer(credential) })).status, 200, 'any member reads the queues');
    const answer = await call(site, 'POST', `reviews/${review.id}/seller-replies`, { headers: bearer(credential), body: { text: 'Sorry! A new one is on its way.' } });
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    assert.deepEqual([answer.body.author, answer.body.by, answer.body.private], ['Carolien', { name: 'Carolien', role: 'webcare team' }, false]);
  });

  it('answers 401 for a garbage, unknown or revoked credential, and a revocation takes effect at once', async () => {
    const site = await server.site();
    const { member, credential } = await addMember(site, ['answer', 'team']);
    const other = await addMember(site, ['answer'], 'Ruud', 'owner');
    const garbage = ['nonsense', 'scm_', `scm_${member.id}_wrong`, `scm_nobody_${credential.split('_').at(-1)}`, `${credential}x`];
    for (const key of garbage) assert.equal((await call(site, 'GET', 'members/me', { headers: bearer(key) })).status, 401, key);

    // A member with the team scope revokes another; the revoked credential stops working on the next request.
    assert.equal((await call(site, 'DELETE', `members/${other.member.id}`, { headers: bearer(credential) })).status, 204);
    assert.equal((await call(site, 'GET', 'members/me', { headers: bearer(other.credential) })).status, 401);
    assert.deepEqual((await call(site, 'GET', 'members', { headers: bearer(credential) })).body.members.map((each: { name: string }) => each.name), ['Carolien']);
    assert.equal((await call(site, 'DELETE', `members/${other.member.id}`, { headers: bearer(credential) })).status, 204, 'again: no change');
    assert.equal((await call(site, 'DELETE', 'members/tm_nobody', { headers: bearer(credential) })).status, 404);
  });

  it('keeps the site\'s secret key working server to server on every route members use', async () => {
    const site = await server.site();
    const key = seller(site);
    const product = { title: 'Mug', variants: [{ id: 'mug-1', options: {}, price: { amount: 1200, currency: 'EUR' }, stock: 5 }] };
    assert.equal((await call(site, 'PUT', 'products/mug', { headers: key, body: product })).status, 200);
    assert.equal((await call(site, 'PATCH', 'products/mug/variants/mug-1', { headers: key, body: { stock: 4 } })).status, 200);
    const review = await publishedReview(site, { 'X-Visitor-Token': await visitor(site) });
    assert.equal((await call(site, 'GET', 'reviews?status=published', { headers: key })).status, 200);
    const answer = await call(site, 'POST', `reviews/${review.id}/seller-replies`, { headers: key, body: { text: 'Thanks!', author: 'Mila' } });
    assert.deepEqual([answer.status, answer.body.author, answer.body.by], [201, 'Mila', null]);
    // With the secret key, someone must be named: no member signs.
    assert.equal((await call(site, 'POST', `reviews/${review.id}/seller-replies`, { headers: key, body: { text: 'Thanks!' } })).status, 400);
    assert.equal((await call(site, 'PATCH', `reviews/${review.id}`, { headers: key, body: { status: 'published' } })).status, 200);
    assert.equal((await call(site, 'PUT', 'polls/pl-1', { headers: key, body: { question: 'Blue or green?', options: [{ id: 'b', label: 'Blue' }, { id: 'g', label: 'Green' }] } })).status, 200);
    const { credential, member } = await addMember(site, ['answer']);
    assert.equal((await call(site, 'DELETE', `members/${member.id}`, { headers: key })).status, 204);
    assert.equal((await call(site, 'GET', 'members/me', { headers: bearer(credential) })).status, 401);
  });

  it('keeps each site\'s members to their site', async () => {
    const [mine, theirs] = [await server.site(), await server.site()];
    const { credential } = await addMember(mine, ['answer', 'moderate', 'catalog', 'insights', 'team']);
    const review = await publishedReview(theirs, { 'X-Visitor-Token': await visitor(theirs) });
    const tries = [
      await call(theirs, 'GET', 'members/me', { headers: bearer(credential) }),
      await call(theirs, 'GET', 'members', { headers: bearer(credential) }),
      await call(theirs, 'POST', `reviews/${review.id}/seller-replies`, { headers: bearer(credential), body: { text: 'Hi' } }),
      await call(theirs, 'PATCH', `reviews/${review.id}`, { headers: bearer(credential), body: { status: 'hidden' } }),
    ];
    assert.deepEqual(tries.map((reply) => reply.status), [401, 401, 401, 401]);
    // Nor can one site's member revoke another site's.
    const theirMember = await addMember(theirs, ['answer']);
    assert.equal((await call(mine, 'DELETE', `members/${theirMember.member.id}`, { headers: bearer(credential) })).status, 404);
    assert.equal((await call(theirs, 'GET', 'members/me', { headers: bearer(theirMember.credential) })).status, 200);
  });

  it('refuses a member without scopes, or with one that does not exist', async () => {
    const site = await server.site();
    for (const scopes of [[], ['everything']]) {
      assert.equal((await call(site, 'POST', 'members', { headers: seller(site), body: { name: 'Eve', role: 'intern', scopes } })).status, 400, JSON.stringify(scopes));
    }
  });
});

describe('the shop\'s answers to reviews', () => {
  it('answers a published review privately: its author reads the text, everyone else that it was answered privately', async () => {
    const site = await server.site();
    const { credential } = await addMember(site, ['answer']);
    const author = await visitor(site);
    const review = await publishedReview(site, { 'X-Visitor-Token': author });
    const sent = await call(site, 'POST', `reviews/${review.id}/seller-replies`, { headers: bearer(credential), body: { text: 'Mail us your order number, we will refund it.', private: true } });
    assert.deepEqual([sent.status, sent.body.private, sent.body.text], [201, true, 'Mail us your order number, we will refund it.']);

    const replyAs = async (headers: Record<string, string>) => (await call(site, 'GET', 'products/mug/reviews', { headers })).body.reviews[0].replies[0];
    const seen = await replyAs({ 'X-Visitor-Token': author });
    assert.deepEqual([seen.text, seen.private, seen.by], ['Mail us your order number, we will refund it.', true, { name: 'Carolien', role: 'webcare team' }]);
    const others: Record<string, string>[] = [{ 'X-Visitor-Token': await visitor(site) }, {}];
    for (const headers of others) {
      const withheld = await replyAs(headers);
      assert.deepEqual([withheld.text, withheld.private, withheld.by], ['', true, { name: 'Carolien', role: 'webcare team' }]);
    }
    // The shop reads its own private answers in the seller queue.
    const queue = await call(site, 'GET', 'reviews?status=published', { headers: seller(site) });
    assert.equal(queue.body.reviews[0].replies[0].text, 'Mail us your order number, we will refund it.');
  });

  it('shows a signed-in customer the private answer on any device, and no one else', async () => {
    const site = await server.site();
    const { credential } = await addMember(site, ['answer']);
    const customer = await userToken(site.secret, { sub: 'c-7', name: 'Kim' });
    const review = await publishedReview(site, { 'X-Visitor-Token': await visitor(site), 'X-User-Token': customer });
    await call(site, 'POST', `reviews/${review.id}/seller-replies`, { headers: bearer(credential), body: { text: 'Call us on 020 123', private: true } });
    const text = async (headers: Record<string, string>) => (await call(site, 'GET', 'products/mug/reviews', { headers })).body.reviews[0].replies[0].text;
    assert.equal(await text({ 'X-Visitor-Token': await visitor(site), 'X-User-Token': customer }), 'Call us on 020 123');
    assert.equal(await text({ 'X-Visitor-Token': await visitor(site), 'X-User-Token': await userToken(site.secret, { sub: 'c-8', name: 'Bo' }) }), '');
  });

  it('keeps customers\' replies public: only the shop answers privately', async () => {
    const site = await server.site();
    const review = await publishedReview(site, { 'X-Visitor-Token': await visitor(site) });
    const reply = await call(site, 'POST', `reviews/${review.id}/replies`, { headers: { 'X-Visitor-Token': await visitor(site) }, body: { text: 'Mine too', author: 'Ann', private: true } });
    assert.deepEqual([reply.status, reply.body.private, reply.body.by], [201, false, undefined]);
    const [seen] = (await call(site, 'GET', 'products/mug/reviews')).body.reviews[0].replies;
    assert.deepEqual([seen.text, seen.private], ['Mine too', false]);
  });
});
