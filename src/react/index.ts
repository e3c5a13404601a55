// React components for every element (`sc-widgets/react`), for React 18, which sets a
// custom element's attributes rather than its properties and hears none of its events
// (React 19 does both: the tags work as they are). Importing this defines every element, as
// `sc-widgets` does. Each wrapper takes the element's properties as props (`pageSize={4}`) and its
// events as `on…` props (`sc-cart-add` → `onCartAdd`), typed with the event's detail.
import { createComponent } from '@lit/react';
import * as React from 'react';
import { ScLikeButton as LikeButton } from '../components/like-button/like-button.js';
import { ScRatingSummary as RatingSummary } from '../components/rating-summary/rating-summary.js';
import { ScReviewThread as ReviewThread } from '../components/review-thread/review-thread.js';
import { ScReviewForm as ReviewForm } from '../components/review-form/review-form.js';
import { ScWishlistButton as WishlistButton } from '../components/wishlist-button/wishlist-button.js';
import { ScWishlist as Wishlist } from '../components/wishlist/wishlist.js';
import { ScShareButton as ShareButton } from '../components/share-button/share-button.js';
import { ScPoll as Poll } from '../components/poll/poll.js';
import { ScBuyButton as BuyButton } from '../components/buy-button/buy-button.js';
import { ScProductCard as ProductCard } from '../components/product-card/product-card.js';
import { ScCart as Cart } from '../components/cart/cart.js';
import { ScStore as Store } from '../components/store/store.js';
import { ScIdeas as Ideas } from '../components/ideas/ideas.js';
import { ScQuestions as Questions } from '../components/questions/questions.js';
import { ScCoupon as Coupon } from '../components/coupon/coupon.js';
import { ScLikeDisplay as LikeDisplay } from '../components/like-display/like-display.js';
import { elementEvents, type EventsOf, type WrappedTag } from './element-events.js';
import { eventProps, pascal } from './event-props.js';

/** The React component for `tagName`, named as its class is (a minified class's own name is not). */
const wrap = <T extends WrappedTag>(tagName: T, elementClass: new () => HTMLElementTagNameMap[T]) =>
  createComponent({ react: React, tagName, elementClass, events: eventProps<EventsOf<T>>(elementEvents[tagName]), displayName: pascal(tagName) });

export const ScLikeButton = wrap('sc-like-button', LikeButton);
export const ScRatingSummary = wrap('sc-rating-summary', RatingSummary);
export const ScReviewThread = wrap('sc-review-thread', ReviewThread);
export const ScReviewForm = wrap('sc-review-form', ReviewForm);
export const ScWishlistButton = wrap('sc-wishlist-button', WishlistButton);
export const ScWishlist = wrap('sc-wishlist', Wishlist);
export const ScShareButton = wrap('sc-share-button', ShareButton);
export const ScPoll = wrap('sc-poll', Poll);
export const ScBuyButton = wrap('sc-buy-button', BuyButton);
export const ScProductCard = wrap('sc-product-card', ProductCard);
export const ScCart = wrap('sc-cart', Cart);
export const ScStore = wrap('sc-store', Store);
export const ScIdeas = wrap('sc-ideas', Ideas);
export const ScQuestions = wrap('sc-questions', Questions);
export const ScCoupon = wrap('sc-coupon', Coupon);
export const ScLikeDisplay = wrap('sc-like-display', LikeDisplay);
