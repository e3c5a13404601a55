import { type Catalog, packs } from './locale.js';
import type { Catalogs } from './messages.js';
import type { ReviewThreadMessages } from '../components/review-thread/review-thread.messages.js';
import type { ReviewFormMessages } from '../components/review-form/review-form.messages.js';
import type { RatingSummaryMessages } from '../components/rating-summary/rating-summary.messages.js';
import type { WishlistMessages } from '../components/wishlist/wishlist.messages.js';
import type { ShareButtonMessages } from '../components/share-button/share-button.messages.js';
import type { PollMessages } from '../components/poll/poll.messages.js';
import type { QuestionsMessages } from '../components/questions/questions.messages.js';
import type { LikeDisplayMessages } from '../components/like-display/like-display.messages.js';
import type { BuyButtonMessages } from '../components/buy-button/buy-button.messages.js';
import type { GiftNoteMessages } from '../components/buy-button/gift-note.messages.js';
import type { ProductCardMessages } from '../components/product-card/product-card.messages.js';
import type { CartMessages } from '../components/cart/cart.messages.js';
import type { CartPanelMessages } from '../components/cart/cart-panel.messages.js';
import type { StoreMessages } from '../components/store/store.messages.js';
import type { OrderMessages } from '../checkout/order.messages.js';
import type { IdeasMessages } from '../components/ideas/ideas.messages.js';
import type { CouponMessages } from '../components/coupon/coupon.messages.js';
import type { ReviewPhotosMessages } from '../components/review-photos/review-photos.messages.js';
import type { Separators } from './separators.js';

/**
 * One language's strings for every widget that has more than a label (src/locales/*.ts).
 * English ships inline; a page loads at most one pack, its own language's, so a shopper
 * never downloads the other languages (~4 KB brotli for all widgets).
 */
export interface LanguagePack {
  readonly reviewThread: ReviewThreadMessages;
  readonly reviewForm: ReviewFormMessages;
  readonly ratingSummary: RatingSummaryMessages;
  readonly wishlist: WishlistMessages;
  readonly shareButton: ShareButtonMessages;
  readonly poll: PollMessages;
  readonly questions: QuestionsMessages;
  readonly likeDisplay: LikeDisplayMessages;
  readonly buyButton: BuyButtonMessages;
  readonly giftNote: GiftNoteMessages;
  readonly productCard: ProductCardMessages;
  readonly cart: CartMessages;
  readonly cartPanel: CartPanelMessages;
  readonly order: OrderMessages;
  readonly store: StoreMessages;
  readonly ideas: IdeasMessages;
  readonly coupon: CouponMessages;
  readonly reviewPhotos: ReviewPhotosMessages;
  readonly separators: Separators;
}

// The one-file bundles load these from beside themselves, from any origin (see packsBesideScript in rollup.config.mjs).
const importers: { readonly [locale: string]: (() => Promise<{ default: LanguagePack }>) | undefined } = {
  nl: () => import('../locales/nl.js'),
  fr: () => import('../locales/fr.js'),
  'zh-CN': () => import('../locales/zh-CN.js'),
};

const loading: Record<string, Promise<unknown>> = {};

/** Each catalog's English, which a registered language falls back to key by key. */
export const english: { -readonly [K in keyof Catalogs]?: Catalogs[K] } = {};

/**
 * A widget's catalog: English given here, other languages from `packs`: a language pack, in
 * English until it has loaded (ScPackedElement renders only after that), or a registered language.
 */
export const packed = <K extends keyof LanguagePack>(key: K, en: Catalogs[K]): Catalog<Catalogs[K]> =>
  new Proxy(((english[key] = en), { en }), { get: (_, locale: string) => packs[locale]?.[key] ?? en });

/**
 * Loads `locale`'s pack once; undefined when there is nothing to wait for (English, a
 * language loaded or registered). A pack that cannot load (offline, blocked, not served
 * beside the script) leaves the widgets in English rather than blank, and says why in the
 * console, once.
 */
export function packLoading(locale: string): Promise<unknown> | undefined {
  const importer = importers[locale];
  if (packs[locale] || !importer) return undefined;
  return (loading[locale] ??= importer().then(
    // A language registered meanwhile (registerMessages) stays.
    (module) => (packs[locale] ??= module.default),
    (error) => console.warn(`sc-widgets: the ${locale} language pack did not load, so widgets stay in English.`, error),
  ));
}
