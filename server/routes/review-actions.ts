import { z } from 'zod';
import { queuePage } from '../data/review-pages.js';
import { addReport, WITNESSES_TO_HOLD, witnessOf } from '../data/review-reports.js';
import { voidReward } from '../data/coupons.js';
import { rewardReview } from '../data/review-rewards.js';
import { decide, forSeller, insertReply, lockReview, type NewReply, publishRating, type ReviewRow, setVote } from '../data/reviews.js';
import type { Db, Sql } from '../db/db.js';
import { requireActor } from '../http/actor.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import { endpoint } from '../http/endpoint.js';
import { HttpError } from '../http/errors.js';
import { signatureOf } from '../http/signature.js';
import { takeAnonymousVote, votesPerAddressText } from '../limits/anonymous-votes.js';
import type { RateLimiter } from '../limits/rate-limit.js';
import { newId } from '../ids.js';
import { ServerId } from '../schemas/common.js';
import { enqueueWebhookEvent } from '../webhooks/enqueue.js';
import { PendingReason, QueueCursor, ReplyDraft, ReviewReply, SellerReplyDraft, SellerReview, SellerReviewPage } from '../schemas/reviews.js';

const ReviewParams = z.object({ reviewId: ServerId });
const reviewPath = '/v1/sites/{site}/reviews/{reviewId}';

/**
 * Locks a review of the site for the rest of the transaction. 404 when there is none (or it
 * is another site's), and, unless the seller asks, when it is not published: no one may
 * vote on, report or answer a review the public cannot see, its author included.
 */
async function reviewFor(tx: Sql, site: string, reviewId: string, asSeller = false): Promise<ReviewRow> {
  const review = await lockReview(tx, site, reviewId);
  if (!review || (!asSeller && review.status !== 'published')) throw new HttpError(404, 'review_not_found', 'No such published review on this site.');
  return review;
}

