import type { Adapter } from './adapter.js';
import { $consent, $settings, readyAdapter } from './config.js';
import { type ScError, ServerError, toScError } from './errors.js';
import { OUTBOX_KEY } from './outbox-saved.js';

/**
 * Writes the backend has not confirmed yet: kept across reloads, retried with back-off,
 * dropped only when the backend refuses them for good. Loaded on the first write (or
 * when a previous page left writes), so read-only visitors never download it.
 */

/** A write the backend has not confirmed yet. Writes set a state, so resending is safe. */
export interface PendingWrite<V = unknown> {
  /** Which store owns it, e.g. `like`. */
  readonly kind: string;
  readonly site: string;
  readonly id: string;
  readonly value: V;
}

/** The store that owns a kind of write: sends it, and hears how it ended. */
export interface WriteHandler<V, R> {
  send(adapter: Adapter, write: PendingWrite<V>): Promise<R>;
  /**
   * The backend confirmed (`state`), failed for now (`error.transient`: the write stays
   * queued and is retried) or refused for good (the write is dropped and must be rolled
   * back). `settled` is true when no write to the same thing is left in the queue.
   */
  answered(write: PendingWrite<V>, settled: boolean, state?: R, error?: ScError): void;
}

const MAX_DELAY_MS = 30_000;

const keyOf = (write: Pick<PendingWrite, 'kind' | 'site' | 'id'>) => `${write.kind} ${write.site} ${write.id}`;

const handlers = new Map<string, WriteHandler<any, any>>();
/** Queued writes by `kind site id`: a newer write to the same thing replaces an older one. */
const queued = new Map<string, PendingWrite>(restore());
const inFlight = new Set<string>();
let attempts = 0;
let retryTimer: ReturnType<typeof setTimeout> | undefined;

function restore(): [string, PendingWrite][] {
  try {
    const saved = JSON.parse(localStorage.getItem(OUTBOX_KEY) ?? '[]') as PendingWrite[];
    return saved.map((write) => [keyOf(write), write]);
  } catch {
    return [];
  }
}

function persist(): void {
  // Nothing is stored before consent; what is queued then lives in memory.
  if (!$consent.get()) return;
  try {
    if (queued.size) localStorage.setItem(OUTBOX_KEY, JSON.stringify([...queued.values()]));
    else localStorage.removeItem(OUTBOX_KEY);
  } catch {
    // Storage full or blocked: the queue still works for this page's life.
  }
}

/** Registers the store that owns writes of `kind`, and sends any it left queued before a reload. */
export function registerWriter<V, R>(kind: string, handler: WriteHandler<V, R>): void {
  handlers.set(kind, handler);
  if (queued.size) void flush();
}

/** The unconfirmed writes of one kind for the current site, e.g. left by a previous page. */
export function pendingWrites<V>(kind: string): PendingWrite<V>[] {
  const { site } = $settings.get();
  return [...queued.values()].filter((write) => write.kind === kind && write.site === site) as PendingWrite<V>[];
}

/** Queues a write made on `write.site` (taken when the person acted, not when this module loaded). */
export function enqueue(write: PendingWrite): void {
  queued.set(keyOf(write), write);
  persist();
  void flush();
}

async function flush(): Promise<void> {
  clearTimeout(retryTimer);
  const adapter = await readyAdapter();
  const { site } = $settings.get();
  const sends = [...queued]
    .filter(([key, write]) => write.site === site && handlers.has(write.kind) && !inFlight.has(key))
    .map(([key, write]) => send(adapter, key, write));
  const outcomes = await Promise.all(sends);
  const delays = outcomes.filter((delay): delay is number => delay !== undefined);
  if (!delays.length) {
    attempts = 0;
    return;
  }
  // Exponential back-off with jitter, unless the server said how long to wait.
  const backoff = Math.min(MAX_DELAY_MS, 1000 * 2 ** attempts++) * (0.5 + Math.random() / 2);
  retryTimer = setTimeout(flush, Math.max(backoff, ...delays));
}

/** Sends one write; resolves with a delay in ms when it must be retried. */
async function send(adapter: Adapter, key: string, write: PendingWrite): Promise<number | undefined> {
  const handler = handlers.get(write.kind)!;
  inFlight.add(key);
  try {
    const result = await handler.send(adapter, write);
    handler.answered(write, settle(key, write), result);
  } catch (caught) {
    const error = toScError(caught);
    if (error.transient) {
      handler.answered(write, false, undefined, error);
      return error instanceof ServerError ? (error.retryAfterMs ?? 0) : 0;
    }
    handler.answered(write, settle(key, write), undefined, error);
  } finally {
    inFlight.delete(key);
  }
  // A newer write to the same thing arrived while this one was in flight.
  const newer = queued.get(key);
  return newer && send(adapter, key, newer);
}

/** Drops a write that got its answer; false when a newer one to the same thing is queued. */
function settle(key: string, write: PendingWrite): boolean {
  if (queued.get(key) !== write) return false;
  queued.delete(key);
  persist();
  return true;
}

$consent.listen((granted) => {
  if (granted) persist();
});
// Another backend or site: writes left for it go out now.
$settings.listen(() => {
  if (queued.size) void flush();
});
addEventListener('online', () => void flush());
