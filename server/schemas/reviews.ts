import { z } from 'zod';
import { ProductId, ServerId, SignedBy } from './common.js';
import { PhotoIds, ReviewPhoto } from './review-photos.js';

export const Stars = z.int().min(1).max(5);

/** A display name a guest gives; a signed-in customer's comes from the user token. */
export const GuestName = z.string().trim().min(1).max(60);

/** The language a review or reply was written in, as the page it was written on said. */
export const Locale = z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/).describe('BCP 47 language tag of the text.');

export const RatingSummary = z
  .object({
    average: z.number().min(0).max(5).describe('Mean rating, 0 without reviews.'),
    count: z.int().min(0),
    histogram: z.array(z.int().min(0)).length(5).describe('Reviews per star: index 0 is one star, 4 is five.'),
  })
  .meta({ id: 'RatingSummary' });

export const ReviewReply = z
  .object({
    id: ServerId,
    author: z.string(),
    seller: z.boolean().describe('Answered by the shop; `author` is the team member.'),
    text: z.string().describe('Empty in a private answer, except for the review\'s author.'),
    private: z.boolean().describe('The shop answered the review\'s author alone: everyone else sees that it answered privately, without the text.'),
    by: SignedBy.optional().describe('On the shop\'s answers: the team member who signed it; null when the shop\'s servers answered with the secret key.'),
    createdAt: z.iso.datetime(),
    locale: z.string().optional(),
  })
  .meta({ id: 'ReviewReply' });

export const Review = z
  .object({
    id: ServerId,
    productId: ProductId,
    rating: Stars,
    title: z.string(),
    text: z.string().describe('As the author typed it: plain text, never HTML.'),
    author: z.string(),
    verified: z.boolean().describe('The shop\'s user token says this customer bought the product.'),
    helpful: z.int().min(0),
    voted: z.boolean().describe('This visitor voted it helpful.'),
    status: z
      .enum(['published', 'pending'])
      .describe('`pending`: waiting for the seller (a new review on a site that moderates reviews, or one visitors reported), seen by its author alone.'),
    replies: z.array(ReviewReply),
    photos: z.array(ReviewPhoto).describe('In the order the author chose; empty while the review is not published, but to the shop.'),
    createdAt: z.iso.datetime(),
    locale: z.string().optional(),
  })
  .meta({ id: 'Review' });

/** A page of reviews, public or as the seller sees them. */
const pageOf = <T extends z.ZodType>(review: T) =>
  z.object({
    reviews: z.array(review),
    next: z.string().optional().describe('Cursor of the next page; absent on the last.'),
    total: z.int().min(0),
  });

export const ReviewPage = pageOf(Review).meta({ id: 'ReviewPage' });

export const PendingReason = z
  .enum(['moderation', 'reports'])
  .describe('Why a pending review waits: `moderation`, new on a site that approves every review; `reports`, taken down by visitors\' reports.');

/** Distinct reasons of a review's undecided reports shown to the seller; `reports` counts them all. */
export const REPORT_REASONS_SHOWN = 20;

export const SellerReview = Review.extend({
  status: z.enum(['published', 'pending', 'hidden']).describe('As for visitors, and `hidden`: removed by the seller.'),
  reports: z.int().min(0).describe('Reports since the seller last published or hid it.'),
  reportReasons: z
    .array(z.object({ reason: z.string(), count: z.int().min(1) }))
    .max(REPORT_REASONS_SHOWN)
    .describe(`Why those reports were made, the most given reason first (among equals, the latest); at most ${REPORT_REASONS_SHOWN} distinct reasons.`),
  pendingReason: PendingReason.optional().describe('Set while `status` is `pending`.'),
}).meta({ id: 'SellerReview' });

export const SellerReviewPage = pageOf(SellerReview).meta({ id: 'SellerReviewPage' });

export const ReviewSort = z.enum(['newest', 'helpful', 'highest', 'lowest']);
export type ReviewSort = z.infer<typeof ReviewSort>;

/** A review's `seq` as a cursor holds it: digits of a positive PostgreSQL bigint. */
export const Seq = z
  .string()
  .regex(/^\d{1,19}$/)
  .refine((digits) => BigInt(digits) <= 2n ** 63n - 1n);

/**
 * What a page cursor holds: the last review's sort key `k` and `seq` `s`, bounded to what
 * the columns hold, so a forged cursor is refused before it reaches a query.
 */
export const ReviewCursor = z.discriminatedUnion('sort', [
  z.object({ sort: z.literal('newest'), k: z.literal(0), s: Seq }),
  z.object({ sort: z.literal('helpful'), k: z.int().min(0).max(2 ** 31 - 1), s: Seq }),
  z.object({ sort: z.enum(['highest', 'lowest']), k: Stars, s: Seq }),
]);
export type ReviewCursor = z.infer<typeof ReviewCursor>;

export const QueueCursor = z.object({ s: Seq });

export const ReviewDraft = z
  .object({
    rating: Stars,
    title: z.string().max(120).default(''),
    text: z.string().min(1).max(5000),
    author: GuestName.optional().describe('For guests; a signed-in customer\'s name comes from the user token.'),
    locale: Locale.optional(),
    photos: PhotoIds.optional(),
  })
  .meta({ id: 'ReviewDraft' });

export const ReplyDraft = z
  .object({
    text: z.string().min(1).max(2000),
    author: GuestName.optional().describe('For guests; a signed-in customer\'s name comes from the user token.'),
    locale: Locale.optional(),
  })
  .meta({ id: 'ReplyDraft' });
export const SellerReplyDraft = z
  .object({
    text: z.string().min(1).max(2000),
    author: z.string().min(1).max(60).optional().describe('Who answers, with the secret key; a team member\'s credential signs with their name and role instead.'),
    locale: Locale.optional(),
    private: z.boolean().default(false).describe('Answer the review\'s author alone (their visitor or customer); the public sees "answered privately".'),
  })
  .meta({ id: 'SellerReplyDraft' });
