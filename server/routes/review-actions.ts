import { z } from 'zod';
import type { Db, Sql } from '../db/db.js';
import { type ReviewRow, reviewColumns, withReplies } from '../data/reviews.js';
import { requireActor } from '../http/actor.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import { endpoint } from '../http/endpoint.js';
import { HttpError } from '../http/errors.js';
import { newId } from '../ids.js';
import { ServerId } from '../schemas/common.js';
import { ReplyDraft, Review, ReviewPage, ReviewReply, SellerReplyDraft } from '../schemas/reviews.js';
import { publishRating } from './reviews.js';

/** Reports from this many different visitors take a review down until the seller decides. */
export const REPORTS_TO_HOLD = 3;

const ReviewParams = z.object({ reviewId: ServerId });
const reviewPath = '/v1/sites/{site}/reviews/{reviewId}';

/** Locks and returns a review of the site; 404 when there is none (or it is another site's). */
async function lockReview(tx: Sql, site: string, reviewId: string): Promise<ReviewRow> {
  const [row] = await tx.query<ReviewRow>(`SELECT ${reviewColumns} FROM reviews WHERE site_id = $1 AND id = $2 FOR UPDATE`, [site, reviewId]);
  if (!row) throw new HttpError(404, 'review_not_found', 'No such review on this site.');
  return row;
}

async function addReply(db: Db, site: string, reviewId: string, reply: { author: string; seller: boolean; text: string }): Promise<z.input<typeof ReviewReply>> {
  return db.transaction(async (tx) => {
    await lockReview(tx, site, reviewId);
    const [row] = await tx.query<{ id: string; created_at: Date }>(
      'INSERT INTO review_replies (site_id, id, review_id, author, seller, body) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id, created_at',
      [site, newId('rp'), reviewId, reply.author, reply.seller, reply.text],
    );
    return { id: row!.id, author: reply.author, seller: reply.seller, text: reply.text, createdAt: row!.created_at.toISOString() };
  });
}

export const replyAsCustomer = endpoint(
  {
    method: 'post',
    path: `${reviewPath}/replies`,
    operationId: 'replyToReview',
    tag: 'reviews',
    summary: 'Answer a review as a signed-in customer',
    description: 'Needs an X-User-Token: public answers carry a name the shop vouches for.',
    auth: 'visitor',
    params: ReviewParams,
    body: ReplyDraft,
    status: 201,
    response: ReviewReply,
  },
  async (c, { params, body }) => {
    const user = c.get('user');
    if (!user) throw new HttpError(403, 'sign_in_required', 'Only signed-in customers (X-User-Token) can answer reviews.');
    return addReply(c.get('db'), c.get('site').id, params.reviewId, { author: user.name, seller: false, text: body.text });
  },
);

export const replyAsSeller = endpoint(
  {
    method: 'post',
    path: `${reviewPath}/seller-replies`,
    operationId: 'replyToReviewAsSeller',
    tag: 'seller',
    summary: 'Answer a review as the shop (server to server)',
    auth: 'seller',
    params: ReviewParams,
    body: SellerReplyDraft,
    status: 201,
    response: ReviewReply,
  },
  async (c, { params, body }) => addReply(c.get('db'), c.get('site').id, params.reviewId, { author: body.author, seller: true, text: body.text }),
);

const HelpfulState = z.object({ helpful: z.int().min(0), voted: z.boolean() }).meta({ id: 'HelpfulState' });
const voteSpec = { path: `${reviewPath}/helpful`, tag: 'reviews', auth: 'visitor', params: ReviewParams, status: 200, response: HelpfulState } as const;

export const voteHelpful = endpoint(
  { ...voteSpec, method: 'put', operationId: 'voteHelpful', summary: 'Mark a review helpful (idempotent)' },
  async (c, { params }) => setVote(c.get('db'), c.get('site').id, params.reviewId, requireActor(c), true),
);

export const unvoteHelpful = endpoint(
  { ...voteSpec, method: 'delete', operationId: 'unvoteHelpful', summary: 'Take a helpful vote back (idempotent)' },
  async (c, { params }) => setVote(c.get('db'), c.get('site').id, params.reviewId, requireActor(c), false),
);

