/**
 * The one seam between widgets and a backend. Widgets never see HTTP or storage: they
 * call these methods through the stores. A third party (Firebase, Supabase, a shop's own
 * API) implements this interface and passes it to `configure({ adapter })`.
 *
 * Rules every adapter keeps:
 * - batched reads take many ids and resolve to a record holding every id asked for;
 * - writes *set* a state (never toggle), so a retried write lands once;
 * - failures reject with the classes in `errors.ts` (`RefusedError` only when retrying
 *   cannot help), never with a transport's own error type.
 *
 * Only `likes` is required; a widget whose resource an adapter lacks shows an
 * "unsupported" error instead of breaking the page.
 */

/** A product id exactly as the shop uses it (SKU, handle, numeric id): 1 to 128 characters. */
export type ProductId = string;
/** An ISO 4217 currency code, e.g. `EUR`. */
export type CurrencyCode = string;
/** An ISO 8601 timestamp, e.g. `2026-11-24T12:00:00Z`. */
export type Timestamp = string;
/** Money in minor units (cents) to keep sums exact. */
export interface Money {
  readonly amount: number;
  readonly currency: CurrencyCode;
}

/**
 * A key the caller makes once per thing a person creates (a review, a reply, an order…)
 * and passes again with every retry of it: after a failure, after a reload. An adapter
 * makes the thing once per key and answers a retry with what it made, so a double click
 * or a lost answer never creates twice. 8 to 128 printable characters without spaces.
 */
export type IdempotencyKey = string;

/** Many ids in, one record out holding every id asked for. */
export type BatchRead<T> = (ids: readonly string[]) => Promise<Readonly<Record<string, T>>>;

// ── Likes ────────────────────────────────────────────────────────────────────
export interface LikeState {
  readonly count: number;
  /** Whether this visitor (or signed-in customer) likes it. */
  readonly liked: boolean;
}
export interface LikesApi {
  readonly read: BatchRead<LikeState>;
  /** Resolves with the state the backend confirmed. */
  set(productId: ProductId, liked: boolean): Promise<LikeState>;
}

// ── Wish lists ───────────────────────────────────────────────────────────────
export interface WishState {
  /** How many people wish for it. */
  readonly count: number;
  /** Whether it is in any of this visitor's lists. */
  readonly inList: boolean;
}
export interface Wishlist {
  readonly id: string;
  /** The name the visitor gave; may be empty for a default list, which widgets name in their language. */
  readonly name: string;
  readonly productIds: readonly ProductId[];
  /** Set once the owner shared it: the read-only id friends open. */
  readonly shareId?: string;
  /** The variant (size, colour) each product was wished in, where one was chosen. */
  readonly variants?: Readonly<Record<ProductId, string>>;
  /** The name friends see on the shared list ("Anna's wish list"), as the owner chose it; empty for none. */
  readonly ownerName?: string;
  /** A shared list read by a friend: its products friends bought as gifts. Never told to the owner. */
  readonly bought?: readonly ProductId[];
}
export interface WishlistsApi {
  readonly read: BatchRead<WishState>;
  /**
   * Adds to a list (the default list when `listId` is absent) or removes from a list
   * (every list when `listId` is absent: the product is no longer wished for). Added with a
   * `variantId`, the list keeps that variant (a new one replaces it); without, the one chosen before.
   */
  set(productId: ProductId, inList: boolean, listId?: string, variantId?: string): Promise<WishState>;
  /** This visitor's lists, the default one first, each with its products in the order added. */
  lists(): Promise<readonly Wishlist[]>;
  /** Starts a named list; once per `idempotencyKey`. */
  create(name: string, idempotencyKey: IdempotencyKey): Promise<Wishlist>;
  /** Deletes a named list (not the default one); its shared link stops working. */
  delete(listId: string): Promise<void>;
  /** The list with a `shareId` friends can open read-only (the same id every time), showing `ownerName` when given ('' for none). */
  share(listId: string, ownerName?: string): Promise<Wishlist>;
  /** A list someone shared, read-only. */
  shared(shareId: string): Promise<Wishlist>;
}

