/** The browser's two Web Storage areas. */
export type StorageArea = 'localStorage' | 'sessionStorage';

/** What sc-widgets uses of Web Storage: any `Storage` will do. */
export type KeptStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** What a MemoryStorage keeps its items in: a Map, or (storage-access.ts) the area the browser grants later. */
export interface StorageItems {
  keys(): Iterable<string>;
  get(key: string): string | undefined;
  set(key: string, value: string): unknown;
  delete(key: string): unknown;
}

/**
 * Storage that kept for this visit only: what a page gets where the browser denies
 * Web Storage (a cross-site frame with third-party storage blocked, a sandboxed frame)
 * or has none (Node). Callers may hold on to it: where the browser grants its area
 * later, `items` moves there.
 */
export class MemoryStorage implements KeptStorage {
  items: StorageItems = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

const areas = new Map<StorageArea, KeptStorage>();

/**
 * Every use of Web Storage goes through here: the browser's area when the page may use
 * it, else memory for this visit, said once in the console. Callers still catch
 * `setItem` (a full quota throws).
 */
export function storage(area: StorageArea = 'localStorage'): KeptStorage {
  let found = areas.get(area);
  if (!found) {
    try {
      // The getter itself throws a SecurityError where storage is denied.
      found = globalThis[area];
      (found as Storage).length;
    } catch (denied) {
      console.warn(`sc-widgets: no ${area} here (${denied}); the widgets keep what they hold for this visit only.`);
      found = new MemoryStorage();
    }
    areas.set(area, found);
  }
  return found;
}

/**
 * Where the browser denies this frame its storage (a shop in another site's frame) and
 * has the Storage Access API: on load, takes the access an earlier visit was granted; on
 * a first click (`ask`), asks for it, so the cart is kept across visits. The API's code
 * loads only then. Resolves once storage() is where it will stay for now.
 */
export const keepStorage = (ask: boolean): Promise<void> | undefined =>
  !(storage() instanceof MemoryStorage) || !globalThis.document?.requestStorageAccess
    ? undefined
    : import('./storage-access.js').then(({ takeStorageAccess }) => takeStorageAccess(ask));