/** Like a like: the vote's key makes retries no-ops, and the counter moves only on a real change. */
function setVote(db: Db, site: string, reviewId: string, actor: string, voted: boolean): Promise<z.input<typeof HelpfulState>> {
  return db.transaction(async (tx) => {
    const review = await lockReview(tx, site, reviewId);
    const changed = voted
      ? await tx.query('INSERT INTO review_votes (site_id, review_id, actor) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1', [site, reviewId, actor])
      : await tx.query('DELETE FROM review_votes WHERE site_id = $1 AND review_id = $2 AND actor = $3 RETURNING 1', [site, reviewId, actor]);
    if (!changed.length) return { helpful: review.helpful, voted };
    const [row] = await tx.query<{ helpful: number }>('UPDATE reviews SET helpful = helpful + $3 WHERE site_id = $1 AND id = $2 RETURNING helpful', [site, reviewId, voted ? 1 : -1]);
    return { helpful: row!.helpful, voted };
  });
}

export const reportReview = endpoint(
  {
    method: 'post',
    path: `${reviewPath}/reports`,
    operationId: 'reportReview',
    tag: 'reviews',
    summary: 'Report a review to the seller',
    description: `Counted once per visitor. Reports from ${REPORTS_TO_HOLD} visitors set a published review to \`pending\` until the seller decides.`,
    auth: 'visitor',
    params: ReviewParams,
    body: z.object({ reason: z.string().min(1).max(500) }).meta({ id: 'ReportDraft' }),
    status: 204,
  },
  async (c, { params, body }) => {
    const site = c.get('site').id;
    await c.get('db').transaction(async (tx) => {
      const review = await lockReview(tx, site, params.reviewId);
      const added = await tx.query(
        'INSERT INTO review_reports (site_id, review_id, actor, reason) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING 1',
        [site, params.reviewId, requireActor(c), body.reason],
      );
      if (!added.length) return;
      const [row] = await tx.query<{ status: string }>(
        `UPDATE reviews SET reports = reports + 1,
           status = CASE WHEN status = 'published' AND reports + 1 >= ${REPORTS_TO_HOLD} THEN 'pending' ELSE status END
         WHERE site_id = $1 AND id = $2 RETURNING status`,
        [site, params.reviewId],
      );
      if (row!.status !== review.status) await publishRating(tx, site, review.product_id);
    });
  },
);

export const moderateReview = endpoint(
  {
    method: 'patch',
    path: reviewPath,
    operationId: 'moderateReview',
    tag: 'seller',
    summary: 'Publish or hide a review (server to server)',
    description: 'Publishing clears the report count; reports from new visitors can hold it again.',
    auth: 'seller',
    params: ReviewParams,
    body: z.object({ status: z.enum(['published', 'hidden']) }).meta({ id: 'Moderation' }),
    status: 200,
    response: Review,
  },
  async (c, { params, body }) => {
    const site = c.get('site').id;
    return c.get('db').transaction(async (tx) => {
      const review = await lockReview(tx, site, params.reviewId);
      const [row] = await tx.query<ReviewRow>(
        `UPDATE reviews SET status = $3, reports = 0 WHERE site_id = $1 AND id = $2 RETURNING ${reviewColumns}`,
        [site, params.reviewId, body.status],
      );
      if (review.status !== body.status) await publishRating(tx, site, review.product_id);
      return (await withReplies(tx, site, [row!], undefined))[0]!;
    });
  },
);

const QueueCursor = z.object({ s: z.string().regex(/^\d+$/) });

export const moderationQueue = endpoint(
  {
    method: 'get',
    path: '/v1/sites/{site}/reviews',
    operationId: 'listReviewsForSeller',
    tag: 'seller',
    summary: 'Reviews of every product by status, newest first (server to server)',
    auth: 'seller',
    query: z.object({
      status: z.enum(['published', 'pending', 'hidden']).default('pending'),
      cursor: z.string().max(200).optional(),
      limit: z.coerce.number().pipe(z.int().min(1).max(100)).default(50),
    }),
    status: 200,
    response: ReviewPage,
  },
  async (c, { query }) => {
    const db = c.get('db');
    const site = c.get('site').id;
    const total = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM reviews WHERE site_id = $1 AND status = $2', [site, query.status]))[0]!.n;
    const before = query.cursor ? decodeCursor(QueueCursor, query.cursor).s : null;
    const rows = await db.query<ReviewRow>(
      `SELECT ${reviewColumns} FROM reviews WHERE site_id = $1 AND status = $2 AND ($3::bigint IS NULL OR seq < $3::bigint)
       ORDER BY seq DESC LIMIT $4`,
      [site, query.status, before, query.limit + 1],
    );
    const page = rows.slice(0, query.limit);
    return {
      reviews: await withReplies(db, site, page, undefined),
      total,
      ...(rows.length > query.limit ? { next: encodeCursor({ s: page.at(-1)!.seq }) } : {}),
    };
  },
);