// ── Shares ───────────────────────────────────────────────────────────────────
/** Where a person shared: `native` is the device's share sheet, `copy` a copied link. */
export type ShareNetwork =
  | 'native'
  | 'copy'
  | 'email'
  | 'whatsapp'
  | 'x'
  | 'facebook'
  | 'linkedin'
  | 'pinterest'
  | 'telegram'
  | 'line'
  | 'weibo';
export interface ShareCount {
  /** Shares of the product, each person counted once per network. */
  readonly count: number;
}
export interface SharesApi {
  readonly read: BatchRead<ShareCount>;
  /** Records that this visitor shared the product; recording it again changes nothing. */
  record(productId: ProductId, network: ShareNetwork): Promise<ShareCount>;
}

// ── Reviews ──────────────────────────────────────────────────────────────────
export type Stars = 1 | 2 | 3 | 4 | 5;
export interface RatingSummary {
  /** Mean rating, 0 when there are no reviews. */
  readonly average: number;
  readonly count: number;
  /** Reviews per star: index 0 is one star, index 4 is five. */
  readonly histogram: readonly [number, number, number, number, number];
}
/** The shop's team member who signed an answer or a status: their name and role ("Carolien", "webcare team"). */
export interface SignedBy {
  readonly name: string;
  readonly role: string;
}
export interface ReviewReply {
  readonly id: string;
  readonly author: string;
  /** Set when the seller answered, with the team member's name in `author`. */
  readonly seller: boolean;
  /** Empty in a private answer, except for the review's author. */
  readonly text: string;
  /** The shop answered the review's author alone: others see that it did, not what. */
  readonly private: boolean;
  /** On the shop's answers: who signed it; null when the shop's servers answered with the site's key. */
  readonly by?: SignedBy | null;
  readonly createdAt: Timestamp;
  /** BCP 47 tag of the text, as written; absent when not known. */
  readonly locale?: string;
}
/** A photo of a review, as a review shows it. */
export interface ReviewPhoto {
  readonly id: string;
  readonly type: 'image/webp' | 'image/jpeg' | 'image/png';
  readonly width: number;
  readonly height: number;
  /** Where the image loads from: a URL the backend serves, or a data URL. */
  readonly url: string;
}
/** A photo picked for a review, resized in the browser (src/core/image-resize.ts) and not yet sent. */
export interface PhotoUpload {
  /** Made once per picked photo: another photo is another request, the same one a retry. */
  readonly key: string;
  readonly blob: Blob;
  readonly width: number;
  readonly height: number;
}
export interface Review {
  readonly id: string;
  readonly productId: ProductId;
  readonly rating: Stars;
  readonly title: string;
  readonly text: string;
  readonly author: string;
  readonly verified: boolean;
  readonly helpful: number;
  /** Whether this visitor voted it helpful. */
  readonly voted: boolean;
  /** `pending`: awaiting the seller (a site that moderates first, or reported too often). */
  readonly status: 'published' | 'pending';
  readonly replies: readonly ReviewReply[];
  /** In the author's order; none while the review waits for the shop. Absent: the backend keeps no photos. */
  readonly photos?: readonly ReviewPhoto[];
  readonly createdAt: Timestamp;
  readonly locale?: string;
}
export type ReviewSort = 'newest' | 'helpful' | 'highest' | 'lowest';
export interface ReviewQuery {
  readonly sort: ReviewSort;
  readonly stars?: Stars;
  /** Only reviews with photos. */
  readonly withPhotos?: boolean;
  /** From the previous page's `next`; absent for the first page. */
  readonly cursor?: string;
  readonly limit: number;
}
export interface ReviewPage {
  readonly reviews: readonly Review[];
  /** Absent on the last page. */
  readonly next?: string;
  readonly total: number;
}
export interface ReviewDraft {
  readonly rating: Stars;
  readonly title: string;
  readonly text: string;
  /** For guests; a signed-in customer's name comes from the user token. */
  readonly author?: string;
  /** BCP 47 tag of the text. */
  readonly locale?: string;
  /** Up to 4, sent with the review; an adapter without photos refuses a draft that has some. */
  readonly photos?: readonly PhotoUpload[];
}
export interface ReplyDraft {
  readonly text: string;
  /** For guests, as for reviews. */
  readonly author?: string;
  /** BCP 47 tag of the text. */
  readonly locale?: string;
}
export interface ReviewsApi {
  readonly summaries: BatchRead<RatingSummary>;
  list(productId: ProductId, query: ReviewQuery): Promise<ReviewPage>;
  /** Writes a review; once per `idempotencyKey`. */
  create(productId: ProductId, draft: ReviewDraft, idempotencyKey: IdempotencyKey): Promise<Review>;
  /** Answers a review; once per `idempotencyKey`. */
  reply(reviewId: string, draft: ReplyDraft, idempotencyKey: IdempotencyKey): Promise<ReviewReply>;
  /** Sets (not toggles) this visitor's helpful vote. */
  vote(reviewId: string, helpful: boolean): Promise<Pick<Review, 'helpful' | 'voted'>>;
  /** Reports a review to the seller; once per `idempotencyKey`. */
  report(reviewId: string, reason: string, idempotencyKey: IdempotencyKey): Promise<void>;
}

