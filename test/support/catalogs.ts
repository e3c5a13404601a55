import type { CatalogLocale } from '../../src/i18n/locale.js';
import type { LanguagePack } from '../../src/i18n/language-pack.js';
import nl from '../../src/locales/nl.js';
import fr from '../../src/locales/fr.js';
import zhCN from '../../src/locales/zh-CN.js';
import { reviewThreadMessages } from '../../src/components/review-thread/review-thread.messages.js';
import { reviewFormMessages } from '../../src/components/review-form/review-form.messages.js';
import { ratingSummaryMessages } from '../../src/components/rating-summary/rating-summary.messages.js';
import { wishlistMessages } from '../../src/components/wishlist/wishlist.messages.js';
import { shareButtonMessages } from '../../src/components/share-button/share-button.messages.js';
import { pollMessages } from '../../src/components/poll/poll.messages.js';
import { questionsMessages } from '../../src/components/questions/questions.messages.js';
import { likeDisplayMessages } from '../../src/components/like-display/like-display.messages.js';
import { buyButtonMessages } from '../../src/components/buy-button/buy-button.messages.js';
import { giftNoteMessages } from '../../src/components/buy-button/gift-note.messages.js';
import { productCardMessages } from '../../src/components/product-card/product-card.messages.js';
import { cartMessages } from '../../src/components/cart/cart.messages.js';
import { cartPanelMessages } from '../../src/components/cart/cart-panel.messages.js';
import { storeMessages } from '../../src/components/store/store.messages.js';
import { orderMessages } from '../../src/checkout/order.messages.js';
import { ideasMessages } from '../../src/components/ideas/ideas.messages.js';
import { couponMessages } from '../../src/components/coupon/coupon.messages.js';
import { reviewPhotosMessages } from '../../src/components/review-photos/review-photos.messages.js';
import { likeButtonMessages } from '../../src/components/like-button/like-button.messages.js';
import { wishlistButtonMessages } from '../../src/components/wishlist-button/wishlist-button.messages.js';
import { failureMessages } from '../../src/i18n/failure-messages.js';
import { insightsMessages } from '../../src/components/insights/insights.messages.js';
import { separators } from '../../src/i18n/separators.js';

const english: LanguagePack = {
  reviewThread: reviewThreadMessages.en,
  reviewForm: reviewFormMessages.en,
  ratingSummary: ratingSummaryMessages.en,
  wishlist: wishlistMessages.en,
  shareButton: shareButtonMessages.en,
  poll: pollMessages.en,
  questions: questionsMessages.en,
  likeDisplay: likeDisplayMessages.en,
  buyButton: buyButtonMessages.en,
  giftNote: giftNoteMessages.en,
  productCard: productCardMessages.en,
  cart: cartMessages.en,
  cartPanel: cartPanelMessages.en,
  order: orderMessages.en,
  store: storeMessages.en,
  ideas: ideasMessages.en,
  coupon: couponMessages.en,
  reviewPhotos: reviewPhotosMessages.en,
  separators: separators.en,
};

/** Every language's strings: its pack (English's inline catalogs), the toggle buttons', the failure messages and the seller insights' (inline, console-only). */
export const catalogs: Record<CatalogLocale, LanguagePack & Record<'likeButton' | 'wishlistButton' | 'failure' | 'insights', object>> = Object.fromEntries(
  (
    [
      ['en', english],
      ['nl', nl],
      ['fr', fr],
      ['zh-CN', zhCN],
    ] as const
  ).map(([locale, pack]) => [locale, { ...pack, likeButton: likeButtonMessages[locale], wishlistButton: wishlistButtonMessages[locale], failure: failureMessages[locale], insights: insightsMessages[locale] }]),
) as never;

/**
 * Every string a catalog can say, as `path → text`: functions are called with 1, with 5
 * (so both plural forms show) and with `name`, for every argument.
 */
export function allStrings(catalog: object, name = 'Name'): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'string') found.set(path, value);
    else if (typeof value === 'function') {
      const say = (arg: unknown) => (value as (...args: unknown[]) => string)(...Array<unknown>(value.length).fill(arg));
      for (const arg of [1, 5, name]) found.set(`${path}(${arg})`, say(arg));
    } else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) walk(inner, `${path}.${key}`);
  };
  walk(catalog, '');
  return found;
}
