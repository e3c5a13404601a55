import { atom } from 'nanostores';
import { $consent } from '../core/config.js';
import { createToggleFamily, type ToggleFamily, type ToggleState } from '../core/toggle-family.js';
import { sectionOf } from '../adapters/sections.js';
import type { VariantChangeDetail } from '../events/events.js';

/** Bumped each time the backend confirms a wish-list change: lists on the page read again. */
export const $wishesSaved = atom(0);

/** The variant (size, colour) last chosen on this page for each product, by a buy button: a wish keeps it. */
export const chosenVariants = new Map<string, string>();
globalThis.addEventListener?.('sc-variant-change', (event) => {
  const { productId, variantId } = (event as CustomEvent<VariantChangeDetail>).detail;
  if (variantId) chosenVariants.set(productId, variantId);
  else chosenVariants.delete(productId);
});

const family = createToggleFamily({
  kind: 'wish',
  flag: 'inList',
  read: async (adapter) => (await sectionOf(adapter, 'wishlists')).read,
  write: async (adapter, productId, inList) => {
    const state = await (await sectionOf(adapter, 'wishlists')).set(productId, inList, undefined, chosenVariants.get(productId));
    $wishesSaved.set($wishesSaved.get() + 1);
    return state;
  },
});

/** Until the page has consent, wishes live on this device only (held-wishes.ts, loaded then). */
const held = () => import('./held-wishes.js');

/**
 * One store per product: how many people wish for it, and whether it is on this
 * visitor's lists. Without consent, it still works, on this device, and what was saved
 * there moves to the backend once consent comes.
 */
export const wishes: ToggleFamily<ToggleState<'inList'>> = {
  ...family,
  load: (id, retry) => ($consent.get() ? family.load(id, retry) : void held().then(({ loadHeld }) => loadHeld(family, id))),
  set: (id, inList) => ($consent.get() ? family.set(id, inList) : void held().then(({ setHeld }) => setHeld(family, id, inList))),
};
