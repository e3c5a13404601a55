import { MemoryStorage, storage, type StorageArea, type StorageItems } from './storage.js';

/** The Storage Access API beyond cookies (Chrome): lib.dom knows only its cookie form. */
interface StorageAccessHandle {
  readonly localStorage: Storage;
  readonly sessionStorage: Storage;
}
type StorageAccessDocument = Document & {
  requestStorageAccess(types: { readonly [K in StorageArea]: true }): Promise<StorageAccessHandle>;
};

/** A granted area as the items of a MemoryStorage: from then on, it writes through to the browser. */
class GrantedItems implements StorageItems {
  constructor(private readonly area: Storage) {}
  get size(): number {
    return this.area.length;
  }
  keys(): string[] {
    return Array.from({ length: this.area.length }, (_, index) => this.area.key(index)!);
  }
  get(key: string): string | undefined {
    return this.area.getItem(key) ?? undefined;
  }
  set(key: string, value: string): void {
    this.area.setItem(key, value);
  }
  delete(key: string): void {
    this.area.removeItem(key);
  }
  clear(): void {
    this.area.clear();
  }
}

const areas: readonly StorageArea[] = ['localStorage', 'sessionStorage'];

/**
 * Asks the browser for this frame's own storage: on a click (`ask`; the browser may
 * prompt), or on load, where an earlier visit was granted it. Once granted, storage()
 * keeps its items there, with what this visit held in memory: on a click this visit's
 * items win; on load the earlier visit's do (they hold the cart this visit came back to).
 */
export async function takeStorageAccess(ask: boolean): Promise<void> {
  try {
    if (!ask && (await navigator.permissions.query({ name: 'storage-access' as PermissionName })).state !== 'granted') return;
    const handle = await (document as StorageAccessDocument).requestStorageAccess({ localStorage: true, sessionStorage: true });
    for (const area of areas) {
      const memory = storage(area);
      if (!(memory instanceof MemoryStorage)) continue;
      const granted = handle[area];
      for (const key of memory.items.keys()) if (ask || granted.getItem(key) === null) granted.setItem(key, memory.items.get(key)!);
      memory.items = new GrantedItems(granted);
    }
  } catch {
    // Refused, or not allowed here: this visit keeps its memory.
  }
}
