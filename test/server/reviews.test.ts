import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { call, seller, userToken, visitor } from './helpers/client.js';
import { openEvents } from './helpers/events.js';
import { startTestServer, type TestServer, type TestSite } from './helpers/server.js';

let server: TestServer & { close(): Promise<void> };
before(async () => (server = await startTestServer()));
after(() => server.close());

async function review(site: TestSite, productId: string, rating: number, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const reply = await call(site, 'POST', `products/${productId}/reviews`, {
    headers: { 'X-Visitor-Token': await visitor(site), ...headers },
    body: { rating, title: `${rating} stars`, text: 'Text', author: 'Guest', ...extra },
  });
  assert.equal(reply.status, 201, JSON.stringify(reply.body));
  return reply.body;
}

describe('reviews', () => {
  it('creates a guest review and stores the text exactly as given', async () => {
    const site = await server.site();
    const text = '<script>alert(1)</script> & "quotes" 🎉\nline two';
    const created = await review(site, 'p', 4, { text, locale: 'nl' });
    assert.equal(created.text, text);
    assert.equal(created.author, 'Guest');
    assert.equal(created.verified, false);
    assert.equal(created.status, 'published');
    const { body, headers } = await call(site, 'GET', 'products/p/reviews');
    assert.equal(body.reviews[0].text, text);
    assert.equal(headers.get('Content-Type'), 'application/json');
    assert.equal(headers.get('X-Content-Type-Options'), 'nosniff');
  });

  it('marks a customer\'s review verified when their token lists the purchase', async () => {
    const site = await server.site();
    const user = await userToken(site.secret, { sub: 'c-1', name: 'Ann', purchases: ['p'] });
    const created = await review(site, 'p', 5, { author: undefined }, { 'X-User-Token': user });
    assert.equal(created.author, 'Ann');
    assert.equal(created.verified, true);
    const other = await review(site, 'q', 5, { author: undefined }, { 'X-User-Token': user });
    assert.equal(other.verified, false);
  });

  it('refuses a second review by the same visitor (409), bad ratings and lengths (400)', async () => {
    const site = await server.site();
    const headers = { 'X-Visitor-Token': await visitor(site) };
    const body = { rating: 5, text: 'ok', author: 'A' };
    assert.equal((await call(site, 'POST', 'products/p/reviews', { headers, body })).status, 201);
    const again = await call(site, 'POST', 'products/p/reviews', { headers, body });
    assert.equal(again.status, 409);
    assert.equal(again.body.error.code, 'already_reviewed');
    for (const bad of [{ ...body, rating: 0 }, { ...body, rating: 6 }, { ...body, rating: 4.5 }, { ...body, text: '' }, { ...body, text: 'x'.repeat(5001) }, { ...body, author: 'x'.repeat(61) }]) {
      assert.equal((await call(site, 'POST', 'products/z/reviews', { headers, body: bad })).status, 400, JSON.stringify(bad).slice(0, 80));
    }
    const noAuthor = await call(site, 'POST', 'products/z/reviews', { headers, body: { rating: 3, text: 'x' } });
    assert.equal(noAuthor.body.error.code, 'author_required');
    assert.equal((await call(site, 'POST', 'products/z/reviews', { headers, body: '{not json' })).body.error.code, 'invalid_json');
  });

  it('summarises ratings with a histogram, for every id asked', async () => {
    const site = await server.site();
    for (const rating of [5, 5, 4, 1]) await review(site, 'p', rating);
    const { body } = await call(site, 'GET', 'ratings?ids=p&ids=none');
    assert.deepEqual(body.ratings.p, { average: 3.75, count: 4, histogram: [1, 0, 0, 1, 2] });
    assert.deepEqual(body.ratings.none, { average: 0, count: 0, histogram: [0, 0, 0, 0, 0] });
  });

  it('pages through every sort with cursors, without gaps or repeats', async () => {
    const site = await server.site();
    const ratings = [3, 5, 1, 4, 2, 5, 3, 1];
    const ids = [];
    for (const rating of ratings) ids.push((await review(site, 'p', rating)).id);
    const walk = async (sort: string, extra = '') => {
      const seen = [];
      let cursor = '';
      do {
        const { body } = await call(site, 'GET', `products/p/reviews?sort=${sort}&limit=3${extra}${cursor && `&cursor=${cursor}`}`);
        seen.push(...body.reviews);
        cursor = body.next ?? '';
      } while (cursor);
      return seen;
    };
    assert.deepEqual((await walk('newest')).map((r) => r.id), [...ids].reverse());
    const highest = await walk('highest');
    assert.deepEqual(highest.map((r) => r.rating), [...ratings].sort((a, b) => b - a));
    assert.equal(new Set(highest.map((r) => r.id)).size, ratings.length);
    assert.deepEqual((await walk('lowest')).map((r) => r.rating), [...ratings].sort((a, b) => a - b));
    assert.deepEqual((await walk('newest', '&stars=5')).map((r) => r.rating), [5, 5]);
    assert.equal((await call(site, 'GET', 'products/p/reviews?cursor=garbage')).body.error.code, 'invalid_cursor');
    assert.equal((await call(site, 'GET', 'products/p/reviews?limit=3')).body.total, ratings.length);
    assert.equal((await call(site, 'GET', 'products/p/reviews?limit=3&stars=5')).body.total, 2);
  });

  it('counts helpful votes once per visitor and sorts by them', async () => {
    const site = await server.site();
    const [a, b] = [await review(site, 'p', 3), await review(site, 'p', 3)];
    const headers = { 'X-Visitor-Token': await visitor(site) };
    assert.deepEqual((await call(site, 'PUT', `reviews/${a.id}/helpful`, { headers })).body, { helpful: 1, voted: true });
    assert.deepEqual((await call(site, 'PUT', `reviews/${a.id}/helpful`, { headers })).body, { helpful: 1, voted: true });
    const listed = (await call(site, 'GET', 'products/p/reviews?sort=helpful', { headers })).body.reviews;
    assert.deepEqual(listed.map((r: any) => [r.id, r.helpful, r.voted]), [[a.id, 1, true], [b.id, 0, false]]);
    assert.deepEqual((await call(site, 'DELETE', `reviews/${a.id}/helpful`, { headers })).body, { helpful: 0, voted: false });
    assert.equal((await call(site, 'PUT', 'reviews/rv_missing/helpful', { headers })).status, 404);
  });

  it('takes a review down after three customers\' reports; the seller publishes or hides it', async () => {
    const site = await server.site();
    const created = await review(site, 'p', 1);
    for (let i = 0; i < 3; i++) {
      const headers = { 'X-Visitor-Token': await visitor(site), 'X-User-Token': await userToken(site.secret, { sub: `c-${i}`, name: 'Cy' }) };
      assert.equal((await call(site, 'POST', `reviews/${created.id}/reports`, { headers, body: { reason: 'spam' } })).status, 204);
    }
    assert.equal((await call(site, 'GET', 'products/p/reviews')).body.total, 0);
    const queue = await call(site, 'GET', 'reviews?status=pending', { headers: seller(site) });
    assert.deepEqual(queue.body.reviews.map((r: any) => r.id), [created.id]);
    const published = await call(site, 'PATCH', `reviews/${created.id}`, { headers: seller(site), body: { status: 'published' } });
    assert.equal(published.body.status, 'published');
    assert.equal((await call(site, 'GET', 'products/p/reviews')).body.total, 1);
    await call(site, 'PATCH', `reviews/${created.id}`, { headers: seller(site), body: { status: 'hidden' } });
    assert.equal((await call(site, 'GET', 'ratings?ids=p')).body.ratings.p.count, 0);
  });

  it('lets guests, customers and the seller answer, but not a nameless guest or a wrong key', async () => {
    const site = await server.site();
    const created = await review(site, 'p', 2);
    const headers = { 'X-Visitor-Token': await visitor(site) };
    const nameless = await call(site, 'POST', `reviews/${created.id}/replies`, { headers, body: { text: 'me too', author: '  ' } });
    assert.equal(nameless.body.error.code, 'invalid_request');
    const noAuthor = await call(site, 'POST', `reviews/${created.id}/replies`, { headers, body: { text: 'me too' } });
    assert.equal(noAuthor.status, 400);
    assert.equal(noAuthor.body.error.code, 'author_required');
    assert.equal((await call(site, 'POST', `reviews/${created.id}/replies`, { body: { text: 'x', author: 'Jo' } })).body.error.code, 'visitor_token_required');
    const guest = await call(site, 'POST', `reviews/${created.id}/replies`, { headers, body: { text: 'Same here', author: 'Jo' } });
    assert.equal(guest.status, 201);
    assert.deepEqual([guest.body.author, guest.body.seller], ['Jo', false]);
    const user = await userToken(site.secret, { sub: 'c', name: 'Bo' });
    const customer = await call(site, 'POST', `reviews/${created.id}/replies`, { headers: { ...headers, 'X-User-Token': user }, body: { text: 'me too', author: 'Not Bo' } });
    assert.equal(customer.status, 201);
    assert.equal(customer.body.author, 'Bo');
    const noKey = await call(site, 'POST', `reviews/${created.id}/seller-replies`, { body: { text: 'Sorry!', author: 'Mia' } });
    assert.equal(noKey.body.error.code, 'credential_required');
    const wrongKey = await call(site, 'POST', `reviews/${created.id}/seller-replies`, { headers: { Authorization: 'Bearer nope' }, body: { text: 'Sorry!', author: 'Mia' } });
    assert.equal(wrongKey.status, 401);
    assert.equal(wrongKey.body.error.code, 'invalid_credential');
    const answer = await call(site, 'POST', `reviews/${created.id}/seller-replies`, { headers: seller(site), body: { text: 'Sorry!', author: 'Mia' } });
    assert.equal(answer.status, 201);
    assert.equal(answer.body.seller, true);
    const listed = (await call(site, 'GET', 'products/p/reviews')).body.reviews[0];
    assert.deepEqual(listed.replies.map((r: any) => [r.author, r.seller, r.text]), [['Jo', false, 'Same here'], ['Bo', false, 'me too'], ['Mia', true, 'Sorry!']]);
  });

  it('keeps the language each reply was written in, customer\'s and seller\'s, and refuses a malformed one (400)', async () => {
    const site = await server.site();
    const created = await review(site, 'p', 4, { locale: 'zh-CN' });
    const headers = { 'X-Visitor-Token': await visitor(site) };
    const guest = await call(site, 'POST', `reviews/${created.id}/replies`, { headers, body: { text: 'Same here', author: 'Jo', locale: 'en-GB' } });
    assert.equal(guest.status, 201, JSON.stringify(guest.body));
    assert.equal(guest.body.locale, 'en-GB');
    const answer = await call(site, 'POST', `reviews/${created.id}/seller-replies`, { headers: seller(site), body: { text: 'Merci !', author: 'Mia', locale: 'fr' } });
    assert.equal(answer.body.locale, 'fr');
    const unsaid = await call(site, 'POST', `reviews/${created.id}/replies`, { headers, body: { text: 'ok', author: 'Jo' } });
    assert.equal('locale' in unsaid.body, false);
    for (const locale of ['english', 'e', 'fr_FR', '', 'en-', 42]) {
      const bad = await call(site, 'POST', `reviews/${created.id}/replies`, { headers, body: { text: 'x', author: 'Jo', locale } });
      assert.equal(bad.status, 400, JSON.stringify(locale));
      assert.equal(bad.body.error.code, 'invalid_request');
      assert.equal((await call(site, 'POST', `reviews/${created.id}/seller-replies`, { headers: seller(site), body: { text: 'x', author: 'Mia', locale } })).status, 400);
    }
    const listed = (await call(site, 'GET', 'products/p/reviews')).body.reviews[0];
    assert.equal(listed.locale, 'zh-CN');
    assert.deepEqual(listed.replies.map((r: any) => r.locale), ['en-GB', 'fr', undefined]);
  });

  it('takes guest replies only to published reviews, within the write limits', async () => {
    const limited = await startTestServer({ perVisitor: { burst: 3, perSecond: 0.001 } });
    try {
      const site = await limited.site({ moderateReviews: true });
      const pending = await review(site, 'p', 3);
      const headers = { 'X-Visitor-Token': await visitor(site) };
      const early = await call(site, 'POST', `reviews/${pending.id}/replies`, { headers, body: { text: 'hi', author: 'Jo' } });
      assert.equal(early.status, 404);
      const answer = await call(site, 'POST', `reviews/${pending.id}/seller-replies`, { headers: seller(site), body: { text: 'Thanks!', author: 'Mia' } });
      assert.equal(answer.status, 201);
      await call(site, 'PATCH', `reviews/${pending.id}`, { headers: seller(site), body: { status: 'published' } });
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await call(site, 'POST', `reviews/${pending.id}/replies`, { headers, body: { text: `reply ${i}`, author: 'Jo' } })).status);
      assert.deepEqual(statuses, [201, 201, 429]);
    } finally {
      await limited.close();
    }
  });

  it('lists a review held for moderation first for its writer alone, on the first page of a matching list, until it is published', async () => {
    const site = await server.site({ moderateReviews: true });
    const writer = { 'X-Visitor-Token': await visitor(site) };
    const held = await review(site, 'p', 4, { text: 'Mine' }, writer);
    assert.equal(held.status, 'pending');
    const list = async (query: string, headers: Record<string, string> = {}) => (await call(site, 'GET', `products/p/reviews${query}`, { headers })).body;
    // Read again as after a reload: the same visitor token, a new request.
    const own = await list('', writer);
    assert.deepEqual(own.reviews.map((review: { id: string; status: string }) => [review.id, review.status]), [[held.id, 'pending']]);
    assert.equal(own.total, 0, 'a held review counts for no one');
    assert.deepEqual((await list('')).reviews, [], 'not for a guest without a token');
    assert.deepEqual((await list('', { 'X-Visitor-Token': await visitor(site) })).reviews, [], 'not for another visitor');
    assert.deepEqual((await list('?stars=2', writer)).reviews, [], 'not under another star filter');
    assert.equal((await list('?stars=4', writer)).reviews.length, 1);
    // Further pages do not repeat it.
    for (let i = 0; i < 2; i++) {
      await call(site, 'PATCH', `reviews/${(await review(site, 'p', 5)).id}`, { headers: seller(site), body: { status: 'published' } });
    }
    const first = await list('?limit=1', writer);
    assert.deepEqual(first.reviews.map((review: { status: string }) => review.status), ['pending', 'published']);
    assert.deepEqual((await list(`?limit=1&cursor=${encodeURIComponent(first.next)}`, writer)).reviews.map((review: { status: string }) => review.status), ['published']);
    // Published, it is listed once, as everyone's.
    await call(site, 'PATCH', `reviews/${held.id}`, { headers: seller(site), body: { status: 'published' } });
    const after = await list('', writer);
    assert.deepEqual(after.reviews.filter((review: { id: string }) => review.id === held.id).map((review: { status: string }) => review.status), ['published']);
    assert.equal(after.total, 3);
  });

  it('keeps sites apart: no site reads, votes on or moderates another\'s reviews', async () => {
    const [a, b] = [await server.site(), await server.site()];
    const created = await review(a, 'p', 5);
    assert.equal((await call(b, 'GET', 'products/p/reviews')).body.total, 0);
    assert.equal((await call(b, 'PUT', `reviews/${created.id}/helpful`, { headers: { 'X-Visitor-Token': await visitor(b) } })).status, 404);
    assert.equal((await call(b, 'PATCH', `reviews/${created.id}`, { headers: seller(b), body: { status: 'hidden' } })).status, 404);
    assert.equal((await call(b, 'PATCH', `reviews/${created.id}`, { headers: seller(a), body: { status: 'hidden' } })).status, 401);
  });

  it('pushes new rating summaries live', async () => {
    const site = await server.site();
    const stream = await openEvents(`${site.base}events?ratings=p`);
    try {
      await review(site, 'p', 4);
      assert.deepEqual(await stream.next(), { event: 'rating', data: { productId: 'p', summary: { average: 4, count: 1, histogram: [0, 0, 0, 1, 0] } } });
    } finally {
      stream.close();
    }
  });
});
