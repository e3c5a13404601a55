/**
 * The RestAdapter's wire types against openapi.yaml, at compile time: `npm run typecheck`
 * generates `openapi.gen.d.ts` from the spec (openapi-typescript) and fails here when what
 * the adapter sends or expects and what the server's spec says drift apart. Each check is
 * mutual assignability (readonly aside), so a field added, dropped, renamed, made optional
 * or retyped on either side fails; the few differences that are meant are spelled out below.
 * Envelopes the adapter writes inline (`request<{ likes: … }>('likes')` in src/adapters/rest/)
 * are restated here as written there. Not covered: the event stream's data, which the
 * spec describes in words only (`text/event-stream`).
 */
import type {
  Cart,
  CartLine,
  Coupon,
  LikeState,
  Order,
  OrderOptions,
  PollState,
  ProductId,
  ProductPage,
  ProductQuery,
  RatingSummary,
  ReplyDraft,
  Review,
  ReviewQuery,
  ReviewReply,
  ShareCount,
  ShareNetwork,
  Wishlist,
  WishState,
} from '../../src/core/adapter.js';
import type {
  InsightsActivity,
  InsightsFunnel,
  InsightsInterval,
  InsightsMetric,
  InsightsNetworks,
  InsightsProducts,
  InsightsRange,
  InsightsRatings,
  InsightsVotes,
} from '../../src/components/insights/insights-source.js';
import type { WirePhoto, WireReview, WireReviewDraft, WireReviewPage } from '../../src/adapters/rest/rest-reviews.js';
import type { operations } from './openapi.gen.js';

type Operation = keyof operations;
type JsonOf<T> = T extends { readonly content: { readonly 'application/json': infer Json } } ? Json : never;
/** What an operation answers on success, as JSON. */
type Answer<K extends Operation> = JsonOf<operations[K]['responses'][Extract<keyof operations[K]['responses'], 200 | 201>]>;
/** What an operation takes as its JSON body. */
type Body<K extends Operation> = JsonOf<NonNullable<operations[K]['requestBody']>>;
/** What an operation takes as its query string. */
type Query<K extends Operation> = NonNullable<operations[K]['parameters']['query']>;

/**
 * The shape on the wire: readonly everywhere (that is the adapter's promise to itself),
 * and every property present, marked when it may be absent, so that a property only one
 * side names fails the check even where it is optional, and so does one optional on one side only.
 */
type Wire<T> = T extends object ? { readonly [K in keyof T]-?: Wire<T[K]> | ({} extends Pick<T, K> ? 'may be absent' : never) } : T;
/** Compiles only when the two `Wire` types accept the same values; an error names the property that differs. */
type Same<Adapter extends Spec, Spec extends Back, Back = Adapter> = [Adapter, Spec];

// The differences that are meant, each named where it applies:
/** The reference server says more than the Adapter interface asks of every backend: `Extra` fields, and `Optional` ones it always sends. */
type SaysMore<Spec, Extra extends keyof Spec, Optional extends keyof Spec = never> = Omit<Spec, Extra | Optional> & Partial<Pick<Spec, Optional>>;
/** The adapter always sends `Always`, which the spec lets a client leave out (a default). */
type Sends<Spec, Always extends keyof Spec> = Omit<Spec, Always> & { readonly [K in Always]-?: Exclude<Spec[K], undefined> };

/** A wish list as the reference server sends it: always with its variants and owner's name, which another backend may leave out. */
type WishlistAnswer = SaysMore<Answer<'readSharedWishlist'>, never, 'variants' | 'ownerName'>;

