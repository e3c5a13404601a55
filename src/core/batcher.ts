import type { BatchRead } from './adapter.js';

interface Waiter<T> {
  resolve(value: T): void;
  reject(reason: unknown): void;
}

/**
 * Coalesces every id asked for in one task into one `readMany` call: 200 like buttons
 * on a grid cost one request. Each id is asked for once per batch; an adapter splits a
 * batch its backend finds too large.
 */
export function createBatcher<T>(readMany: BatchRead<T>): (id: string) => Promise<T> {
  let queue = new Map<string, Waiter<T>[]>();

  const flush = () => {
    const batch = queue;
    queue = new Map();
    readMany([...batch.keys()]).then(
      (found) =>
        batch.forEach((waiters, id) =>
          waiters.forEach((waiter) => (id in found ? waiter.resolve(found[id]) : waiter.reject(new Error(`No answer for "${id}"`)))),
        ),
      (error) => batch.forEach((waiters) => waiters.forEach((waiter) => waiter.reject(error))),
    );
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