// ── Catalog, cart and checkout ───────────────────────────────────────────────
export interface Variant {
  readonly id: string;
  /** Option name to value, e.g. `{ size: 'M', colour: 'red' }`. */
  readonly options: Readonly<Record<string, string>>;
  readonly price: Money;
  readonly compareAtPrice?: Money;
  /** Units in stock; absent when the shop does not track stock. */
  readonly stock?: number;
}
export interface Product {
  readonly id: ProductId;
  readonly title: string;
  readonly description: string;
  readonly images: readonly string[];
  readonly category?: string;
  readonly variants: readonly Variant[];
}
export interface ProductQuery {
  readonly search?: string;
  readonly category?: string;
  readonly sort?: 'title' | 'price-asc' | 'price-desc' | 'newest';
  readonly cursor?: string;
  readonly limit: number;
}
export interface ProductPage {
  readonly products: readonly Product[];
  readonly next?: string;
  readonly total: number;
  /** Every category of the catalog, for a filter; absent when the backend does not say. */
  readonly categories?: readonly string[];
}
export interface CartLine {
  readonly productId: ProductId;
  readonly variantId: string;
  readonly quantity: number;
}
export interface Cart {
  readonly lines: readonly CartLine[];
}
export interface Order {
  readonly id: string;
  /** The order's reference for people, e.g. `SC-7F3K-92QD`, when the backend gives one; else the id is shown. */
  readonly reference?: string;
  /** Placed nowhere: LocalAdapter's checkout in a demo, priced in the browser, sends nothing and takes nothing. */
  readonly demo?: boolean;
  readonly status: 'pending' | 'paid' | 'cancelled';
  /** Computed by the backend from its catalog, never from prices a page sent. */
  readonly total: Money;
  readonly gift?: boolean;
  readonly note?: string;
  /** Where to send the shopper to pay, when the backend hands off to a payment page. */
  readonly checkoutUrl?: string;
  /** What the coupon took off, already out of `total`; absent or null without one. */
  readonly discount?: Money | null;
  /** The coupon the order redeemed. */
  readonly couponCode?: string | null;
  /** A gift bought from a friend's shared wish list. */
  readonly giftFor?: GiftFor;
  /** Only to the shop: whom to send a gift for the list's owner to (the owner's list, and the shop's customer id of a signed-in owner). */
  readonly recipient?: { readonly wishlistId: string; readonly customerId: string | null };
}
/** The shared wish list a gift is bought from. */
export interface GiftFor {
  readonly shareId: string;
  /** Send it to the list's owner: the shop gets the owner's reference, never their address. */
  readonly sendToOwner?: boolean;
}
export interface OrderOptions {
  /** Buy now: order these lines and leave the cart as it is. Absent: order the cart. */
  readonly lines?: readonly CartLine[];
  /** Bought as a gift, e.g. from a friend's wish list. */
  readonly gift?: boolean;
  /** A note for the shop, e.g. a gift message. */
  readonly note?: string;
  /** A coupon to redeem: the backend checks it and takes its discount off the total, or refuses the order. */
  readonly couponCode?: string;
  /**
   * Buy as a gift from a friend's shared list: the item is marked bought for the owner's other
   * friends. An item already bought is refused (`already_bought`) unless `again`.
   */
  readonly giftFor?: GiftFor & { readonly again?: boolean };
}
export interface CatalogApi {
  /** The products asked for; unlike other batched reads, ids not in the catalog are left out. */
  readonly read: BatchRead<Product>;
  list(query: ProductQuery): Promise<ProductPage>;
}
export interface CartApi {
  get(): Promise<Cart>;
  /** Sets a line's quantity; 0 removes it. */
  setLine(line: CartLine): Promise<Cart>;
  /** The same key always yields the same order, so a double click orders once. Ordering the cart empties it; a demo order leaves it. */
  checkout(idempotencyKey: IdempotencyKey, options?: OrderOptions): Promise<Order>;
}

