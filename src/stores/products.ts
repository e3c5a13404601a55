import type { Product } from '../core/adapter.js';
import { createFamily } from '../core/family.js';
import { sectionOf } from '../adapters/sections.js';

/**
 * One store per product of the site's catalog, read in batches (a wish list of 20
 * items: one request). `null` when the catalog has no such product, so a widget can
 * still show the id instead of failing.
 */
export const products = createFamily<Product | null>({
  read: async (adapter) => {
    const { read } = await sectionOf(adapter, 'catalog');
    return async (ids) => {
      const found = await read(ids);
      return Object.fromEntries(ids.map((id) => [id, found[id] ?? null]));
    };
  },
  changed: () => undefined,
  view: (_id, product) => product,
  reset: () => undefined,
});
