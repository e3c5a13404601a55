import type { z } from 'zod';
import type { Sql } from '../db/db.js';
import type { SniffedImage } from '../images/sniff.js';
import type { ReviewPhoto } from '../schemas/review-photos.js';

type Photo = z.input<typeof ReviewPhoto>;

/** Photos one uploader may hold that no review holds yet: enough for a review and its retries, not a free image host. */
export const UNATTACHED_PER_ACTOR = 12;
/** An upload no review took within this long is deleted (at the next upload to the site). */
const UNATTACHED_FOR = '1 day';

/** Stores an upload; false when its uploader already holds `UNATTACHED_PER_ACTOR` unattached photos. */
export async function insertPhoto(tx: Sql, site: string, photo: { id: string; actor: string; image: SniffedImage; bytes: Uint8Array }): Promise<boolean> {
  await tx.query(`DELETE FROM review_photos WHERE site_id = $1 AND review_id IS NULL AND created_at < now() - interval '${UNATTACHED_FOR}'`, [site]);
  const [held] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM review_photos WHERE site_id = $1 AND actor = $2 AND review_id IS NULL', [site, photo.actor]);
  if (held!.n >= UNATTACHED_PER_ACTOR) return false;
  await tx.query('INSERT INTO review_photos (site_id, id, actor, type, width, height, bytes) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
    site, photo.id, photo.actor, photo.image.type, photo.image.width, photo.image.height, photo.bytes,
  ]);
  return true;
}

/**
 * Attaches `ids`, in that order, to a review `actor` just wrote, and counts them on the
 * review; false (nothing attached) when one is not an unattached upload of that actor.
 */
export async function attachPhotos(tx: Sql, site: string, reviewId: string, actor: string, ids: readonly string[]): Promise<boolean> {
  if (ids.length === 0) return true;
  const attached = await tx.query(
    `UPDATE review_photos p SET review_id = $3, position = array_position($4::text[], p.id) - 1
     WHERE site_id = $1 AND actor = $2 AND review_id IS NULL AND id = ANY($4) RETURNING id`,
    [site, actor, reviewId, ids],
  );
  if (attached.length !== ids.length) return false;
  await tx.query('UPDATE reviews SET photos = $3 WHERE site_id = $1 AND id = $2', [site, reviewId, ids.length]);
  return true;
}

/** The photos of these reviews, in each review's order. */
export async function photosOf(sql: Sql, site: string, reviewIds: readonly string[]): Promise<Map<string, Photo[]>> {
  const photos = new Map<string, Photo[]>();
  if (reviewIds.length === 0) return photos;
  const rows = await sql.query<Photo & { review_id: string }>(
    'SELECT review_id, id, type, width, height FROM review_photos WHERE site_id = $1 AND review_id = ANY($2) ORDER BY review_id, position',
    [site, reviewIds],
  );
  for (const { review_id, ...photo } of rows) photos.set(review_id, [...(photos.get(review_id) ?? []), photo]);
  return photos;
}

/** A photo's bytes and type when its review is published; undefined otherwise (no such photo, not attached, held or hidden). */
export async function publishedPhoto(sql: Sql, site: string, id: string): Promise<{ type: string; bytes: Uint8Array<ArrayBuffer> } | undefined> {
  const [row] = await sql.query<{ type: string; bytes: Uint8Array<ArrayBuffer> }>(
    `SELECT p.type, p.bytes FROM review_photos p JOIN reviews r ON r.site_id = p.site_id AND r.id = p.review_id
     WHERE p.site_id = $1 AND p.id = $2 AND r.status = 'published'`,
    [site, id],
  );
  return row;
}

/** How many published reviews of a product have photos (with `stars`: of that rating). */
export async function withPhotosCount(sql: Sql, site: string, productId: string, stars: number | undefined): Promise<number> {
  const [row] = await sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM reviews WHERE site_id = $1 AND product_id = $2 AND status = 'published' AND photos > 0 AND ($3::smallint IS NULL OR rating = $3)`,
    [site, productId, stars ?? null],
  );
  return row!.n;
}

/** A photo of one review whatever the review's status: what the shop moderates. */
export async function photoOfReview(sql: Sql, site: string, reviewId: string, id: string): Promise<{ type: string; bytes: Uint8Array<ArrayBuffer> } | undefined> {
  const [row] = await sql.query<{ type: string; bytes: Uint8Array<ArrayBuffer> }>('SELECT type, bytes FROM review_photos WHERE site_id = $1 AND review_id = $2 AND id = $3', [site, reviewId, id]);
  return row;
}