// ── Polls ────────────────────────────────────────────────────────────────────
/** One answer of a poll; in an ask, `id` is a product id. */
export interface PollOption {
  readonly id: string;
  /** In an ask: the product's title when the catalog knows it, else its id. */
  readonly label: string;
  /** A seller's option that is a product; `label` is its title when the poll was saved. */
  readonly productId?: ProductId;
  readonly votes: number;
}
export interface PollState {
  readonly id: string;
  /** `ask`: a shopper's "which one?" among products (see `PollsApi.ask`); `poll`: the seller's. */
  readonly kind: 'poll' | 'ask';
  /** Empty in an ask: widgets show their own translated "Which one?". */
  readonly question: string;
  readonly options: readonly PollOption[];
  /** The option this visitor chose. */
  readonly voted?: string;
  /** Voting has ended: the poll shows its results and refuses votes. */
  readonly closed: boolean;
  /** When voting ends, or ended (ISO 8601); absent: open until the seller closes it. */
  readonly closesAt?: string;
}
export interface PollsApi {
  /** The polls asked for; unlike other batched reads, unknown ids are left out. */
  readonly read: BatchRead<PollState>;
  /** Sets (moves) this visitor's vote. */
  vote(pollId: string, optionId: string): Promise<PollState>;
  /**
   * Creates a public "which one?" poll among 2 to 6 distinct products,
   * whose options are `productIds` in order, for friends to vote on without an account.
   * Rejects with a `RefusedError` on fewer, more or repeated ids. Once per `idempotencyKey`.
   */
  ask(productIds: readonly ProductId[], idempotencyKey: IdempotencyKey): Promise<PollState>;
}

// ── Ideas ────────────────────────────────────────────────────────────────────
/** `new` until the shop gives another; `done`: launched. */
export type IdeaStatus = 'new' | 'under_review' | 'planned' | 'done' | 'declined';
export type IdeaSort = 'top' | 'new';
/** The shop's word on an idea: its status, why, and who signed it. */
export interface IdeaNote {
  readonly status: IdeaStatus;
  /** May be empty. */
  readonly text: string;
  /** The team member's name and role; null when the shop wrote it without one (say "the shop"). */
  readonly by: SignedBy | null;
  readonly at: Timestamp;
}
export interface Idea {
  readonly id: string;
  readonly boardId: string;
  readonly title: string;
  readonly text: string;
  readonly author: string;
  readonly status: IdeaStatus;
  /** Absent while the idea is new. */
  readonly note?: IdeaNote;
  readonly votes: number;
  /** Whether this visitor voted for it. */
  readonly voted: boolean;
  /** How many comments it has. */
  readonly comments: number;
  readonly createdAt: Timestamp;
  readonly locale?: string;
}
export interface IdeaQuery {
  /** Only ideas with this status. */
  readonly status?: IdeaStatus;
  readonly sort: IdeaSort;
  readonly cursor?: string;
  readonly limit: number;
}
export interface IdeaPage {
  readonly ideas: readonly Idea[];
  readonly next?: string;
  readonly total: number;
}
export interface IdeaComment {
  readonly id: string;
  readonly ideaId: string;
  readonly author: string;
  readonly text: string;
  readonly createdAt: Timestamp;
  readonly locale?: string;
}
export interface IdeaCommentPage {
  readonly comments: readonly IdeaComment[];
  readonly next?: string;
  readonly total: number;
}
export interface IdeaDraft {
  readonly title: string;
  readonly text: string;
  /** For guests; a signed-in customer's name comes from the user token. */
  readonly author?: string;
  /** BCP 47 tag of the text. */
  readonly locale?: string;
}
export interface IdeasApi {
  /** A board's ideas: a board is any id the page names. */
  list(boardId: string, query: IdeaQuery): Promise<IdeaPage>;
  /** The board's ideas marked done, the latest launched first. */
  done(boardId: string, page: { readonly cursor?: string; readonly limit: number }): Promise<IdeaPage>;
  /** Posts an idea; once per `idempotencyKey`. */
  create(boardId: string, draft: IdeaDraft, idempotencyKey: IdempotencyKey): Promise<Idea>;
  /** Sets (not toggles) this visitor's vote. */
  vote(ideaId: string, voted: boolean): Promise<Pick<Idea, 'votes' | 'voted'>>;
  /** An idea's comments, oldest first. */
  comments(ideaId: string, page: { readonly cursor?: string; readonly limit: number }): Promise<IdeaCommentPage>;
  /** Comments on an idea; once per `idempotencyKey`. */
  comment(ideaId: string, draft: Omit<IdeaDraft, 'title'>, idempotencyKey: IdempotencyKey): Promise<IdeaComment>;
}

