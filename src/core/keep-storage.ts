import { MemoryStorage, storage } from './storage.js';

const tries = new Map<boolean, Promise<void>>();

/**
 * Where the browser denies this frame its storage (a shop in another site's frame) and
 * has the Storage Access API: on load, takes the access an earlier visit was granted; on
 * a first click (`ask`), asks for it, so the cart is kept across visits. The API's code
 * loads only then. Resolves once storage() is where it will stay for now.
 */
export function keepStorage(ask: boolean): Promise<void> {
  const kept = storage();
  if (!(kept instanceof MemoryStorage) || !(kept.items instanceof Map) || !globalThis.document?.requestStorageAccess) return Promise.resolve();
  let tried = tries.get(ask);
  if (!tried) tries.set(ask, (tried = import('./storage-access.js').then(({ takeStorageAccess }) => takeStorageAccess(ask))));
  return tried;
}