/** The shop may answer any review; everyone else only what the public can see. */
function addReply(db: Db, site: string, reply: Omit<NewReply, 'id'>): Promise<z.input<typeof ReviewReply>> {
  return db.transaction(async (tx) => {
    await reviewFor(tx, site, reply.reviewId, reply.shop !== undefined);
    return insertReply(tx, site, { ...reply, id: newId('rp') });
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
    return addReply(c.get('db'), c.get('site').id, { reviewId: params.reviewId, author, text: body.text, locale: body.locale });
  },
);

export const replyAsSeller = endpoint(
  {
    method: 'post',
    path: `${reviewPath}/seller-replies`,
    operationId: 'replyToReviewAsSeller',
    tag: 'seller',
    summary: 'Answer a review as the shop (a team member, or the shop\'s servers), publicly or to its author alone',
    description: 'A team member\'s answer is signed with their name and role (`by`). With the secret key, `author` names who answers.',
    auth: 'member:answer',
    params: ReviewParams,
    body: SellerReplyDraft,
    status: 201,
    response: ReviewReply,
  },
  async (c, { params, body }) => {
    const signature = signatureOf(c);
    const author = signature.name ?? body.author;
    if (!author) throw new HttpError(400, 'author_required', 'An answer sent with the secret key needs an author name.');
    return addReply(c.get('db'), c.get('site').id, {
      reviewId: params.reviewId,
      author,
      text: body.text,
      locale: body.locale,
      shop: { signature, private: body.private },
    });
  },
);

const HelpfulState = z.object({ helpful: z.int().min(0), voted: z.boolean() }).meta({ id: 'HelpfulState' });
const voteSpec = { path: `${reviewPath}/helpful`, tag: 'reviews', auth: 'visitor', params: ReviewParams, status: 200, response: HelpfulState } as const;

/** The helpful vote; `perAddress` holds each address's allowance of new anonymous votes per review. */
export const voteHelpful = (perAddress: RateLimiter) =>
  endpoint(
    {
      ...voteSpec,
      method: 'put',
      operationId: 'voteHelpful',
      summary: 'Mark a published review helpful (idempotent)',
      description: `A signed-in customer (X-User-Token) always counts once. Without one, ${votesPerAddressText}.`,
      errors: [429],
    },
    async (c, { params }) =>
      c.get('db').transaction(async (tx) => {
        const review = await reviewFor(tx, c.get('site').id, params.reviewId);
        const helpful = await setVote(tx, c.get('site').id, review, requireActor(c), true);
        // Counted first, refused after: the vote rolls back with the 429.
        if (helpful !== review.helpful) takeAnonymousVote(c, perAddress, `review:${review.id}`);
        return { helpful, voted: true };
      }),
  );

export const unvoteHelpful = endpoint(
  { ...voteSpec, method: 'delete', operationId: 'unvoteHelpful', summary: 'Take a helpful vote on a published review back (idempotent)' },
  async (c, { params }) =>
    c.get('db').transaction(async (tx) => {
      const review = await reviewFor(tx, c.get('site').id, params.reviewId);
      return { helpful: await setVote(tx, c.get('site').id, review, requireActor(c), false), voted: false };
    }),
);

export const reportReview = endpoint(
  {
    method: 'post',
    path: `${reviewPath}/reports`,
    operationId: 'reportReview',
    tag: 'reviews',
    summary: 'Report a published review to the seller',
    description: `Counted once per visitor, and always shown to the seller with its reason. A published review is set to \`pending\` until the seller decides once its undecided reports come from ${WITNESSES_TO_HOLD} witnesses: each signed-in customer (X-User-Token) is one, visitors without a user token are one per address (an IPv6 /64).`,
    auth: 'visitor',
    params: ReviewParams,
    body: z.object({ reason: z.string().min(1).max(500) }).meta({ id: 'ReportDraft' }),
    status: 204,
    idempotent: 'optional',
  },
  async (c, { params, body }) => {
    const site = c.get('site').id;
    const actor = requireActor(c);
    const witness = witnessOf(c.get('user') && actor, c.get('address'));
    await c.get('db').transaction(async (tx) => {
      const review = await reviewFor(tx, site, params.reviewId);
      const report = await addReport(tx, site, review.id, { actor, witness, reason: body.reason });
      if (report === 'duplicate') return;
      if (report === 'held') await publishRating(tx, site, review.product_id);
      await enqueueWebhookEvent(tx, site, 'review.reported', { reviewId: review.id, productId: review.product_id, reason: body.reason, held: report === 'held' });
    });
  },
);

export const moderateReview = endpoint(
  {
    method: 'patch',
    path: reviewPath,
    operationId: 'moderateReview',
    tag: 'seller',
    summary: 'Publish or hide a review (a team member, or the shop\'s servers)',
    description: 'Approves a review awaiting moderation, or decides on a reported one. Either settles its reports: they leave the queue, and only reports from new visitors can hold it again. Publishing issues the author the reward coupon of a running reward campaign (once per review); hiding withdraws it unless it was redeemed.',
    auth: 'member:moderate',
    params: ReviewParams,
    body: z.object({ status: z.enum(['published', 'hidden']) }).meta({ id: 'Moderation' }),
    status: 200,
    response: SellerReview,
  },
  async (c, { params, body }) => {
    const site = c.get('site').id;
    return c.get('db').transaction(async (tx) => {
      const review = await reviewFor(tx, site, params.reviewId, true);
      const row = await decide(tx, site, review.id, body.status);
      if (review.status !== body.status) await publishRating(tx, site, review.product_id);
      if (body.status === 'published') await rewardReview(tx, site, review.id);
      else await voidReward(tx, site, review.id);
      return (await forSeller(tx, site, [row]))[0]!;
    });
  },
);

export const moderationQueue = endpoint(
  {
    method: 'get',
    path: '/v1/sites/{site}/reviews',
    operationId: 'listReviewsForSeller',
    tag: 'seller',
    summary: 'Reviews of every product by status, newest first (a team member, or the shop\'s servers)',
    description:
      'The seller\'s queues: `status=pending&reason=moderation` for new reviews awaiting approval, `reported=true` for every review with reports not yet decided on, held (`status=pending&reason=reports`) or still published, each with `reportReasons`; `status=published` for every review to answer. Any team member reads them (deciding takes `moderate`), private answers included.',
    auth: 'member',
    query: z.object({
      status: z.enum(['published', 'pending', 'hidden']).optional().describe('Default: `pending`; with `reported=true`, any status.'),
      reason: PendingReason.optional().describe('With `status=pending`: only reviews waiting for this reason.'),
      reported: z.enum(['true', 'false']).optional().describe('`true`: only reviews with reports the seller has not decided on.'),
      cursor: z.string().max(200).optional(),
      limit: z.coerce.number().pipe(z.int().min(1).max(100)).default(50),
    }),
    status: 200,
    response: SellerReviewPage,
  },
  async (c, { query }) => {
    const db = c.get('db');
    const site = c.get('site').id;
    const reported = query.reported === 'true';
    const { rows, total } = await queuePage(db, site, {
      status: query.status ?? (reported ? undefined : 'pending'),
      reason: query.reason,
      reported,
      before: query.cursor ? decodeCursor(c, QueueCursor, query.cursor).s : undefined,
      limit: query.limit + 1,
    });
    const page = rows.slice(0, query.limit);
    return {
      reviews: await forSeller(db, site, page),
      total,
      ...(rows.length > query.limit ? { next: encodeCursor(c, { s: page.at(-1)!.seq_text }) } : {}),
    };
  },
);
