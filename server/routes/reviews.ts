import { z } from 'zod';
import { recordActivity } from '../data/activity.js';
import { cursorAfter, ownPending, publishedPage } from '../data/review-pages.js';
import { insertReview, publishedCount, publishRating, ratingSummaries, withReplies } from '../data/reviews.js';
import { actorOf, requireActor } from '../http/actor.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import { endpoint } from '../http/endpoint.js';
import { shopper } from '../http/shopper.js';
import { HttpError } from '../http/errors.js';
import { newId } from '../ids.js';
import { IdsQuery, ProductId } from '../schemas/common.js';
import { attachPhotos, withPhotosCount } from '../data/review-photos.js';
import { rewardReview } from '../data/review-rewards.js';
import { enqueueWebhookEvent } from '../webhooks/enqueue.js';
import { RatingSummary, Review, ReviewCursor, ReviewDraft, ReviewPage, ReviewSort, Stars } from '../schemas/reviews.js';

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

export const listReviews = endpoint(
  {
    method: 'get',
    path: '/v1/sites/{site}/products/{productId}/reviews',
    operationId: 'listReviews',
    tag: 'reviews',
    summary: 'Published reviews of a product, a page at a time',
    description: 'The first page starts with the visitor\'s or customer\'s own review while it waits for the seller (`status: pending`), when it matches `stars`; it is not counted in `total`.',
    auth: 'public',
    params: z.object({ productId: ProductId }),
    query: z.object({
      sort: ReviewSort.default('newest'),
      stars: z.coerce.number().pipe(Stars).optional().describe('Only reviews with this rating.'),
      withPhotos: z.enum(['true', 'false']).optional().describe('`true`: only reviews with photos.'),
      cursor: z.string().max(200).optional().describe('`next` of the previous page.'),
      limit: z.coerce.number().pipe(z.int().min(1).max(50)).default(10),
    }),
    status: 200,
    response: ReviewPage,
  },
  async (c, { params, query }) => {
    const db = c.get('db');
    const site = c.get('site').id;
    const after = query.cursor ? decodeCursor(c, ReviewCursor, query.cursor) : undefined;
    if (after && after.sort !== query.sort) throw new HttpError(400, 'invalid_cursor', 'The cursor belongs to another sort order.');
    const withPhotos = query.withPhotos === 'true';
    const total = await (withPhotos ? withPhotosCount : publishedCount)(db, site, params.productId, query.stars);
    const rows = await publishedPage(db, site, params.productId, { sort: query.sort, stars: query.stars, withPhotos, after, limit: query.limit + 1 });
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    const actor = actorOf(c);
    const own = actor && !after ? await ownPending(db, site, params.productId, actor, query.stars) : [];
    return {
      reviews: await withReplies(db, site, [...own, ...page], { seller: false, actor }),
      total,
      ...(rows.length > query.limit && last ? { next: encodeCursor(c, cursorAfter(query.sort, last)) } : {}),
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
      'A signed-in customer (X-User-Token) writes under their name, with up to 4 photos uploaded first (POST review-photos), and the review is verified when their token lists the product in `purchases`. A guest must give `author`. On a site that moderates reviews the answer has `status: pending`: no one else sees the review, nor counts it in ratings, until the seller publishes it. When the site runs a reward campaign, a published review earns its author a coupon (see `coupons/mine`).',
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
      const row = await insertReview(tx, site, {
        ...body,
        id: newId('rv'),
        productId: params.productId,
        actor: requireActor(c),
        author,
        verified: user?.purchases.includes(params.productId) ?? false,
        held: moderateReviews,
      });
      if (!row) throw new HttpError(409, 'already_reviewed', 'This visitor already reviewed this product.');
      if (!(await attachPhotos(tx, site, row.id, requireActor(c), body.photos ?? []))) {
        throw new HttpError(409, 'photo_unavailable', 'A photo is not one this visitor uploaded, or another review holds it.');
      }
      if (row.status === 'published') {
        await publishRating(tx, site, params.productId);
        await rewardReview(tx, site, row.id);
      }
      const review = (await withReplies(tx, site, [row], { seller: false, actor: requireActor(c) }))[0]!;
      await enqueueWebhookEvent(tx, site, 'review.posted', review);
      await recordActivity(tx, site, { kind: 'review', productId: params.productId, value: body.rating, ...shopper(c, body.locale) });
      return review;
    });
  },
);
