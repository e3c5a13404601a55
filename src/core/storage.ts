/** The browser's two Web Storage areas. */
export type StorageArea = 'localStorage' | 'sessionStorage';

/** What a MemoryStorage keeps its items in: a Map, or (storage-access.ts) the area the browser grants later. */
export interface StorageItems {
  readonly size: number;
  keys(): Iterable<string>;
  get(key: string): string | undefined;
  set(key: string, value: string): unknown;
  delete(key: string): unknown;
  clear(): void;
}

/**
 * Storage that kept for this visit only: what a page gets where the browser denies
 * Web Storage (a cross-site frame with third-party storage blocked, a sandboxed frame)
 * or has none (Node). Callers may hold on to it: where the browser grants its area
 * later, `items` moves there.
 */
export class MemoryStorage implements Storage {
  items: StorageItems = new Map<string, string>();
  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  clear(): void {
    this.items.clear();
  }
}

const areas = new Map<StorageArea, Storage>();

/**
 * Every use of Web Storage goes through here: the browser's area when the page may use
 * it, else memory for this visit, said once in the console. Callers still catch
 * `setItem` (a full quota throws).
 */
export function storage(area: StorageArea = 'localStorage'): Storage {
  let found = areas.get(area);
  if (!found) {
    try {
      // The getter itself throws a SecurityError where storage is denied.
      found = globalThis[area];
      found.length;
    } catch (denied) {
      console.warn(`sc-widgets: ${area} is not available here (${denied}); likes, cart and drafts are kept for this visit only.`);
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
