import { atom } from 'nanostores';
import { createToggleFamily } from '../core/toggle-family.js';
import { sectionOf } from '../adapters/sections.js';

/** Bumped each time the backend confirms a wish-list change: lists on the page read again. */
export const $wishesSaved = atom(0);

/** One store per product: how many people wish for it, and whether it is on this visitor's lists. */
export const wishes = createToggleFamily({
  kind: 'wish',
  flag: 'inList',
  read: async (adapter) => (await sectionOf(adapter, 'wishlists')).read,
  write: async (adapter, productId, inList) => {
    const state = await (await sectionOf(adapter, 'wishlists')).set(productId, inList);
    $wishesSaved.set($wishesSaved.get() + 1);
    return state;
  },
});
