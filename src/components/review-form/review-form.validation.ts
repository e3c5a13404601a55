import type { UnsentReview } from '../../stores/review-drafts.js';

/** The fields a review cannot be sent without, in the order the form shows them. */
export type RequiredField = 'rating' | 'text' | 'author';

/** The required fields still missing; `author` only for guests (a customer's name comes from their token). */
export function missingFields(review: UnsentReview, askAuthor: boolean): RequiredField[] {
  const missing: RequiredField[] = [];
  if (!review.rating) missing.push('rating');
  if (!review.text.trim()) missing.push('text');
  if (askAuthor && !review.author.trim()) missing.push('author');
  return missing;
}
