import type { IdempotencyKey } from './adapter.js';
import { $consent, $settings } from './config.js';
import { storage } from './storage.js';
import { randomKey } from '../checkout/random-key.js';

/** Creates still unconfirmed per site: far more than a person leaves pending; older ones make room. */
const KEPT = 50;

/** What is pending: [a hash of what it asks to create, its key]. */
type Kept = Record<string, [request: string, key: IdempotencyKey]>;

const storageKey = () => `sc-widgets:${$settings.get().site}:create-keys`;
/** This visit's keys, by storage key: what a page without consent keeps, and a cache of the stored ones. */
const visits = new Map<string, Kept>();

function kept(): Kept {
  const key = storageKey();
  let found = visits.get(key);
  if (!found) {
    try {
      found = ($consent.get() && JSON.parse(storage().getItem(key) ?? '{}')) || {};
    } catch {
      found = {};
    }
    visits.set(key, found!);
  }
  return found!;
}

function keep(next: Kept): void {
  const key = storageKey();
  visits.set(key, next);
  if (!$consent.get()) return;
  try {
    if (Object.keys(next).length) storage().setItem(key, JSON.stringify(next));
    else storage().removeItem(key);
  } catch {
    // Storage full: the keys live on for this visit.
  }
}

/** A short hash of a request, to tell an edited one from a retry without storing what a person wrote. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) h = Math.imul(h ^ text.charCodeAt(index), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * Creates something a person asked for exactly once, however often it is tried. `what`
 * names the pending thing (`reply rv_1`, `review sku-1`); `request` is what it asks to
 * create. The key is made on the first try and kept (across a reload, with consent)
 * until the create succeeds, so pressing again after a failure or a reload sends the
 * same key and the backend makes one. An edited request is a new one: it gets a new key.
 */
export async function createOnce<T>(what: string, request: unknown, create: (key: IdempotencyKey) => Promise<T>): Promise<T> {
  const asked = hash(JSON.stringify(request));
  const [sameRequest, key] = kept()[what] ?? [];
  const idempotencyKey = sameRequest === asked && key ? key : randomKey();
  if (idempotencyKey !== key) keep(Object.fromEntries([...Object.entries(kept()).filter(([name]) => name !== what).slice(1 - KEPT), [what, [asked, idempotencyKey]]]));
  const answer = await create(idempotencyKey);
  // Only this try's key: an edit meanwhile made its own, which stays until that one succeeds.
  if (kept()[what]?.[1] === idempotencyKey) {
    const { [what]: _done, ...rest } = kept();
    keep(rest);
  }
  return answer;
}
