import { packed } from '../../i18n/language-pack.js';
import type { Outcome } from './review-form.outcome.js';
import type { RequiredField } from './review-form.validation.js';
import { plural } from '../../i18n/plural.js';

export interface ReviewFormMessages {
  readonly rating: string;
  stars(count: number): string;
  readonly title: string;
  readonly text: string;
  /** `formatted` is the count with group separators. */
  charactersLeft(count: number, formatted: string): string;
  readonly author: string;
  readonly authorHint: string;
  readonly submit: string;
  readonly sending: string;
  readonly cancel: string;
  /** What to do about each missing field. */
  readonly missing: Readonly<Record<RequiredField, string>>;
  /** What became of the last submit. */
  readonly outcome: Readonly<Record<Outcome, string>>;
}

export const reviewFormMessages = packed('reviewForm', {
  rating: 'Your rating',
  stars: (count) => plural('en', count, { one: `${count} star`, other: `${count} stars` }),
  title: 'Title (optional)',
  text: 'Your review',
  charactersLeft: (count, formatted) => plural('en', count, { one: `${formatted} character left`, other: `${formatted} characters left` }),
  author: 'Your name',
  authorHint: 'Shown with your review. Required when you are not signed in.',
  submit: 'Post review',
  sending: 'Sending…',
  cancel: 'Cancel',
  missing: { rating: 'Choose 1 to 5 stars.', text: 'Write your review.', author: 'Enter the name to show with your review.' },
  outcome: {
    published: 'Thanks! Your review is published.',
    pending: 'Thanks! Your review will appear once the shop approves it, with any thank-you coupon.',
    alreadyReviewed: 'You already reviewed this product.',
    authorRequired: 'The shop needs a name with this review.',
    notSent: 'Not sent: the shop could not be reached. Your review is kept; try again.',
    refused: 'The shop did not accept this review.',
  },
});
