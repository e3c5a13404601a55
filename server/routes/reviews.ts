import { z } from 'zod';
import type { Sql } from '../db/db.js';
import { ratingSummaries, type ReviewRow, reviewColumns, withReplies } from '../data/reviews.js';
import { publish } from '../events/hub.js';
import { actorOf, requireActor } from '../http/actor.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import { endpoint } from '../http/endpoint.js';
import { HttpError } from '../http/errors.js';
import { newId } from '../ids.js';
import { IdsQuery, ProductId } from '../schemas/common.js';
import { RatingSummary, Review, ReviewDraft, ReviewPage, ReviewSort, Stars } from '../schemas/reviews.js';

export const readRatings = endpoint(
  {
    method: 'get',
    path: '/v1/sites/{site}/ratings',
    operationId: 'readRatings',
    tag: 'reviews',
    summary: 'Rating summaries (average, count, histogram) of many products in one request',
    auth: 'public',
    query: IdsQuery,
    status: 200,
    response: z.object({ ratings: z.record(ProductId, RatingSummary) }),
  },
  async (c, { query }) => ({ ratings: await ratingSummaries(c.get('db'), c.get('site').id, query.ids) }),
);

/**
 * Keyset paging: each sort orders by one column, then by insertion order (newest first),
 * and the cursor holds the last row's values of both, so pages stay stable while
 * reviews are added. `$k` and `$s` are the cursor's values.
 */
const orders: Record<z.infer<typeof ReviewSort>, { order: string; after: string; key: (row: ReviewRow) => number }> = {
  newest: { order: 'seq DESC', after: 'seq < $s', key: () => 0 },
  helpful: { order: 'helpful DESC, seq DESC', after: '(helpful, seq) < ($k, $s)', key: (row) => row.helpful },
  highest: { order: 'rating DESC, seq DESC', after: '(rating, seq) < ($k, $s)', key: (row) => row.rating },
  lowest: { order: 'rating ASC, seq DESC', after: '(rating > $k OR (rating = $k AND seq < $s))', key: (row) => row.rating },
};
const Cursor = z.object({ sort: ReviewSort, k: z.int(), s: z.string().regex(/^\d+$/) });

export const listReviews = endpoint(
  {
    method: 'get',
    path: '/v1/sites/{site}/products/{productId}/reviews',
    operationId: 'listReviews',
    tag: 'reviews',
    summary: 'Published reviews of a product, a page at a time',
    auth: 'public',
    params: z.object({ productId: ProductId }),
    query: z.object({
      sort: ReviewSort.default('newest'),
      stars: z.coerce.number().pipe(Stars).optional().describe('Only reviews with this rating.'),
      cursor: z.string().max(200).optional().describe('`next` of the previous page.'),
      limit: z.coerce.number().pipe(z.int().min(1).max(50)).default(10),
    }),
    status: 200,
    response: ReviewPage,
  },
  async (c, { params, query }) => {
    const db = c.get('db');
    const site = c.get('site').id;
    const sort = orders[query.sort];
    const filters = ["site_id = $1", 'product_id = $2', "status = 'published'"];
    const values: unknown[] = [site, params.productId];
    const bind = (sql: string, named: Record<string, unknown>): string =>
      sql.replace(/\$([ks])\b/g, (_, name: string) => `$${values.push(named[name])}`);
    if (query.stars) filters.push(`rating = $${values.push(query.stars)}`);
    const total = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM reviews WHERE ${filters.join(' AND ')}`, values))[0]!.n;
    if (query.cursor) {
      const cursor = decodeCursor(Cursor, query.cursor);
      if (cursor.sort !== query.sort) throw new HttpError(400, 'invalid_cursor', 'The cursor belongs to another sort order.');
      filters.push(bind(sort.after, cursor));
    }
    const rows = await db.query<ReviewRow>(
      `SELECT ${reviewColumns} FROM reviews WHERE ${filters.join(' AND ')} ORDER BY ${sort.order} LIMIT ${query.limit + 1}`,
      values,
    );
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      reviews: await withReplies(db, site, page, actorOf(c)),
      total,
      ...(rows.length > query.limit && last ? { next: encodeCursor({ sort: query.sort, k: sort.key(last), s: last.seq_text }) } : {}),
    };
  },
);

export const createReview = endpoint(
  {
    method: 'post',
    path: '/v1/sites/{site}/products/{productId}/reviews',
    operationId: 'createReview',
    tag: 'reviews',
    summary: 'Write a review (one per visitor or customer and product)',
    description:
      'A signed-in customer (X-User-Token) writes under their name, and the review is verified when their token lists the product in `purchases`. A guest must give `author`. On a site that moderates reviews the answer has `status: pending`: no one else sees the review, nor counts it in ratings, until the seller publishes it.',
    auth: 'visitor',
    params: z.object({ productId: ProductId }),
    body: ReviewDraft,
    status: 201,
    response: Review,
    errors: [409],
    idempotent: 'optional',
  },
  async (c, { params, body }) => {
    const user = c.get('user');
    const author = user?.name ?? body.author;
    if (!author) throw new HttpError(400, 'author_required', 'A guest review needs an author name.');
    const { id: site, moderateReviews } = c.get('site');
    return c.get('db').transaction(async (tx) => {
      const [row] = await tx.query<ReviewRow>(
        `INSERT INTO reviews (site_id, id, product_id, actor, rating, title, body, author, locale, verified, status, pending_reason)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT DO NOTHING RETURNING ${reviewColumns}`,
        [
          site, newId('rv'), params.productId, requireActor(c), body.rating, body.title, body.text, author, body.locale ?? null,
          user?.purchases.includes(params.productId) ?? false,
          moderateReviews ? 'pending' : 'published',
          moderateReviews ? 'moderation' : null,
        ],
      );
      if (!row) throw new HttpError(409, 'already_reviewed', 'This visitor already reviewed this product.');
      if (row.status === 'published') await publishRating(tx, site, params.productId);
      return (await withReplies(tx, site, [row], undefined))[0]!;
    });
  },
);

/** Announces a product's new rating summary to live streams. */
export async function publishRating(tx: Sql, site: string, productId: string): Promise<void> {
  const summary = (await ratingSummaries(tx, site, [productId]))[productId];
  await publish(tx, { site, kind: 'rating', topic: productId, data: { productId, summary } });
}
