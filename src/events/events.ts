import type { Answer, CartLine, Coupon, Idea, IdeaComment, Order, Question, Review, ShareNetwork } from '../core/adapter.js';
import type { ScErrorCode } from '../core/errors.js';

export interface LikeChangeDetail {
  readonly productId: string;
  readonly liked: boolean;
  readonly count: number;
}

export interface BeforeLikeDetail {
  readonly productId: string;
  /** The state the click asks for. */
  readonly liked: boolean;
}

export interface WishlistChangeDetail {
  readonly productId: string;
  /** Whether it is now on one of the visitor's lists. */
  readonly inList: boolean;
  /** How many people wish for it, optimistic. */
  readonly count: number;
}

export interface BeforeWishlistDetail {
  readonly productId: string;
  /** The state the click asks for. */
  readonly inList: boolean;
}

export interface WishlistShareDetail {
  readonly listId: string;
  readonly shareId: string;
  /** The read-only link friends open. */
  readonly url: string;
}

export interface RatingFilterDetail {
  readonly productId: string;
  /** The star rating the reviews are filtered to; `null` for all. */
  readonly stars: 1 | 2 | 3 | 4 | 5 | null;
}

export interface ReviewVoteDetail {
  readonly productId: string;
  readonly reviewId: string;
  /** True for a helpful vote, false when the person took it back. */
  readonly helpful: boolean;
}

export interface ReviewReportDetail {
  readonly productId: string;
  readonly reviewId: string;
  readonly reason: string;
}

export interface ReviewSubmitDetail {
  readonly productId: string;
  /** As the backend created it; `status: 'pending'` until the shop approves it. */
  readonly review: Review;
}

export interface ReviewCancelDetail {
  readonly productId: string;
}

export interface VariantChangeDetail {
  readonly productId: string;
  /** The variant the chosen options name; `null` while an option is still to choose. */
  readonly variantId: string | null;
}

/** A line added to the cart, or (`sc-cart-change`) a line's new quantity, 0 when removed. */
export type CartLineDetail = CartLine;

export interface CheckoutDetail {
  /** What is being bought: the cart, or the one item of a "buy now". */
  readonly lines: readonly CartLine[];
  readonly buyNow: boolean;
  readonly gift: boolean;
  /** The buyer's note for the shop: a gift message from `<sc-buy-button gift>`. */
  readonly note?: string;
  /** The order the backend created, when it keeps orders. */
  readonly order?: Order;
  /** Where the shopper is about to go to pay; `preventDefault()` keeps them here. */
  readonly url?: string;
}

export interface ShareDetail {
  /** `native` for the device's share sheet. */
  readonly network: ShareNetwork;
  /** The link shared, with its UTM parameters. */
  readonly url: string;
  /** The product shared, when the button has a `product-id`. */
  readonly productId?: string;
  /** The ask shared, in `mode="ask"`. */
  readonly pollId?: string;
}

export interface PollVoteDetail {
  readonly pollId: string;
  readonly optionId: string;
}

export interface IdeaVoteDetail {
  readonly boardId: string;
  readonly ideaId: string;
  /** True for a vote, false when the person took it back. */
  readonly voted: boolean;
}

export interface QuestionAskDetail {
  readonly productId: string;
  /** As the backend created it. */
  readonly question: Question;
}

export interface QuestionAnswerDetail {
  readonly productId: string;
  readonly questionId: string;
  /** As the backend created it. */
  readonly answer: Answer;
}

export interface IdeaSubmitDetail {
  readonly boardId: string;
  /** As the backend created it. */
  readonly idea: Idea;
}

export interface IdeaCommentDetail {
  readonly boardId: string;
  readonly comment: IdeaComment;
}

export interface CouponDetail {
  readonly code: string;
  readonly coupon: Coupon;
}

export interface ScErrorDetail {
  readonly code: ScErrorCode;
  /** Localized, as the widget showed it; never empty. */
  readonly message: string;
  readonly productId?: string;
  /** The backend's own error code, when it answered with one, e.g. `origin_not_allowed`. */
  readonly reason?: string;
  /** What the backend said, in its words (for logs and developers, not shoppers), when it answered. */
  readonly serverMessage?: string;
}