// ── What the adapter receives ───────────────────────────────────────────────
export type Answers = [
  Same<Wire<{ token: string }>, Wire<Answer<'createVisitor'>>>,
  Same<Wire<{ likes: Record<string, LikeState> }>, Wire<Answer<'readLikes'>>>,
  Same<Wire<LikeState>, Wire<Answer<'like'>>>,
  Same<Wire<LikeState>, Wire<Answer<'unlike'>>>,
  Same<Wire<{ ratings: Record<string, RatingSummary> }>, Wire<Answer<'readRatings'>>>,
  // Reviews as the server gives them: the adapter adds each photo's URL (rest-reviews.ts).
  Same<Wire<WireReviewPage>, Wire<Answer<'listReviews'>>>,
  Same<Wire<WireReview>, Wire<Answer<'createReview'>>>,
  Same<Wire<WirePhoto>, Wire<Answer<'uploadReviewPhoto'>>>,
  Same<Wire<ReviewReply>, Wire<Answer<'replyToReview'>>>,
  Same<Wire<Pick<Review, 'helpful' | 'voted'>>, Wire<Answer<'voteHelpful'>>>,
  Same<Wire<Pick<Review, 'helpful' | 'voted'>>, Wire<Answer<'unvoteHelpful'>>>,
  Same<Wire<{ wishes: Record<string, WishState> }>, Wire<Answer<'readWishes'>>>,
  Same<Wire<WishState>, Wire<Answer<'addWish'>>>,
  Same<Wire<WishState>, Wire<Answer<'removeWish'>>>,
  // Every wish-list answer is one schema (Wishlist): the same as the shared list's.
  Same<Wire<Answer<'listWishlists'>>, Wire<{ wishlists: Answer<'readSharedWishlist'>[] }>>,
  Same<Wire<Answer<'createWishlist'>>, Wire<Answer<'readSharedWishlist'>>>,
  Same<Wire<Answer<'shareWishlist'>>, Wire<Answer<'readSharedWishlist'>>>,
  Same<Wire<{ wishlists: Wishlist[] }>, Wire<{ readonly wishlists: readonly WishlistAnswer[] }>>,
  Same<Wire<Wishlist>, Wire<WishlistAnswer>>,
  Same<Wire<{ shares: Record<string, ShareCount> }>, Wire<{ readonly shares: Readonly<Record<string, SaysMore<Answer<'recordShare'>, 'networks'>>> }>>,
  Same<Wire<ShareCount>, Wire<SaysMore<Answer<'recordShare'>, 'networks'>>>,
  Same<Wire<ProductPage>, Wire<Answer<'listProducts'>>>,
  Same<Wire<Cart>, Wire<Answer<'getCart'>>>,
  Same<Wire<Cart>, Wire<Answer<'setCartLine'>>>,
  // `demo` is LocalAdapter's alone: the server's orders are real.
  Same<Wire<Omit<Order, 'demo'>>, Wire<SaysMore<Answer<'checkout'>, 'lines', 'gift' | 'discount' | 'couponCode' | 'reference'>>>,
  Same<Wire<{ coupons: Coupon[] }>, Wire<Answer<'listMyCoupons'>>>,
  Same<Wire<Coupon>, Wire<Answer<'getCoupon'>>>,
  Same<Wire<{ polls: Record<string, PollState> }>, Wire<Answer<'readPolls'>>>,
  Same<Wire<PollState>, Wire<Answer<'votePoll'>>>,
  Same<Wire<PollState>, Wire<Answer<'createAsk'>>>,
];

// ── What <sc-insights> reads (restInsightsSource) ───────────────────────────
export type InsightsAnswers = [
  Same<Wire<InsightsActivity>, Wire<Answer<'readInsightsActivity'>>>,
  Same<Wire<InsightsProducts>, Wire<Answer<'readInsightsProducts'>>>,
  Same<Wire<InsightsNetworks>, Wire<Answer<'readInsightsNetworks'>>>,
  Same<Wire<InsightsRatings>, Wire<Answer<'readInsightsRatings'>>>,
  Same<Wire<InsightsFunnel>, Wire<Answer<'readInsightsFunnel'>>>,
  Same<Wire<InsightsVotes>, Wire<Answer<'readInsightsVotes'>>>,
  // The source always sends the range (and the interval, the metric), which the routes default.
  Same<Wire<InsightsRange & { interval: InsightsInterval }>, Wire<Sends<Query<'readInsightsActivity'>, 'from' | 'to' | 'interval'>>>,
  Same<Wire<InsightsRange & { metric: InsightsMetric }>, Wire<Sends<Omit<Query<'readInsightsProducts'>, 'limit'>, 'from' | 'to' | 'metric'>>>,
];

// ── What the adapter sends ──────────────────────────────────────────────────
export type Requests = [
  Same<Wire<{ ids: readonly ProductId[] }>, Wire<Query<'readLikes'>>>,
  // `withPhotos` is a boolean the query writes as `true` (and leaves out when false).
  Same<Wire<Omit<ReviewQuery, 'withPhotos'>>, Wire<Sends<Omit<Query<'listReviews'>, 'withPhotos'>, 'sort' | 'limit'>>>,
  // Photos go by the ids their uploads answered.
  Same<Wire<WireReviewDraft>, Wire<Sends<Body<'createReview'>, 'title'>>>,
  Same<Wire<ReplyDraft>, Wire<Body<'replyToReview'>>>,
  Same<Wire<{ reason: string }>, Wire<Body<'reportReview'>>>,
  Same<Wire<{ listId?: string; variantId?: string }>, Wire<Body<'addWish'>>>,
  Same<Wire<{ listId?: string }>, Wire<Query<'removeWish'>>>,
  Same<Wire<{ name: string }>, Wire<Body<'createWishlist'>>>,
  Same<Wire<{ ownerName?: string }>, Wire<Body<'shareWishlist'>>>,
  Same<Wire<{ network: ShareNetwork }>, Wire<Body<'recordShare'>>>,
  Same<Wire<{ ids: readonly ProductId[] }>, Wire<Required<Pick<Query<'listProducts'>, 'ids'>>>>,
  Same<Wire<ProductQuery>, Wire<Sends<Omit<Query<'listProducts'>, 'ids'>, 'limit'>>>,
  Same<Wire<CartLine>, Wire<Body<'setCartLine'>>>,
  // The body's `idempotencyKey` is for older clients; the adapter sends the header.
  Same<Wire<OrderOptions>, Wire<Omit<Body<'checkout'>, 'idempotencyKey'>>>,
  Same<Wire<{ optionId: string }>, Wire<Body<'votePoll'>>>,
  Same<Wire<{ productIds: readonly ProductId[] }>, Wire<Body<'createAsk'>>>,
];
