import type { ReviewSort } from '../../core/adapter.js';
import { packed } from '../../i18n/language-pack.js';

export type ReportReason = 'spam' | 'offensive' | 'off-topic' | 'other';

export interface ReviewThreadMessages {
  readonly reviews: string;
  readonly sortBy: string;
  readonly sorts: Readonly<Record<ReviewSort, string>>;
  filtered(stars: number): string;
  readonly showAll: string;
  /** The toggle that shows only reviews with photos. */
  readonly withPhotos: string;
  readonly more: string;
  readonly earlier: string;
  showing(from: string, to: string, total: string): string;
  readonly verified: string;
  readonly pending: string;
  rated(stars: number): string;
  readonly helpful: string;
  readonly report: string;
  readonly reasons: Readonly<Record<ReportReason, string>>;
  readonly reason: string;
  readonly chooseReason: string;
  readonly sendReport: string;
  readonly reported: string;
  /** A failure, said until the detailed message has loaded (or where it cannot load). */
  readonly failed: string;
  readonly reply: string;
  readonly yourReply: string;
  readonly yourName: string;
  readonly sendReply: string;
  readonly cancel: string;
  /** Over the shop's answer, with the shop's name the page gives (`shop-name`). */
  shopReply(shop: string): string;
  /** Over the shop's answer, when the page gives no name. */
  readonly ourReply: string;
  /** Who signed the shop's answer: a team member's name and role as the shop typed it ("webcare team"). */
  member(name: string, role: string): string;
  /** In place of a private answer's text, for everyone but the review's author. */
  readonly answeredPrivately: string;
  /** Beside a private answer, for the review's author who alone sees it. */
  readonly privateToYou: string;
  readonly empty: string;
  readonly write: string;
  /** For a product with no reviews, before "Write a review". */
  readonly first: string;
}

export const reviewThreadMessages = packed('reviewThread', {
  reviews: 'Reviews',
  sortBy: 'Sort by',
  sorts: { newest: 'Newest', helpful: 'Most helpful', highest: 'Highest rating', lowest: 'Lowest rating' },
  filtered: (stars) => `Showing ${stars}-star reviews`,
  showAll: 'Show all',
  withPhotos: 'With photos',
  more: 'Show more reviews',
  earlier: 'Show earlier reviews',
  showing: (from, to, total) => `Showing reviews ${from}–${to} of ${total}`,
  verified: 'Verified buyer',
  pending: 'Awaiting approval',
  rated: (stars) => `Rated ${stars} out of 5`,
  helpful: 'Helpful',
  report: 'Report',
  reasons: { spam: 'Spam or advertising', offensive: 'Offensive', 'off-topic': 'Not about this product', other: 'Something else' },
  reason: 'Why?',
  chooseReason: 'Choose a reason.',
  sendReport: 'Send report',
  reported: 'Thank you. The shop will look at it.',
  failed: 'Something went wrong.',
  reply: 'Reply',
  yourReply: 'Your reply',
  yourName: 'Your name',
  sendReply: 'Send reply',
  cancel: 'Cancel',
  shopReply: (shop) => `Reply from ${shop}`,
  ourReply: 'Reply from the shop',
  member: (name, role) => `${name}, ${role}`,
  answeredPrivately: 'The shop answered privately.',
  privateToYou: 'Only you see this answer',
  empty: 'No reviews yet.',
  write: 'Write a review',
  first: 'Be the first to review this product.',
});