/** Every event sc-widgets fires: bubbling, composed CustomEvents with a typed `detail`. */
export interface ScEventMap {
  /** Cancelable: a listener may stop the like or unlike by calling `preventDefault()`. */
  'sc-before-like': CustomEvent<BeforeLikeDetail>;
  /** After a person liked or unliked, with the optimistic count. */
  'sc-like-change': CustomEvent<LikeChangeDetail>;
  /** Cancelable: a listener may stop the wish-list change by calling `preventDefault()`. */
  'sc-before-wishlist': CustomEvent<BeforeWishlistDetail>;
  /** After a person put a product on their wish list or took it off, with the optimistic count. */
  'sc-wishlist-change': CustomEvent<WishlistChangeDetail>;
  /** A person made a read-only link to one of their lists. */
  'sc-wishlist-share': CustomEvent<WishlistShareDetail>;
  /** A rating summary's bar was pressed: the product's reviews are filtered to those stars. */
  'sc-rating-filter': CustomEvent<RatingFilterDetail>;
  /** A person voted a review helpful, or took the vote back (optimistic). */
  'sc-review-vote': CustomEvent<ReviewVoteDetail>;
  /** A person reported a review to the shop. */
  'sc-review-report': CustomEvent<ReviewReportDetail>;
  /** A review was sent and created. */
  'sc-review-submit': CustomEvent<ReviewSubmitDetail>;
  /** A person closed a `cancelable` review form (Cancel or Escape); the draft is kept. */
  'sc-review-cancel': CustomEvent<ReviewCancelDetail>;
  /** A person chose a product's options: the variant they name, or `null`. */
  'sc-variant-change': CustomEvent<VariantChangeDetail>;
  /** Cancelable: a listener may stop an add to cart by calling `preventDefault()`. */
  'sc-before-cart-add': CustomEvent<CartLineDetail>;
  /** A person added to the cart (optimistic). */
  'sc-cart-add': CustomEvent<CartLineDetail>;
  /** A person changed a line's quantity in the cart, or removed it (quantity 0). */
  'sc-cart-change': CustomEvent<CartLineDetail>;
  /** Cancelable: the checkout is handed off; the page may run its own flow and call `preventDefault()`. */
  'sc-checkout': CustomEvent<CheckoutDetail>;
  /** Cancelable: a listener may stop a share (the sheet, a copy, a network's page) by calling `preventDefault()`. */
  'sc-before-share': CustomEvent<ShareDetail>;
  /** A person shared: after the share sheet closed, a link was copied or a network's page opened. */
  'sc-share': CustomEvent<ShareDetail>;
  /** A person voted in a poll, or moved their vote (optimistic). */
  'sc-poll-vote': CustomEvent<PollVoteDetail>;
  /** A question was asked and created. */
  'sc-question-ask': CustomEvent<QuestionAskDetail>;
  /** A shopper's answer to a question was sent and created. */
  'sc-question-answer': CustomEvent<QuestionAnswerDetail>;
  /** A person voted an idea up, or took the vote back (optimistic). */
  'sc-idea-vote': CustomEvent<IdeaVoteDetail>;
  /** An idea was posted and created. */
  'sc-idea-submit': CustomEvent<IdeaSubmitDetail>;
  /** A comment on an idea was sent and created. */
  'sc-idea-comment': CustomEvent<IdeaCommentDetail>;
  /** Cancelable: "Use at checkout" was pressed; `preventDefault()` keeps the code out of the cart's checkout. */
  'sc-coupon-use': CustomEvent<CouponDetail>;
  /** A coupon's code was copied. */
  'sc-coupon-copy': CustomEvent<CouponDetail>;
  /** A load or a write failed; a refused write has been rolled back. */
  'sc-error': CustomEvent<ScErrorDetail>;
}

declare global {
  interface GlobalEventHandlersEventMap extends ScEventMap {}
}
