import type { Adapter } from './adapter.js';
import { $consent, $settings } from './config.js';
import type { FamilyCore } from './family.js';
import { storage } from './storage.js';

/**
 * The one optimistic write every store uses (likes, wishes, helpful votes, cart lines,
 * poll votes, shares): shown at once, kept on this device in the same task, sent by the
 * outbox (src/core/outbox.ts), undone only when the backend refuses it for good.
 *
 * What is unconfirmed lives in one queue, here in the core, and nowhere else: a store shows
 * a write for as long as the queue holds it, so what a previous page left shows from the
 * first render, and an offline page keeps its writes without loading anything.
 */

/** A write the backend has not confirmed yet. Writes set a state, so resending is safe. */
export interface PendingWrite<V = unknown> {
  /** Which writer owns it, e.g. `like`. */
  readonly kind: string;
  readonly site: string;
  readonly id: string;
  readonly value: V;
}

/** One kind of write: how it is sent, and the family that shows it and hears the answer. */
export interface WriteSpec<V, S> {
  readonly kind: string;
  readonly family: FamilyCore<S>;
  /** The entry a write shows in; its own id unless given (every cart line shows in the one cart). */
  entry?(id: string): string;
  send(adapter: Adapter, write: PendingWrite<V>): Promise<S>;
}

/** A writer's side of the queue, for the current site. */
export interface Writes<V> {
  /** Shows `value` at once, stores it before anything can fail, and sends it. */
  write(id: string, value: V): void;
  /** The unconfirmed value of `id`, if any. */
  pending(id: string): V | undefined;
  /** Every unconfirmed value of this kind. */
  all(): V[];
}

/** Where unconfirmed writes are kept across reloads. */
const OUTBOX_KEY = 'sc-widgets:outbox';

const keyOf = (write: Omit<PendingWrite, 'value'>) => `${write.kind} ${write.site} ${write.id}`;

/** Every unconfirmed write by `kind site id`: a newer write to the same thing replaces an older one. */
export const queued = new Map<string, PendingWrite>();

/** The writers this page has, by kind: what the outbox sends with. */
export const writers = new Map<string, WriteSpec<any, any>>();

/**
 * Takes in what a previous page left: when the core loads, and again where the browser
 * grants storage it denied at first (storage-access.ts), so a write an earlier visit left
 * unsent goes out (and shows: a store that reads after the grant shows what is queued).
 */
export function restore(): void {
  try {
    for (const write of JSON.parse(storage().getItem(OUTBOX_KEY) ?? '[]') as PendingWrite[]) queued.has(keyOf(write)) || queued.set(keyOf(write), write);
  } catch {
    // Unreadable: nothing was left.
  }
}

/** Stores the queue. Nothing is stored before consent; what is queued then lives in memory. */
export function save(): void {
  if (!$consent.get()) return;
  try {
    if (queued.size) storage().setItem(OUTBOX_KEY, JSON.stringify([...queued.values()]));
    else storage().removeItem(OUTBOX_KEY);
  } catch {
    // Storage full: the queue still works for this page's life.
  }
}

/**
 * Sends what is queued, with the outbox loaded on first need (read-only visitors never
 * download it). A load that failed (offline) is tried again the next time.
 */
let outbox: Promise<typeof import('./outbox.js') | void> | undefined;
export function send(): void {
  outbox ??= import('./outbox.js').catch(() => void (outbox = undefined));
  void outbox.then((loaded) => loaded?.flush());
}

/** Registers one kind of write; what a previous page left of it shows at once and is sent again. */
export function optimistic<V, S>(spec: WriteSpec<V, S>): Writes<V> {
  const { kind } = spec;
  writers.set(kind, spec);
  if (queued.size) send();
  return {
    write(id, value) {
      // The site of the click, whatever the page switches to before the write is sent.
      const write = { kind, site: $settings.get().site, id, value };
      queued.set(keyOf(write), write);
      save();
      spec.family.show(spec.entry?.(id) ?? id, { error: undefined });
      send();
    },
    pending: (id) => queued.get(keyOf({ kind, site: $settings.get().site, id }))?.value as V | undefined,
    all: () => [...queued.values()].filter((write) => write.kind === kind && write.site === $settings.get().site).map((write) => write.value as V),
  };
}

$consent.listen((granted) => granted && save());
// Back online: what waited goes out now. (Node has no window.)
globalThis.addEventListener?.('online', send);
restore();