// ── Questions ────────────────────────────────────────────────────────────────
export interface Answer {
  readonly id: string;
  /** Plain text, never HTML. */
  readonly text: string;
  /** The customer or guest; for the shop's answers, the team member (empty when none signed). */
  readonly author: string;
  /** The shop's answer, shown first. */
  readonly shop: boolean;
  /** Set on the shop's answers. */
  readonly by?: SignedBy | null;
  /** Shown to the asker alone. */
  readonly private: boolean;
  readonly helpful: number;
  /** This visitor voted it helpful. */
  readonly voted: boolean;
  readonly createdAt: string;
  readonly locale?: string;
}
export interface Question {
  readonly id: string;
  readonly productId: ProductId;
  readonly text: string;
  readonly author: string;
  /** `pending`: waiting for the shop, seen by its asker alone. */
  readonly status: 'published' | 'pending';
  /** Public answers. */
  readonly answerCount: number;
  /** The shop answered the asker privately. */
  readonly answeredPrivately: boolean;
  /** Asked by this visitor or customer. */
  readonly mine: boolean;
  /** The shop's first, then the most helpful; private ones only for the asker. */
  readonly answers: readonly Answer[];
  readonly createdAt: string;
  readonly locale?: string;
}
/** One of this visitor's own questions: whether it was answered. */
export interface AskedQuestion {
  readonly id: string;
  readonly productId: ProductId;
  readonly text: string;
  readonly status: 'published' | 'pending' | 'hidden';
  readonly answered: boolean;
  readonly answeredAt?: string;
  readonly createdAt: string;
}
/** `unanswered`: only questions without an answer, newest first. */
export type QuestionSort = 'newest' | 'helpful' | 'unanswered';
export interface QuestionQuery {
  readonly sort: QuestionSort;
  /** Words to find in the questions or their public answers. */
  readonly search?: string;
  readonly cursor?: string;
  readonly limit: number;
}
export interface QuestionPage {
  readonly questions: readonly Question[];
  readonly next?: string;
  readonly total: number;
  /** This visitor's own questions about the product, newest first, whatever the page. */
  readonly asked: readonly AskedQuestion[];
}
export interface QuestionsApi {
  list(productId: ProductId, query: QuestionQuery): Promise<QuestionPage>;
  /** Asks a question (`ReplyDraft`: text, a guest's name); once per `idempotencyKey`. */
  ask(productId: ProductId, draft: ReplyDraft, idempotencyKey: IdempotencyKey): Promise<Question>;
  /** Answers a question as a customer or guest; once per `idempotencyKey`. */
  answer(questionId: string, draft: ReplyDraft, idempotencyKey: IdempotencyKey): Promise<Answer>;
  /** Sets (not toggles) this visitor's helpful vote on an answer. */
  vote(answerId: string, helpful: boolean): Promise<Pick<Answer, 'helpful' | 'voted'>>;
  /** Reports a question or an answer to the shop; once per `idempotencyKey`. */
  report(subject: 'question' | 'answer', id: string, reason: string, idempotencyKey: IdempotencyKey): Promise<void>;
}

