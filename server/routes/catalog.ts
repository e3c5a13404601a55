import { z } from 'zod';
import { categories, productPage, readProduct, removeProduct, saveProduct, updateVariant } from '../data/catalog.js';
import type { Sql } from '../db/db.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import { endpoint } from '../http/endpoint.js';
import { HttpError } from '../http/errors.js';
import { ProductDraft, Product, ProductPage, VariantPatch } from '../schemas/catalog.js';
import { ProductId } from '../schemas/common.js';

/** How deep offset pages reach: a bigger catalog is searched or filtered, not paged through. */
const MAX_OFFSET = 1_000_000;
/** Catalog pages by offset: a catalog changes rarely, and price sorts have no cheap keyset. */
const Cursor = z.object({ o: z.int().min(0).max(MAX_OFFSET) });

export const listProducts = endpoint(
  {
    method: 'get',
    path: '/v1/sites/{site}/products',
    operationId: 'listProducts',
    tag: 'catalog',
    summary: 'Products, filtered, sorted and a page at a time; or exactly the `ids` asked for',
    auth: 'public',
    query: z.object({
      ids: z.array(ProductId).max(500).optional().describe('Only these products (a batched read); unknown ids are left out.'),
      search: z.string().min(1).max(100).optional().describe('Words in the title or description.'),
      category: z.string().min(1).max(80).optional(),
      sort: z.enum(['title', 'price-asc', 'price-desc', 'newest']).default('title'),
      cursor: z.string().max(200).optional(),
      limit: z.coerce.number().pipe(z.int().min(1).max(100)).default(24),
    }),
    status: 200,
    response: ProductPage,
  },
  async (c, { query }) => {
    const db = c.get('db');
    const site = c.get('site').id;
    const offset = query.cursor ? decodeCursor(c, Cursor, query.cursor).o : 0;
    const limit = query.ids ? query.ids.length || 1 : query.limit;
    const page = await productPage(db, site, query, { sort: query.sort, offset, limit });
    return {
      ...page,
      ...(offset + page.products.length < page.total ? { next: encodeCursor(c, { o: offset + page.products.length }) } : {}),
      ...(query.ids ? {} : { categories: await categories(db, site) }),
    };
  },
);

const ProductParams = z.object({ productId: ProductId });

const productNotFound = () => new HttpError(404, 'product_not_found', 'No such product in this site\'s catalog.');

async function existingProduct(sql: Sql, site: string, productId: string) {
  const product = await readProduct(sql, site, productId);
  if (!product) throw productNotFound();
  return product;
}

export const getProduct = endpoint(
  {
    method: 'get',
    path: '/v1/sites/{site}/products/{productId}',
    operationId: 'getProduct',
    tag: 'catalog',
    summary: 'One product with its variants, prices and stock',
    auth: 'public',
    params: ProductParams,
    status: 200,
    response: Product,
  },
  async (c, { params }) => existingProduct(c.get('db'), c.get('site').id, params.productId),
);

export const putProduct = endpoint(
  {
    method: 'put',
    path: '/v1/sites/{site}/products/{productId}',
    operationId: 'putProduct',
    tag: 'seller',
    summary: 'Create or replace a product and its variants (a team member, or the shop\'s servers)',
    auth: 'member:catalog',
    params: ProductParams,
    body: ProductDraft,
    status: 200,
    response: Product,
  },
  async (c, { params, body }) => {
    const site = c.get('site').id;
    if (new Set(body.variants.map((variant) => variant.id)).size !== body.variants.length) {
      throw new HttpError(400, 'invalid_request', 'body.variants: variant ids must be unique');
    }
    if (body.variants.some((variant) => variant.compareAtPrice && variant.compareAtPrice.currency !== variant.price.currency)) {
      throw new HttpError(400, 'invalid_request', 'body.variants: compareAtPrice must be in the currency of price');
    }
    return c.get('db').transaction(async (tx) => {
      await saveProduct(tx, site, params.productId, body);
      return existingProduct(tx, site, params.productId);
    });
  },
);

export const patchVariant = endpoint(
  {
    method: 'patch',
    path: '/v1/sites/{site}/products/{productId}/variants/{variantId}',
    operationId: 'patchVariant',
    tag: 'seller',
    summary: 'Change one variant\'s price or stock (a team member, or the shop\'s servers)',
    auth: 'member:catalog',
    params: z.object({ productId: ProductId, variantId: z.string().min(1).max(128) }),
    body: VariantPatch,
    status: 200,
    response: Product,
  },
  async (c, { params, body }) => {
    const site = c.get('site').id;
    return c.get('db').transaction(async (tx) => {
      if (!(await updateVariant(tx, site, params.productId, params.variantId, body))) throw new HttpError(404, 'variant_not_found', 'No such variant of this product.');
      return existingProduct(tx, site, params.productId);
    });
  },
);

export const deleteProduct = endpoint(
  {
    method: 'delete',
    path: '/v1/sites/{site}/products/{productId}',
    operationId: 'deleteProduct',
    tag: 'seller',
    summary: 'Remove a product from the catalog (a team member, or the shop\'s servers); likes and reviews of its id stay',
    auth: 'member:catalog',
    params: ProductParams,
    status: 204,
  },
  async (c, { params }) => {
    if (!(await removeProduct(c.get('db'), c.get('site').id, params.productId))) throw productNotFound();
  },
);
