import type { BatchRead } from './adapter.js';

interface Waiter<T> {
  resolve(value: T): void;
  reject(reason: unknown): void;
}

/**
 * Coalesces every id asked for in one task into one `readMany` call: 200 like buttons
 * on a grid cost one request. Each id is asked for once per batch.
 */
export function createBatcher<T>(readMany: BatchRead<T>, maxBatch = 500): (id: string) => Promise<T> {
  let queue = new Map<string, Waiter<T>[]>();

  const flush = () => {
    const batch = queue;
    queue = new Map();
    const ids = [...batch.keys()];
    for (let start = 0; start < ids.length; start += maxBatch) {
      const chunk = ids.slice(start, start + maxBatch);
      readMany(chunk).then(
        (found) => {
          for (const id of chunk) {
            for (const waiter of batch.get(id)!) {
              if (id in found) waiter.resolve(found[id]);
              else waiter.reject(new Error(`No answer for "${id}"`));
            }
          }
        },
        (error) => chunk.forEach((id) => batch.get(id)!.forEach((waiter) => waiter.reject(error))),
      );
    }
  };

  return (id) =>
    new Promise<T>((resolve, reject) => {
      // A macrotask, not a microtask: elements upgraded across several parser
      // microtasks, and IntersectionObserver callbacks, still land in one batch.
      if (!queue.size) setTimeout(flush);
      const waiters = queue.get(id) ?? [];
      waiters.push({ resolve, reject });
      queue.set(id, waiters);
    });
}
