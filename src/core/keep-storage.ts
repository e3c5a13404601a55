import { MemoryStorage, storage } from './storage.js';

const tried = new Set<boolean>();

/**
 * Where the browser denies this frame its storage (a shop in another site's frame) and
 * has the Storage Access API: on load, takes the access an earlier visit was granted; on
 * a first click (`ask`), asks for it, so the cart is kept across visits. The API's code
 * loads only then.
 */
export function keepStorage(ask: boolean): void {
  const kept = storage();
  if (tried.has(ask) || !(kept instanceof MemoryStorage) || !(kept.items instanceof Map) || !('requestStorageAccess' in document)) return;
  tried.add(ask);
  void import('./storage-access.js').then(({ takeStorageAccess }) => takeStorageAccess(ask));
}
