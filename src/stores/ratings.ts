import { atom, type WritableAtom } from 'nanostores';
import type { RatingSummary, Stars } from '../core/adapter.js';
import { createFamily } from '../core/family.js';
import { sectionOf } from '../adapters/sections.js';

/** One store per product: its rating summary, read in batches (a grid of 100 cards: one request). */
export const ratings = createFamily<RatingSummary>({
  read: async (adapter) => (await sectionOf(adapter, 'reviews')).summaries,
  changed: (change) => change.kind === 'rating' && [change.productId, change.summary],
  view: (_id, summary) => summary,
});

/** One atom per product, made on first ask: filters the summary and the thread share. */
function perProduct<T>(initial: T): (productId: string) => WritableAtom<T> {
  const atoms = new Map<string, WritableAtom<T>>();
  return (productId) => {
    let filter = atoms.get(productId);
    if (!filter) atoms.set(productId, (filter = atom(initial)));
    return filter;
  };
}

/** The star rating a product's reviews are filtered to: set by the summary's bars, followed by its thread. */
export const starFilter = perProduct<Stars | undefined>(undefined);

/** Whether a product's thread shows only reviews with photos: set by the thread's toggle. */
export const photoFilter = perProduct(false);
