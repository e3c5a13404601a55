import type { Product, ProductPage, ProductQuery } from '../core/adapter.js';
import { readyAdapter } from '../core/config.js';
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
});

/** A page of the site's catalog; its products' stores are filled, so their cards need no read of their own. */
export async function listProducts(query: ProductQuery): Promise<ProductPage> {
  const page = await (await sectionOf(await readyAdapter(), 'catalog')).list(query);
  for (const product of page.products) {
    products.confirmed.set(product.id, product);
    products.show(product.id, { status: 'ready', error: undefined });
  }
  return page;
}
