import { MemoryStorage, storage, type StorageArea, type StorageItems } from './storage.js';
// Static: this chunk loads after the core, which holds the optimistic writes already.
import { restore, send } from './optimistic.js';

/** The Storage Access API beyond cookies (Chrome): lib.dom knows only its cookie form. */
interface StorageAccessHandle {
  readonly localStorage: Storage;
  readonly sessionStorage: Storage;
}
type StorageAccessDocument = Document & {
  requestStorageAccess(types: { readonly [K in StorageArea]: true }): Promise<StorageAccessHandle>;
};

/** A granted area as the items of a MemoryStorage: from then on, it writes through to the browser. */
const itemsIn = (area: Storage): StorageItems => ({
  keys: () => Object.keys(area),
  get: (key) => area.getItem(key) ?? undefined,
  set: (key, value) => area.setItem(key, value),
  delete: (key) => area.removeItem(key),
});

const areas: readonly StorageArea[] = ['localStorage', 'sessionStorage'];

/**
 * Asks the browser for this frame's own storage: on a click (`ask`; the browser may
 * prompt), or on load, where an earlier visit was granted it. Once granted, storage()
 * keeps its items there, with what this visit held in memory: on a click this visit's
 * items win; on load the earlier visit's do (they hold the cart this visit came back to).
 */
export function takeStorageAccess(ask: boolean): Promise<void> {
  let tried = tries.get(ask);
  if (!tried) tries.set(ask, (tried = take(ask)));
  return tried;
}

/** Each way of taking access is tried once a visit. */
const tries = new Map<boolean, Promise<void>>();

async function take(ask: boolean): Promise<void> {
  // Taken already (on load, or by an earlier click): storage() is the browser's now.
  if (!((storage() as MemoryStorage).items instanceof Map)) return;
  try {
    if (!ask && (await navigator.permissions.query({ name: 'storage-access' as PermissionName })).state !== 'granted') return;
    const handle = await (document as StorageAccessDocument).requestStorageAccess({ localStorage: true, sessionStorage: true });
    for (const area of areas) {
      const memory = storage(area);
      if (!(memory instanceof MemoryStorage)) continue;
      const granted = handle[area];
      for (const key of memory.items.keys()) if (ask || granted.getItem(key) === null) granted.setItem(key, memory.items.get(key)!);
      memory.items = itemsIn(granted);
    }
    // Writes an earlier visit left unsent are in the granted storage: show and send them.
    if (!ask) (restore(), send());
  } catch {
    // Refused, or not allowed here: this visit keeps its memory.
  }
}
