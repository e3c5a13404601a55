import { z } from 'zod';
import type { Db, Sql } from '../db/db.js';
import { forSeller, type ReviewRow, reviewColumns } from '../data/reviews.js';
import { requireActor } from '../http/actor.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import { endpoint } from '../http/endpoint.js';
import { HttpError } from '../http/errors.js';
import { newId } from '../ids.js';
import { ServerId } from '../schemas/common.js';
import { PendingReason, ReplyDraft, ReviewReply, SellerReplyDraft, SellerReview, SellerReviewPage } from '../schemas/reviews.js';
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
    const review = await lockReview(tx, site, reviewId);
    // The seller may answer any review; everyone else only what the public can see.
    if (!reply.seller && review.status !== 'published') throw new HttpError(404, 'review_not_found', 'No such published review on this site.');
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
    summary: 'Answer a published review as a customer or a guest',
    description: 'A signed-in customer (X-User-Token) answers under their name; a guest must give `author`.',
    auth: 'visitor',
    params: ReviewParams,
    body: ReplyDraft,
    status: 201,
    response: ReviewReply,
    idempotent: 'optional',
  },
  async (c, { params, body }) => {
    const author = c.get('user')?.name ?? body.author;
    if (!author) throw new HttpError(400, 'author_required', 'A guest reply needs an author name.');
    return addReply(c.get('db'), c.get('site').id, params.reviewId, { author, seller: false, text: body.text });
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
    idempotent: 'optional',
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
      const holds = `status = 'published' AND reports + 1 >= ${REPORTS_TO_HOLD}`;
      const [row] = await tx.query<{ status: string }>(
        `UPDATE reviews SET reports = reports + 1,
           status = CASE WHEN ${holds} THEN 'pending' ELSE status END,
           pending_reason = CASE WHEN ${holds} THEN 'reports' ELSE pending_reason END
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
    description: 'Approves a review awaiting moderation, or decides on a reported one. Publishing clears the report count; reports from new visitors can hold it again.',
    auth: 'seller',
    params: ReviewParams,
    body: z.object({ status: z.enum(['published', 'hidden']) }).meta({ id: 'Moderation' }),
    status: 200,
    response: SellerReview,
  },
  async (c, { params, body }) => {
    const site = c.get('site').id;
    return c.get('db').transaction(async (tx) => {
      const review = await lockReview(tx, site, params.reviewId);
      const [row] = await tx.query<ReviewRow>(
        `UPDATE reviews SET status = $3, pending_reason = NULL, reports = 0 WHERE site_id = $1 AND id = $2 RETURNING ${reviewColumns}`,
        [site, params.reviewId, body.status],
      );
      if (review.status !== body.status) await publishRating(tx, site, review.product_id);
      return (await forSeller(tx, site, [row!]))[0]!;
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
    description: 'The seller\'s queues: `status=pending&reason=moderation` for new reviews awaiting approval, `status=pending&reason=reports` for reviews visitors reported.',
    auth: 'seller',
    query: z.object({
      status: z.enum(['published', 'pending', 'hidden']).default('pending'),
      reason: PendingReason.optional().describe('With `status=pending`: only reviews waiting for this reason.'),
      cursor: z.string().max(200).optional(),
      limit: z.coerce.number().pipe(z.int().min(1).max(100)).default(50),
    }),
    status: 200,
    response: SellerReviewPage,
  },
  async (c, { query }) => {
    const db = c.get('db');
    const site = c.get('site').id;
    const filter = 'site_id = $1 AND status = $2 AND ($3::text IS NULL OR pending_reason = $3)';
    const values = [site, query.status, query.reason ?? null];
    const total = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM reviews WHERE ${filter}`, values))[0]!.n;
    const before = query.cursor ? decodeCursor(QueueCursor, query.cursor).s : null;
    const rows = await db.query<ReviewRow>(
      `SELECT ${reviewColumns} FROM reviews WHERE ${filter} AND ($4::bigint IS NULL OR seq < $4::bigint) ORDER BY seq DESC LIMIT $5`,
      [...values, before, query.limit + 1],
    );
    const page = rows.slice(0, query.limit);
    return {
      reviews: await forSeller(db, site, page),
      total,
      ...(rows.length > query.limit ? { next: encodeCursor({ s: page.at(-1)!.seq_text }) } : {}),
    };
  },
);
