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

const filters = new Map<string, WritableAtom<Stars | undefined>>();

/** The star rating a product's reviews are filtered to: set by the summary's bars, followed by its thread. */
export function starFilter(productId: string): WritableAtom<Stars | undefined> {
  let filter = filters.get(productId);
  if (!filter) filters.set(productId, (filter = atom<Stars | undefined>(undefined)));
  return filter;
}
