import { z } from 'zod';
import type { Sql } from '../db/db.js';
import { type ProductRow, productColumns, withVariants } from '../data/catalog.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import { endpoint } from '../http/endpoint.js';
import { HttpError } from '../http/errors.js';
import { ProductDraft, Product, ProductPage, VariantPatch } from '../schemas/catalog.js';
import { ProductId } from '../schemas/common.js';

const minPrice = '(SELECT min(v.price) FROM variants v WHERE v.site_id = p.site_id AND v.product_id = p.id)';
const sorts = {
  title: 'p.title, p.seq',
  'price-asc': `${minPrice} ASC, p.seq`,
  'price-desc': `${minPrice} DESC, p.seq`,
  newest: 'p.seq DESC',
} as const;
/** Catalog pages by offset: a catalog changes rarely, and price sorts have no cheap keyset. */
const Cursor = z.object({ o: z.int().min(0) });

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
    const values: unknown[] = [site];
    const filters = ['p.site_id = $1'];
    if (query.ids) filters.push(`p.id = ANY($${values.push(query.ids)})`);
    if (query.category) filters.push(`p.category = $${values.push(query.category)}`);
    if (query.search) {
      const pattern = `%${query.search.replace(/[\\%_]/g, '\\$&')}%`;
      filters.push(`(p.title ILIKE $${values.push(pattern)} OR p.description ILIKE $${values.length})`);
    }
    const where = filters.join(' AND ');
    const total = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM products p WHERE ${where}`, values))[0]!.n;
    const offset = query.cursor ? decodeCursor(Cursor, query.cursor).o : 0;
    const limit = query.ids ? query.ids.length || 1 : query.limit;
    const rows = await db.query<ProductRow>(
      `SELECT ${productColumns} FROM products p WHERE ${where} ORDER BY ${sorts[query.sort]} LIMIT ${limit} OFFSET ${offset}`,
      values,
    );
    const categories = query.ids
      ? undefined
      : await db.query<{ category: string }>('SELECT DISTINCT category FROM products WHERE site_id = $1 AND category IS NOT NULL ORDER BY 1', [site]);
    return {
      products: await withVariants(db, site, rows),
      total,
      ...(offset + rows.length < total ? { next: encodeCursor({ o: offset + rows.length }) } : {}),
      ...(categories ? { categories: categories.map((row) => row.category) } : {}),
    };
  },
);

const ProductParams = z.object({ productId: ProductId });

async function readProduct(sql: Sql, site: string, productId: string) {
  const rows = await sql.query<ProductRow>(`SELECT ${productColumns} FROM products p WHERE p.site_id = $1 AND p.id = $2`, [site, productId]);
  if (!rows.length) throw new HttpError(404, 'product_not_found', 'No such product in this site\'s catalog.');
  return (await withVariants(sql, site, rows))[0]!;
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
  async (c, { params }) => readProduct(c.get('db'), c.get('site').id, params.productId),
);

export const putProduct = endpoint(
  {
    method: 'put',
    path: '/v1/sites/{site}/products/{productId}',
    operationId: 'putProduct',
    tag: 'seller',
    summary: 'Create or replace a product and its variants (server to server)',
    auth: 'seller',
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
      await tx.query(
        `INSERT INTO products (site_id, id, title, description, images, category) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (site_id, id) DO UPDATE SET title = $3, description = $4, images = $5, category = $6`,
        [site, params.productId, body.title, body.description, JSON.stringify(body.images), body.category ?? null],
      );
      await tx.query('DELETE FROM variants WHERE site_id = $1 AND product_id = $2', [site, params.productId]);
      for (const [position, variant] of body.variants.entries()) {
        await tx.query(
          `INSERT INTO variants (site_id, product_id, id, position, options, price, compare_at_price, currency, stock)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
          [site, params.productId, variant.id, position, JSON.stringify(variant.options), variant.price.amount, variant.compareAtPrice?.amount ?? null, variant.price.currency, variant.stock ?? null],
        );
      }
      return readProduct(tx, site, params.productId);
    });
  },
);

export const patchVariant = endpoint(
  {
    method: 'patch',
    path: '/v1/sites/{site}/products/{productId}/variants/{variantId}',
    operationId: 'patchVariant',
    tag: 'seller',
    summary: 'Change one variant\'s price or stock (server to server)',
    auth: 'seller',
    params: z.object({ productId: ProductId, variantId: z.string().min(1).max(128) }),
    body: VariantPatch,
    status: 200,
    response: Product,
  },
  async (c, { params, body }) => {
    const site = c.get('site').id;
    return c.get('db').transaction(async (tx) => {
      const rows = await tx.query(
        `UPDATE variants SET
           price = COALESCE($4, price), currency = COALESCE($5, currency),
           stock = CASE WHEN $6::boolean THEN $7::int ELSE stock END
         WHERE site_id = $1 AND product_id = $2 AND id = $3 RETURNING 1`,
        [site, params.productId, params.variantId, body.price?.amount ?? null, body.price?.currency ?? null, body.stock !== undefined, body.stock ?? null],
      );
      if (!rows.length) throw new HttpError(404, 'variant_not_found', 'No such variant of this product.');
      return readProduct(tx, site, params.productId);
    });
  },
);

export const deleteProduct = endpoint(
  {
    method: 'delete',
    path: '/v1/sites/{site}/products/{productId}',
    operationId: 'deleteProduct',
    tag: 'seller',
    summary: 'Remove a product from the catalog (server to server); likes and reviews of its id stay',
    auth: 'seller',
    params: ProductParams,
    status: 204,
  },
  async (c, { params }) => {
    const rows = await c.get('db').query('DELETE FROM products WHERE site_id = $1 AND id = $2 RETURNING 1', [c.get('site').id, params.productId]);
    if (!rows.length) throw new HttpError(404, 'product_not_found', 'No such product in this site\'s catalog.');
  },
);
