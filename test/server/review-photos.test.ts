import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { call, seller, visitor } from './helpers/client.js';
import { images, pngOfSize } from './helpers/images.js';
import { startTestServer, type TestServer, type TestSite } from './helpers/server.js';
import { member } from './helpers/team.js';

let server: TestServer & { close(): Promise<void> };
before(async () => (server = await startTestServer()));
after(() => server.close());

/** Uploads raw bytes as a browser would (the declared type is whatever the caller says). */
async function upload(site: TestSite, token: string, bytes: Uint8Array, headers: Record<string, string> = {}) {
  const response = await fetch(new URL('review-photos', site.base), { method: 'POST', headers: { 'X-Visitor-Token': token, 'Content-Type': 'image/jpeg', ...headers }, body: bytes });
  return { status: response.status, body: (await response.json()) as any };
}

async function image(site: TestSite, path: string, headers: Record<string, string> = {}) {
  const response = await fetch(new URL(path, site.base), { headers });
  return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
}
const photo = (site: TestSite, id: string, headers: Record<string, string> = {}) => image(site, `review-photos/${id}`, headers);

async function reviewWith(site: TestSite, token: string, productId: string, photos: string[]) {
  return call(site, 'POST', `products/${productId}/reviews`, { headers: { 'X-Visitor-Token': token }, body: { rating: 5, text: 'Lovely', author: 'Anna', photos } });
}

