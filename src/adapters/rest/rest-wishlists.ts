import type { Wishlist, WishlistsApi, WishState } from '../../core/adapter.js';
import type { RestAdapter } from './rest-adapter.js';

const path = (...parts: string[]) => parts.map(encodeURIComponent).join('/');

/**
 * Wish lists on the reference server (openapi.yaml, tag `wishlists`). What a guest put
 * on lists moves to the customer's lists when a user token appears: the first call
 * after sign-in merges them, so nothing the guest saved is lost.
 */
export function create(rest: RestAdapter): WishlistsApi {
  const guestKey = rest.storageKey('guest-wishes');

  /** Merges once the customer is signed in, if this browser saved wishes as a guest; reads and writes meanwhile wait for it. */
  let merging: Promise<void> | undefined;
  function signedIn(): Promise<void> {
    if (!rest.userToken || !rest.storage.getItem(guestKey)) return Promise.resolve();
    return (merging ??= rest
      .request('wishlists/merge', { method: 'post' }, true)
      .then(() => rest.storage.removeItem(guestKey))
      .finally(() => (merging = undefined)));
  }

  /** A write; as a guest, remembered so the next sign-in merges it. */
  async function write<T>(send: () => Promise<T>): Promise<T> {
    await signedIn();
    const answer = await send();
    if (!rest.userToken) rest.storage.setItem(guestKey, '1');
    return answer;
  }

  return {
    read: async (ids) => {
      await signedIn();
      return (await rest.request<{ wishes: Record<string, WishState> }>('wishes', { searchParams: ids.map((id) => ['ids', id]) })).wishes;
    },
    set: (productId, inList, listId, variantId) =>
      write(() =>
        rest.request<WishState>(
          path('wishes', productId),
          inList ? { method: 'put', json: { listId, variantId } } : { method: 'delete', searchParams: listId ? { listId } : {} },
          true,
        ),
      ),
    lists: async () => {
      await signedIn();
      return (await rest.request<{ wishlists: Wishlist[] }>('wishlists', {}, true)).wishlists;
    },
    create: (name, key) => write(() => rest.create<Wishlist>('wishlists', { name }, key)),
    delete: (listId) => write(() => rest.request<void>(path('wishlists', listId), { method: 'delete' }, true)),
    share: (listId, ownerName) => rest.request<Wishlist>(`${path('wishlists', listId)}/share`, { method: 'post', json: { ownerName } }, true),
    shared: (shareId) => rest.request<Wishlist>(path('shared-wishlists', shareId)),
  };
}
