/**
 * A language for every widget, at compile time (`npm run typecheck`): the demo's German pack
 * has every key `Messages` asks for, and a pack without one is a type error.
 */
import type { Messages } from '../../src/index.js';
import { registerMessages } from '../../src/index.js';
import german from '../../demo/locales/de.json';

export const complete: Messages = german;

const { likeButton, ...withoutLikeButton } = german;

export const typed = [
  // @ts-expect-error: no strings for the like button
  () => registerMessages('de', withoutLikeButton),
  // @ts-expect-error: the like button without its label
  () => registerMessages('de', { ...german, likeButton: { count: likeButton.count } }),
  // @ts-expect-error: plural forms without `other`, the form every language has
  () => registerMessages('de', { ...german, likeButton: { ...likeButton, count: { one: '{count} Like' } } }),
  () => registerMessages('de', { ...german, likeButton: { ...likeButton, count: '{count} Likes' } }),
];
