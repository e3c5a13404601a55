import type { IdempotencyKey } from './adapter.js';
import { $consent, $settings } from './config.js';
import { storage } from './storage.js';
import { randomKey } from '../checkout/random-key.js';

/** Creates pending at once per site: far more than a person leaves; the oldest make room. */
const KEPT = 50;

/** What is pending, by name: a hash of the request it makes, and its key. */
type Pending = Record<string, readonly [request: string, key: IdempotencyKey]>;

const storageKey = () => `sc-widgets:${$settings.get().site}:create-keys`;

/** This visit's pending keys by storage key: all a page without consent keeps, else a copy of storage. */
const visit = new Map<string, Pending>();

function pending(): Pending {
  const key = storageKey();
  if (!visit.has(key)) {
    let stored: Pending = {};
    try {
      if ($consent.get()) stored = JSON.parse(storage().getItem(key) ?? '{}');
    } catch {
      // Edited by hand or by an older version: start afresh.
    }
    visit.set(key, stored);
  }
  return visit.get(key)!;
}

function keep(next: Pending): void {
  const key = storageKey();
  visit.set(key, next);
  if (!$consent.get()) return;
  try {
    if (Object.keys(next).length) storage().setItem(key, JSON.stringify(next));
    else storage().removeItem(key);
  } catch {
    // Storage full: the keys live on for this visit.
  }
}

/** A short hash of a request (FNV-1a), to tell an edited request from a retry without keeping what a person wrote. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) h = Math.imul(h ^ text.charCodeAt(index), 0x01000193);
  return (h >>> 0).toString(36);
}

/**
 * Creates what a person asked for once, however often it is tried. `what` names the
 * pending thing (`reply rv_1`, `review sku-1`), `request` is what it asks to create. Its
 * key is made on the first try and kept (across a reload, with consent) until the create
 * succeeds, so pressing again after a failure or a reload sends the same key and the
 * backend makes one. An edited request is another one: it gets a new key.
 */
export async function createOnce<T>(what: string, request: unknown, create: (key: IdempotencyKey) => Promise<T>): Promise<T> {
  const asked = hash(JSON.stringify(request));
  let [sameRequest, key] = pending()[what] ?? [];
  if (sameRequest !== asked || !key) {
    key = randomKey();
    const { [what]: _edited, ...others } = pending();
    keep({ ...Object.fromEntries(Object.entries(others).slice(1 - KEPT)), [what]: [asked, key] });
  }
  const answer = await create(key);
  // Forget this try's key only: an edit made meanwhile has its own, pending until it succeeds.
  if (pending()[what]?.[1] === key) {
    const { [what]: _made, ...others } = pending();
    keep(others);
  }
  return answer;
}
