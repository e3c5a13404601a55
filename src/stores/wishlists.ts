import { atom } from 'nanostores';
import type { Wishlist, WishlistsApi } from '../core/adapter.js';
import { $consent, $settings, readyAdapter } from '../core/config.js';
import { type ScError, toScError } from '../core/errors.js';
import { createOnce } from '../core/idempotency-keys.js';
import { sectionOf } from '../adapters/sections.js';
import { $wishesSaved, wishes } from './wishes.js';

export interface WishlistsState {
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  /** This visitor's lists, the default one first. */
  readonly lists: readonly Wishlist[];
  /** Why loading failed. */
  readonly error?: ScError;
}

/** This visitor's wish lists: read while a widget shows them, again after every confirmed change. */
export const $wishlists = atom<WishlistsState>({ status: 'idle', lists: [] });

/**
 * The adapter's wish lists, a macrotask from now: as with batched reads, a page's
 * `configure()` right after the script tag applies before anything is read.
 */
async function api(): Promise<WishlistsApi> {
  await new Promise((resolve) => setTimeout(resolve));
  // Without consent, the lists this device holds (as the wish-list buttons do).
  if (!$consent.get()) return (await import('./held-wishes.js')).heldLists();
  return sectionOf(await readyAdapter(), 'wishlists');
}

/** Reads the lists; an answer that an older read overtook is dropped. */
let reads = 0;
async function load(): Promise<void> {
  const read = ++reads;
  $wishlists.set({ ...$wishlists.get(), status: $wishlists.get().status === 'ready' ? 'ready' : 'loading' });
  try {
    const lists = await (await api()).lists();
    if (read === reads) $wishlists.set({ status: 'ready', lists });
  } catch (failure) {
    if (read === reads) $wishlists.set({ ...$wishlists.get(), status: 'error', error: toScError(failure) });
  }
}

let following = false;

/**
 * Reads the lists for a widget that shows them, and from then on again after a
 * wish-list button's change or another backend or customer, while any widget shows them.
 * (Not nanostores' `onMount`: it would add its bytes to every like button's core.)
 */
export function loadWishlists(): void {
  void load();
  if (following) return;
  following = true;
  $wishesSaved.listen(() => $wishlists.lc && void load());
  // Another backend, site or customer: the lists shown are not theirs.
  $settings.listen(() => {
    reads++; // an answer on its way is the previous backend's
    $wishlists.set({ status: 'idle', lists: [] });
    if ($wishlists.lc) void load();
  });
}

/** Calls the wish lists; a failure rejects with an ScError for the widget to announce. */
async function call<T>(action: (lists: WishlistsApi) => Promise<T>): Promise<T> {
  try {
    return await action(await api());
  } catch (failure) {
    throw toScError(failure);
  }
}

/** A change, after which the lists are read again (whether or not it went through). */
const change = <T>(action: (lists: WishlistsApi) => Promise<T>): Promise<T> => call(action).finally(() => void load());

/** A new list; sending the same name again after a failure makes one. */
export const createWishlist = (name: string) => change((lists) => newList(lists, name));

/** Creates a list once per name a person asked for, until it is made. */
export const newList = (lists: WishlistsApi, name: string) => createOnce('wishlist', name, (key) => lists.create(name, key));
export const deleteWishlist = (listId: string) => change((lists) => lists.delete(listId));
/** The list with its `shareId` for friends, who see `ownerName` on it ('' for none). */
export const shareWishlist = (listId: string, ownerName: string) => change((lists) => lists.share(listId, ownerName));

/** Takes a product off one list; wish-list buttons on the page follow. */
export const removeFromWishlist = (productId: string, listId: string) =>
  change(async (lists) => {
    const state = await lists.set(productId, false, listId);
    wishes.confirmed.set(productId, state);
    wishes.show(productId);
  });

/** A list a friend shared, read-only. */
export const sharedWishlist = (shareId: string) => call((lists) => lists.shared(shareId));
