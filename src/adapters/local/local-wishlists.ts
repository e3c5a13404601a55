import type { AdapterChange, ProductId, Wishlist, WishlistsApi, WishState } from '../../core/adapter.js';
import { RefusedError } from '../../core/errors.js';
import { storage as guardedStorage, type KeptStorage } from '../../core/storage.js';
import { once } from './local-once.js';

const DEFAULT_ID = 'default';
/** Shared ids of this adapter carry the list itself, so a friend's browser opens it with no server. */
const SHARED_PREFIX = 'l.';

/**
 * Wish lists kept in this browser. Counts are this browser's own (1 or 0); other tabs
 * hear of changes; a shared link holds the list's name, products (with their variants) and
 * the owner's name, so it opens in any browser without a server.
 */
export function localWishlists(site: string, storage: KeptStorage = guardedStorage()): WishlistsApi {
  const key = `sc-widgets:${site}:wishlists`;
  const channel = new BroadcastChannel(`sc-widgets:${site}`);
  const all = (): Wishlist[] => JSON.parse(storage.getItem(key) ?? 'null') ?? [{ id: DEFAULT_ID, name: '', productIds: [] }];
  const save = (lists: Wishlist[]) => storage.setItem(key, JSON.stringify(lists));
  const state = (lists: Wishlist[], productId: ProductId): WishState => {
    const inList = lists.some((list) => list.productIds.includes(productId));
    return { count: inList ? 1 : 0, inList };
  };

  function find(lists: Wishlist[], listId: string): number {
    const index = lists.findIndex((list) => list.id === listId);
    if (index < 0) throw new RefusedError('No such wish list', 404, 'wishlist_not_found');
    return index;
  }

  return {
    read: async (ids) => {
      const lists = all();
      return Object.fromEntries(ids.map((id) => [id, state(lists, id)]));
    },
    set: async (productId, inList, listId, variantId) => {
      const lists = all();
      const targets = listId ? [find(lists, listId)] : inList ? [0] : lists.map((_list, index) => index);
      for (const index of targets) {
        const list = lists[index];
        const { [productId]: before, ...variants } = list.variants ?? {};
        const rest = list.productIds.filter((id) => id !== productId);
        const variant = inList && (variantId ?? before);
        lists[index] = { ...list, productIds: inList ? [...rest, productId] : rest, variants: variant ? { ...variants, [productId]: variant } : variants };
      }
      save(lists);
      const answer = state(lists, productId);
      channel.postMessage({ kind: 'wish', productId, ...answer } satisfies AdapterChange);
      return answer;
    },
    lists: async () => all(),
    create: (name, idempotencyKey) => once(storage, site, idempotencyKey, async () => {
      const list = { id: crypto.randomUUID(), name, productIds: [] };
      save([...all(), list]);
      return list;
    }),
    delete: async (listId) => {
      const lists = all();
      const index = find(lists, listId);
      if (!index) throw new RefusedError('The default wish list cannot be deleted', 409, 'default_wishlist');
      lists.splice(index, 1);
      save(lists);
    },
    share: async (listId, ownerName) => {
      const lists = all();
      const index = find(lists, listId);
      if (ownerName !== undefined) save(Object.assign(lists, { [index]: { ...lists[index], ownerName: ownerName.trim() } }));
      const list = lists[index];
      // The default list travels nameless: the friend's page names it in the friend's language.
      const name = list.id === DEFAULT_ID ? '' : list.name;
      return { ...list, shareId: SHARED_PREFIX + encodeShared({ name, productIds: list.productIds, variants: list.variants, ownerName: list.ownerName }) };
    },
    shared: async (shareId) => {
      if (!shareId.startsWith(SHARED_PREFIX)) throw new RefusedError('No list is shared under this id', 404, 'wishlist_not_found');
      // No server to tell friends what others bought: a link holds only what the owner shared.
      return { ...decodeShared(shareId.slice(SHARED_PREFIX.length)), id: shareId, shareId };
    },
  };
}

type SharedList = Pick<Wishlist, 'name' | 'productIds' | 'variants' | 'ownerName'>;

/** URL-safe base64 of the list's JSON (UTF-8, so any list name travels). */
function encodeShared(list: SharedList): string {
  const bytes = new TextEncoder().encode(JSON.stringify(list));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function decodeShared(encoded: string): SharedList {
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
    const list = JSON.parse(new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)))) as SharedList;
    if (typeof list.name !== 'string' || !Array.isArray(list.productIds)) throw new TypeError('not a list');
    return list;
  } catch {
    throw new RefusedError('This shared list link is damaged', 404, 'wishlist_not_found');
  }
}
