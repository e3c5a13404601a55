// The API without side effects: import it to configure or to write an adapter.
export { configure, consent, type Settings } from './core/config.js';
export type * from './core/adapter.js';
export { ScError, NetworkError, ServerError, RefusedError, type ScErrorCode } from './core/errors.js';
export { LocalAdapter } from './adapters/local/local-adapter.js';
export type { RestAdapterOptions } from './adapters/rest/rest-adapter.js';
export type * from './events/events.js';
export { ScElement } from './core/sc-element.js';
export { ScLikeButton } from './components/like-button/like-button.component.js';
export { ScRatingSummary } from './components/rating-summary/rating-summary.component.js';
export { ScReviewThread } from './components/review-thread/review-thread.component.js';
export { ScReviewForm } from './components/review-form/review-form.component.js';
export { ScWishlistButton } from './components/wishlist-button/wishlist-button.component.js';
export { ScWishlist } from './components/wishlist/wishlist.component.js';
export { ScShareButton } from './components/share-button/share-button.component.js';
export { ScPoll } from './components/poll/poll.component.js';
export { sectionOf } from './adapters/sections.js';
