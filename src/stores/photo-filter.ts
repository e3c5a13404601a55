import { atom, type WritableAtom } from 'nanostores';

const filters = new Map<string, WritableAtom<boolean>>();

/** Whether a product's thread shows only reviews with photos: set by the thread's toggle. */
export function photoFilter(productId: string): WritableAtom<boolean> {
  let filter = filters.get(productId);
  if (!filter) filters.set(productId, (filter = atom(false)));
  return filter;
}
