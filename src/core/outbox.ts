import type { Adapter } from './adapter.js';
import { $settings, readyAdapter } from './config.js';
import { type ScError, ServerError, toScError } from './errors.js';
import { type PendingWrite, queued, save, writers } from './optimistic.js';

/**
 * Sends the writes queued in src/core/optimistic.ts, retried with back-off, each answer
 * shown by the family that shows the write: a confirmed state, a retry under way, or a
 * refusal (the write is dropped, so the family shows it undone). Loaded on the first
 * write, or when a previous page left writes, so read-only visitors never download it.
 */

const MAX_DELAY_MS = 30_000;

const inFlight = new Set<string>();
let attempts = 0;
let retryTimer: ReturnType<typeof setTimeout> | undefined;

export async function flush(): Promise<void> {
  clearTimeout(retryTimer);
  const adapter = await readyAdapter();
  const { site } = $settings.get();
  const sends = [...queued]
    .filter(([key, write]) => write.site === site && writers.has(write.kind) && !inFlight.has(key))
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
  inFlight.add(key);
  try {
    const state = await writers.get(write.kind)!.send(adapter, write);
    settle(key, write);
    answered(write, state);
  } catch (caught) {
    const error = toScError(caught);
    // Refused for good: dropped, so it shows undone. Failed for now: kept, and said so.
    if (!error.transient) settle(key, write);
    answered(write, undefined, error);
    if (error.transient) return error instanceof ServerError ? (error.retryAfterMs ?? 0) : 0;
  } finally {
    inFlight.delete(key);
  }
  // A newer write to the same thing arrived while this one was in flight.
  const newer = queued.get(key);
  return newer && send(adapter, key, newer);
}

/** Drops a write that got its answer, unless a newer one to the same thing replaced it meanwhile. */
function settle(key: string, write: PendingWrite): void {
  if (queued.get(key) !== write) return;
  queued.delete(key);
  save();
}

/** Shows an answer: a newer write to the same thing, still queued, stays on top of it. */
function answered(write: PendingWrite, state?: unknown, error?: ScError): void {
  // An answer about another site (the page switched sites meanwhile) is not this page's to show.
  if (write.site !== $settings.get().site) return;
  const { family, entry } = writers.get(write.kind)!;
  const id = entry?.(write.id) ?? write.id;
  if (state !== undefined && family.confirmed.has(id)) family.confirmed.set(id, state);
  family.show(id, { error });
}

// Another backend or site: writes left for it go out now.
$settings.listen(() => {
  if (queued.size) void flush();
});
