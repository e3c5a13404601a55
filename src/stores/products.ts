import type { Product } from '../core/adapter.js';
import { createFamily } from '../core/family.js';
import { nullForUnknown } from '../core/nullable-read.js';
import { sectionOf } from '../adapters/sections.js';

/**
 * One store per product of the site's catalog, read in batches (a wish list of 20
 * items: one request). `null` when the catalog has no such product, so a widget can
 * still show the id instead of failing.
 */
export const products = createFamily<Product | null>({
  read: async (adapter) => nullForUnknown((await sectionOf(adapter, 'catalog')).read),
  changed: () => undefined,
  view: (_id, product) => product,
  reset: () => undefined,
});