describe('review photos', () => {
  it('reads type and size from the bytes, not the declared type, and serves them with long caching once the review is published', async () => {
    const site = await server.site();
    const token = await visitor(site);
    const uploads = [];
    for (const [bytes, type] of [[images.webp, 'image/webp'], [images.jpeg, 'image/jpeg'], [images.smallWebp, 'image/webp'], [pngOfSize(1600, 900), 'image/png']] as const) {
      const { status, body } = await upload(site, token, bytes, { 'Content-Type': 'image/jpeg' });
      assert.equal(status, 201, JSON.stringify(body));
      assert.equal(body.type, type);
      uploads.push(body);
    }
    assert.deepEqual(uploads.map((u) => [u.width, u.height]), [[2, 1], [2, 1], [1, 1], [1600, 900]]);
    uploads.splice(2, 1);
    assert.equal((await photo(site, uploads[0].id)).status, 404, 'not served before a review holds it');

    const created = await reviewWith(site, token, 'p', uploads.map((u) => u.id).reverse());
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.deepEqual(created.body.photos.map((p: { id: string }) => p.id), uploads.map((u) => u.id).reverse());

    const png = await photo(site, uploads[2].id);
    assert.equal(png.status, 200);
    assert.equal(png.headers.get('Content-Type'), 'image/png', 'a PNG sent as image/jpeg is served as what it is');
    assert.equal(png.headers.get('Cache-Control'), 'public, max-age=31536000, immutable');
    assert.equal(png.headers.get('X-Content-Type-Options'), 'nosniff');
    assert.deepEqual(png.bytes, new Uint8Array(pngOfSize(1600, 900)));
    const again = await photo(site, uploads[2].id, { 'If-None-Match': png.headers.get('ETag')! });
    assert.equal(again.status, 304);

    const { body: list } = await call(site, 'GET', 'products/p/reviews');
    assert.deepEqual(list.reviews[0].photos[0], { id: uploads[2].id, type: 'image/png', width: 1600, height: 900 });
  });

  it('refuses a non-image (415) whatever its declared type, and a body over 400 KB (413)', async () => {
    const site = await server.site();
    const token = await visitor(site);
    const text = await upload(site, token, new TextEncoder().encode('<svg onload=alert(1)>'), { 'Content-Type': 'image/png' });
    assert.deepEqual([text.status, text.body.error.code], [415, 'not_an_image']);
    for (const image of [images.jpeg, images.png, images.webp]) {
      for (const length of [20, image.length - 1]) assert.equal((await upload(site, token, image.subarray(0, length))).status, 415, `cut to ${length} bytes`);
    }
    assert.equal((await upload(site, token, new Uint8Array())).status, 415);
    const big = Buffer.concat([Buffer.alloc(400 * 1024), images.jpeg]);
    const tooLarge = await upload(site, token, big);
    assert.deepEqual([tooLarge.status, tooLarge.body.error.code], [413, 'payload_too_large']);
    const fits = await upload(site, token, Buffer.concat([pngOfSize(4000, 3000).subarray(0, 33), Buffer.alloc(400 * 1024 - images.png.length), pngOfSize(4000, 3000).subarray(33)]));
    assert.equal(fits.status, 201, 'exactly 400 KB fits');
  });

  it('attaches only the writer\'s own unattached uploads, at most 4, each once', async () => {
    const site = await server.site();
    const [anna, bert] = [await visitor(site), await visitor(site)];
    const annas = [];
    for (let i = 0; i < 5; i++) annas.push((await upload(site, anna, images.png)).body.id);
    const stolen = await reviewWith(site, bert, 'p', [annas[0]]);
    assert.deepEqual([stolen.status, stolen.body.error.code], [409, 'photo_unavailable']);
    assert.equal((await reviewWith(site, anna, 'p', annas)).status, 400, 'five photos');
    assert.equal((await reviewWith(site, anna, 'p', [annas[0], annas[0]])).status, 400, 'one photo twice');
    assert.equal((await reviewWith(site, anna, 'p', ['ph_nothing'])).status, 409);
    assert.equal((await reviewWith(site, anna, 'p', annas.slice(0, 4))).status, 201);
    const reused = await reviewWith(site, anna, 'q', [annas[0]]);
    assert.equal(reused.status, 409, 'a photo another review holds');
  });

  it('creates once per Idempotency-Key, and holds at most 12 waiting uploads per visitor', async () => {
    const site = await server.site();
    const token = await visitor(site);
    const key = { 'Idempotency-Key': 'photo-key-1' };
    const [first, second] = [await upload(site, token, images.webp, key), await upload(site, token, images.webp, key)];
    assert.equal(first.body.id, second.body.id);
    const reused = await upload(site, token, images.png, key);
    assert.deepEqual([reused.status, reused.body.error.code], [409, 'idempotency_key_reused']);
    for (let i = 1; i < 12; i++) assert.equal((await upload(site, token, images.png)).status, 201);
    const full = await upload(site, token, images.png);
    assert.deepEqual([full.status, full.body.error.code], [409, 'too_many_photos']);
  });

  it('holds photos with their review by moderation: not listed, not served, until published; hidden again when the review is; the moderator sees them', async () => {
    const site = await server.site({ moderateReviews: true });
    const token = await visitor(site);
    const { body: uploaded } = await upload(site, token, images.jpeg);
    const created = await reviewWith(site, token, 'p', [uploaded.id]);
    assert.equal(created.body.status, 'pending');
    assert.deepEqual(created.body.photos, []);
    assert.equal((await photo(site, uploaded.id)).status, 404);
    const queue = await call(site, 'GET', 'reviews?status=pending', { headers: seller(site) });
    assert.equal(queue.body.reviews[0].photos[0].id, uploaded.id, 'the shop sees what it moderates');
    const moderated = `reviews/${created.body.id}/photos/${uploaded.id}`;
    const held = await image(site, moderated, seller(site));
    assert.deepEqual([held.status, held.headers.get('Content-Type'), held.headers.get('Cache-Control')], [200, 'image/jpeg', 'no-store']);
    assert.deepEqual(held.bytes, new Uint8Array(images.jpeg));
    assert.equal((await image(site, moderated, (await member(server, site, ['moderate'])).headers)).status, 200);
    assert.equal((await image(site, moderated, (await member(server, site, ['answer'])).headers)).status, 403);
    assert.equal((await image(site, moderated)).status, 401);
    const other = await server.site();
    assert.equal((await image(other, moderated, seller(other))).status, 404, 'another site\'s');

    const decide = (status: string) => call(site, 'PATCH', `reviews/${created.body.id}`, { headers: seller(site), body: { status } });
    assert.equal((await decide('published')).status, 200);
    assert.equal((await photo(site, uploaded.id)).status, 200);
    assert.equal((await call(site, 'GET', 'products/p/reviews')).body.reviews[0].photos.length, 1);
    assert.equal((await decide('hidden')).status, 200);
    assert.equal((await photo(site, uploaded.id)).status, 404);
  });

  it('lists only reviews with photos when asked, with their count', async () => {
    const site = await server.site();
    const withPhoto = await visitor(site);
    const { body: uploaded } = await upload(site, withPhoto, images.png);
    await reviewWith(site, withPhoto, 'p', [uploaded.id]);
    for (let i = 0; i < 2; i++) await reviewWith(site, await visitor(site), 'p', []);
    const all = await call(site, 'GET', 'products/p/reviews');
    assert.equal(all.body.total, 3);
    const only = await call(site, 'GET', 'products/p/reviews?withPhotos=true');
    assert.equal(only.body.total, 1);
    assert.deepEqual(only.body.reviews.map((r: { photos: unknown[] }) => r.photos.length), [1]);
    assert.equal((await call(site, 'GET', 'products/p/reviews?withPhotos=true&stars=4')).body.total, 0);
    assert.equal((await call(site, 'GET', 'products/p/reviews?withPhotos=yes')).status, 400);
  });
});