// ── Coupons ──────────────────────────────────────────────────────────────────
/** What a coupon takes off: an amount, or a percentage of the order. */
export type CouponDiscount = { readonly kind: 'amount'; readonly amount: Money } | { readonly kind: 'percent'; readonly percent: number };
/** A personal coupon a shop issued in a campaign; `code` is what a till or checkout redeems. */
export interface Coupon {
  readonly code: string;
  readonly campaign: { readonly id: string; readonly name: string };
  readonly discount: CouponDiscount;
  /** The least an order must come to; null for any order. */
  readonly minOrder: Money | null;
  readonly expiresAt: Timestamp | null;
  readonly redeemedAt: Timestamp | null;
  /** `ended`: the shop ended its campaign. */
  readonly state: 'valid' | 'redeemed' | 'expired' | 'ended';
  /** Why it was given: a thank-you for the review with this id. */
  readonly reason: { readonly review: string } | null;
}
export interface CouponsApi {
  /** This visitor's (or customer's) coupons, newest first. */
  mine(): Promise<readonly Coupon[]>;
  /** One coupon by its code; rejects with `not-found` for a code the shop never issued. */
  get(code: string): Promise<Coupon>;
}

// ── Live changes and identity ────────────────────────────────────────────────
/** A change made elsewhere: another tab, another visitor, the seller. */
export type AdapterChange =
  /** `liked` / `inList` when the change is this visitor's own (another tab of theirs). */
  | { readonly kind: 'like'; readonly productId: ProductId; readonly count: number; readonly liked?: boolean }
  | { readonly kind: 'wish'; readonly productId: ProductId; readonly count: number; readonly inList?: boolean }
  | { readonly kind: 'rating'; readonly productId: ProductId; readonly summary: RatingSummary }
  /** New vote counts; whose votes they are stays private. */
  | { readonly kind: 'poll'; readonly pollId: string; readonly options: readonly Pick<PollOption, 'id' | 'votes'>[]; readonly closed?: boolean }
  /** This visitor's cart, changed in another tab. */
  | { readonly kind: 'cart'; readonly cart: Cart }
  /** An idea's new counts or status, or the shop hid it; whose votes stays private. */
  | ({ readonly kind: 'idea'; readonly ideaId: string; readonly hidden: boolean } & Pick<Idea, 'boardId' | 'votes' | 'comments' | 'status' | 'note'>)
  /** A question's public state; `answer`: a new public answer. */
  | { readonly kind: 'question'; readonly productId: ProductId; readonly questionId: string; readonly answerCount: number; readonly answeredPrivately: boolean; readonly answer?: Answer }
  /** The live stream was lost (`connected: false`: changes may be missed until it is back) or is back after a loss (what was read may have changed meanwhile). */
  | { readonly kind: 'live'; readonly connected: boolean };

export interface Adapter {
  readonly likes: LikesApi;
  readonly wishlists?: WishlistsApi;
  readonly shares?: SharesApi;
  readonly reviews?: ReviewsApi;
  readonly catalog?: CatalogApi;
  readonly cart?: CartApi;
  readonly polls?: PollsApi;
  readonly ideas?: IdeasApi;
  readonly questions?: QuestionsApi;
  readonly coupons?: CouponsApi;
  /**
   * Pushes changes made elsewhere to the ids this adapter has read. Returns the
   * function that stops listening.
   */
  watch?(listener: (change: AdapterChange) => void): () => void;
  /** The shop-signed user token of a signed-in customer; `undefined` when signed out. */
  identify?(userToken: string | undefined): void;
  /**
   * The built-in adapters load a resource's API on first use, so a page pays only for
   * the widgets it has. Widgets ask through `sectionOf()`; a third-party adapter just
   * sets the properties above.
   */
  section?<K extends SectionName>(name: K): Promise<NonNullable<Adapter[K]>>;
}

/** The optional resources of an adapter. */
export type SectionName = 'wishlists' | 'shares' | 'reviews' | 'catalog' | 'cart' | 'polls' | 'ideas' | 'questions' | 'coupons';
