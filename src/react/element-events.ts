import type { ScEventMap } from '../events/events.js';

/**
 * The events each element fires, as the `@event` tags of its class list them: its React
 * wrapper's `on…` props. test/node/react-wrappers.test.ts checks this list against
 * custom-elements.json, so an element or an event added there and not here fails.
 */
export const elementEvents = {
  'sc-like-button': ['sc-before-like', 'sc-like-change', 'sc-error'],
  'sc-rating-summary': ['sc-rating-filter'],
  'sc-review-thread': ['sc-review-vote', 'sc-review-report', 'sc-error'],
  'sc-review-form': ['sc-review-submit', 'sc-review-cancel', 'sc-error'],
  'sc-wishlist-button': ['sc-before-wishlist', 'sc-wishlist-change', 'sc-error'],
  'sc-wishlist': ['sc-wishlist-share', 'sc-error'],
  'sc-share-button': ['sc-before-share', 'sc-share', 'sc-error'],
  'sc-poll': ['sc-poll-vote', 'sc-error'],
  'sc-buy-button': ['sc-variant-change', 'sc-before-cart-add', 'sc-cart-add', 'sc-checkout', 'sc-error'],
  'sc-product-card': ['sc-cart-add', 'sc-checkout'],
  'sc-cart': ['sc-cart-change', 'sc-checkout', 'sc-error'],
  'sc-store': ['sc-cart-add', 'sc-checkout', 'sc-error'],
  'sc-ideas': ['sc-idea-vote', 'sc-idea-submit', 'sc-idea-comment', 'sc-error'],
  'sc-questions': ['sc-question-ask', 'sc-question-answer', 'sc-error'],
  'sc-coupon': ['sc-coupon-use', 'sc-coupon-copy', 'sc-error'],
  'sc-like-display': [],
} as const satisfies Record<`sc-${string}`, readonly (keyof ScEventMap)[]>;

export type WrappedTag = keyof typeof elementEvents;

/** The events `tag` fires. */
export type EventsOf<T extends WrappedTag> = (typeof elementEvents)[T][number];
