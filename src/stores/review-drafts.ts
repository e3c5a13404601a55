import type { Stars } from '../core/adapter.js';
import { $consent, $settings } from '../core/config.js';
import { storage } from '../core/storage.js';

/** What a person has written of a review so far: the rating may still be missing. */
export interface UnsentReview {
  readonly rating?: Stars;
  readonly title: string;
  readonly text: string;
  readonly author: string;
}

export const emptyReview: UnsentReview = { title: '', text: '', author: '' };

const key = (productId: string) => `sc-widgets:${$settings.get().site}:review-draft:${productId}`;

const isStars = (value: unknown): value is Stars => typeof value === 'number' && [1, 2, 3, 4, 5].includes(value);
const text = (value: unknown) => (typeof value === 'string' ? value : '');

/**
 * The draft kept for the product on this site, or an empty one. Reads nothing without
 * consent (reading storage needs it as much as writing), and a draft kept by an older
 * version or edited by hand yields only the fields that still make sense.
 */
export function savedReview(productId: string): UnsentReview {
  if (!$consent.get()) return emptyReview;
  try {
    const saved: Record<string, unknown> = JSON.parse(storage().getItem(key(productId)) ?? '{}') ?? {};
    return { ...(isStars(saved.rating) && { rating: saved.rating }), title: text(saved.title), text: text(saved.text), author: text(saved.author) };
  } catch {
    return emptyReview;
  }
}

/**
 * Keeps the draft across a failed submit and a reload, only with consent. Called on each
 * keystroke: a few kilobytes written synchronously cost less than a debounce would lose
 * when the page closes within it.
 */
export function saveReview(productId: string, review: UnsentReview): void {
  if (!$consent.get()) return;
  const blank = !review.rating && !review.title && !review.text && !review.author;
  try {
    if (blank) storage().removeItem(key(productId));
    else storage().setItem(key(productId), JSON.stringify(review));
  } catch {
    // Storage full: the draft lives on in the form.
  }
}

/** Forgets the draft once the review is sent. Removing needs no consent: it stores nothing. */
export function forgetReview(productId: string): void {
  storage().removeItem(key(productId));
}

/** A draft is kept for the product: its form opens by itself, to be finished. */
export function hasDraft(productId: string): boolean {
  const { rating, title, text, author } = savedReview(productId);
  return !!(rating || title || text || author);
}
