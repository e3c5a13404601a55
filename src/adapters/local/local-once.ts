import type { KeptStorage } from '../../core/storage.js';

/** Keys remembered per site: enough for any retry; older ones (and their copies of reviews) make room. */
const KEPT = 20;

/** Creates under way, so two calls with one key in the same moment share one. */
const running = new Map<string, Promise<unknown>>();

/**
 * Makes a LocalAdapter section's create once per idempotency key, as the reference
 * server does: what `make` answered is kept in `storage` with the key, and a retry (after
 * a reload too) gets it back instead of a second review, list or order.
 */
export function once<T>(storage: KeptStorage, site: string, idempotencyKey: string, make: () => Promise<T>): Promise<T> {
  const key = `sc-widgets:${site}:created`;
  const id = `${key}\n${idempotencyKey}`;
  const made: Record<string, T> = JSON.parse(storage.getItem(key) ?? '{}');
  if (idempotencyKey in made) return Promise.resolve(made[idempotencyKey]!);
  let making = running.get(id) as Promise<T> | undefined;
  if (!making) {
    making = make()
      .then((answer) => {
        const kept = Object.entries<unknown>(JSON.parse(storage.getItem(key) ?? '{}')).slice(1 - KEPT);
        storage.setItem(key, JSON.stringify(Object.fromEntries([...kept, [idempotencyKey, answer ?? null]])));
        return answer;
      })
      .finally(() => running.delete(id));
    running.set(id, making);
  }
  return making;
}
