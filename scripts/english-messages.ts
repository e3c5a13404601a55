// The widgets' English as a language pack in the JSON format shops write (src/i18n/messages.ts):
// what the README lists (scripts/docs.mjs) and a translator starts from.
import { english } from '../src/i18n/language-pack.js';
import { messageParams } from '../src/i18n/message-params.js';
import type { Catalogs, Messages } from '../src/i18n/messages.js';
import '../src/components/review-thread/review-thread.messages.js';
import '../src/components/review-form/review-form.messages.js';
import '../src/components/rating-summary/rating-summary.messages.js';
import '../src/components/wishlist/wishlist.messages.js';
import '../src/components/share-button/share-button.messages.js';
import '../src/components/poll/poll.messages.js';
import '../src/components/buy-button/buy-button.messages.js';
import '../src/components/buy-button/gift-note.messages.js';
import '../src/components/product-card/product-card.messages.js';
import '../src/components/cart/cart.messages.js';
import '../src/components/cart/cart-panel.messages.js';
import '../src/components/store/store.messages.js';
import '../src/checkout/order.messages.js';
import '../src/i18n/separators.js';
import { likeButtonMessages } from '../src/components/like-button/like-button.messages.js';
import { wishlistButtonMessages } from '../src/components/wishlist-button/wishlist-button.messages.js';
import { failureMessages } from '../src/i18n/failure-messages.js';

type Message = (...args: unknown[]) => string;

/**
 * A message with values as a template: each argument is its placeholder, `{name}`, which is
 * also a number (1, then 5) where the message counts with it; where the two differ, the plural
 * forms.
 */
function template(message: Message, names: readonly string[]): string | { one: string; other: string } {
  const placeholder = (name: string, count: number) => Object.assign(new Number(count), { toString: () => `{${name}}` });
  const say = (count: number) =>
    message(
      ...names.map((name, index) =>
        // A count given twice is a plain number first (a message may test `count === 1`), then its text.
        names.indexOf(name) !== index ? `{${name}}` : names.lastIndexOf(name) !== index ? count : placeholder(name, count),
      ),
    );
  const [one, other] = [say(1), say(5)];
  return one === other ? other : { one, other };
}

const catalogs: Catalogs = { ...(english as Catalogs), likeButton: likeButtonMessages.en, wishlistButton: wishlistButtonMessages.en, failure: failureMessages.en };
const params = messageParams as unknown as Record<string, Record<string, readonly string[]> | undefined>;

/** Every catalog, in the order the widgets appear in the README. */
export const englishMessages = Object.fromEntries(
  Object.entries(catalogs).map(([section, strings]) => [
    section,
    Object.fromEntries(
      Object.entries(strings as object).map(([key, value]) => [key, typeof value === 'function' ? template(value as Message, params[section]![key]!) : value]),
    ),
  ]),
) as unknown as Messages;

/** Every message as `[key, English]`, with the key's path: `reviewThread.sorts.newest`. */
export const englishKeys: [string, string | { one: string; other: string }][] = Object.entries(englishMessages).flatMap(([section, strings]) =>
  Object.entries(strings as object).flatMap(([key, value]) =>
    typeof value === 'object' && !('one' in value) ? Object.entries(value).map(([inner, text]) => [`${section}.${key}.${inner}`, text]) : [[`${section}.${key}`, value]],
  ),
);
