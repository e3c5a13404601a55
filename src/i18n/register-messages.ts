import { packs } from './locale.js';
import { english } from './language-pack.js';
import type { Messages } from './messages.js';
import { likeButtonMessages } from '../components/like-button/like-button.messages.js';
import { wishlistButtonMessages } from '../components/wishlist-button/wishlist-button.messages.js';
import { relocalize } from '../core/packed-element.js';
import { warnOnce } from '../core/warn-once.js';

/**
 * Adds a language for every widget, or replaces one they ship, in the JSON format of
 * `Messages`; keys it lacks stay English. Widgets on the page render again in it; resolves
 * once they have been asked to. The compiler loads on the first call (see compile-messages.ts).
 */
export async function registerMessages(locale: string, messages: Messages): Promise<void> {
  const [{ compileMessages }, { failureMessages }] = await Promise.all([import('./compile-messages.js'), import('./failure-messages.js')]);
  // The catalogs that hold their languages inline, outside `packs` (the toggle buttons', kept
  // small for the like button's file, and the failures'): the language is written into them.
  const inline = { likeButton: likeButtonMessages, wishlistButton: wishlistButtonMessages, failure: failureMessages };
  for (const [key, catalog] of Object.entries(inline)) english[key as keyof typeof inline] = catalog.en as never;
  const compiled = (packs[locale] = compileMessages(locale, messages, english));
  for (const [key, catalog] of Object.entries(inline)) catalog[locale] = (compiled[key as keyof typeof inline] ?? catalog.en) as never;
  relocalize(document);
}

/** `data-messages`: a language pack in JSON by URL. One that does not load leaves English, and says why once. */
export const loadMessages = (url: string, locale: string): Promise<void> =>
  fetch(url)
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(`HTTP ${response.status}`))))
    .then((messages: Messages) => registerMessages(locale, messages))
    .catch((error) => warnOnce(`the language pack ${url} did not load, so widgets stay in English (${error}).`));
