import type { z } from 'zod';
import type { Sql } from '../db/db.js';
import type { Product, ProductDraft, VariantPatch } from '../schemas/catalog.js';
import { type Int8, int8, int8OrNull } from './int8.js';

interface ProductRow {
  id: string;
  title: string;
  description: string;
  images: string[];
  category: string | null;
}

interface VariantRow {
  product_id: string;
  id: string;
  options: Record<string, string>;
  price: Int8;
  compare_at_price: Int8 | null;
  currency: string;
  stock: Int8 | null;
}

/** Columns of `products p` that a ProductRow needs. */
const productColumns = 'p.id, p.title, p.description, p.images, p.category';

/** Products with their variants, in the order given, in one more query. */
async function withVariants(sql: Sql, site: string, rows: readonly ProductRow[]): Promise<z.input<typeof Product>[]> {
  const variants = await sql.query<VariantRow>(
    `SELECT product_id, id, options, price, compare_at_price, currency, stock FROM variants
     WHERE site_id = $1 AND product_id = ANY($2) ORDER BY position`,
    [site, rows.map((row) => row.id)],
  );
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    description: row.description,
    images: row.images,
    ...(row.category ? { category: row.category } : {}),
    variants: variants
      .filter((variant) => variant.product_id === row.id)
      .map((variant) => {
        const compareAt = int8OrNull(variant.compare_at_price);
        const stock = int8OrNull(variant.stock);
        return {
          id: variant.id,
          options: variant.options,
          price: { amount: int8(variant.price), currency: variant.currency },
          ...(compareAt === null ? {} : { compareAtPrice: { amount: compareAt, currency: variant.currency } }),
          ...(stock === null ? {} : { stock }),
        };
      }),
  }));
}

const minPrice = '(SELECT min(v.price) FROM variants v WHERE v.site_id = p.site_id AND v.product_id = p.id)';
const sorts = {
  title: 'p.title, p.seq',
  'price-asc': `${minPrice} ASC, p.seq`,
  'price-desc': `${minPrice} DESC, p.seq`,
  newest: 'p.seq DESC',
} as const;

export type ProductSort = keyof typeof sorts;

export interface ProductFilter {
  readonly ids?: readonly string[];
  readonly category?: string;
  /** Words in the title or description. */
  readonly search?: string;
}

/** One page of the site's products that match `filter`, and how many match in all. */
export async function productPage(
  sql: Sql,
  site: string,
  filter: ProductFilter,
  page: { sort: ProductSort; offset: number; limit: number },
): Promise<{ products: z.input<typeof Product>[]; total: number }> {
  const values: unknown[] = [site];
  const filters = ['p.site_id = $1'];
  if (filter.ids) filters.push(`p.id = ANY($${values.push(filter.ids)})`);
  if (filter.category) filters.push(`p.category = $${values.push(filter.category)}`);
  if (filter.search) {
    const pattern = `%${filter.search.replace(/[\\%_]/g, '\\$&')}%`;
    filters.push(`(p.title ILIKE $${values.push(pattern)} OR p.description ILIKE $${values.length})`);
  }
  const where = filters.join(' AND ');
  const total = (await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM products p WHERE ${where}`, values))[0]!.n;
  const rows = await sql.query<ProductRow>(
    `SELECT ${productColumns} FROM products p WHERE ${where} ORDER BY ${sorts[page.sort]} LIMIT $${values.push(page.limit)} OFFSET $${values.push(page.offset)}`,
    values,
  );
  return { products: await withVariants(sql, site, rows), total };
}

/** Every category of the site's catalog, in order. */
export async function categories(sql: Sql, site: string): Promise<string[]> {
  const rows = await sql.query<{ category: string }>('SELECT DISTINCT category FROM products WHERE site_id = $1 AND category IS NOT NULL ORDER BY 1', [site]);
  return rows.map((row) => row.category);
}

export async function readProduct(sql: Sql, site: string, productId: string): Promise<z.input<typeof Product> | undefined> {
  const rows = await sql.query<ProductRow>(`SELECT ${productColumns} FROM products p WHERE p.site_id = $1 AND p.id = $2`, [site, productId]);
  return (await withVariants(sql, site, rows))[0];
}

/** Creates the product or replaces it and all its variants. */
export async function saveProduct(sql: Sql, site: string, productId: string, draft: z.output<typeof ProductDraft>): Promise<void> {
  await sql.query(
    `INSERT INTO products (site_id, id, title, description, images, category) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (site_id, id) DO UPDATE SET title = $3, description = $4, images = $5, category = $6`,
    [site, productId, draft.title, draft.description, JSON.stringify(draft.images), draft.category ?? null],
  );
  await sql.query('DELETE FROM variants WHERE site_id = $1 AND product_id = $2', [site, productId]);
  for (const [position, variant] of draft.variants.entries()) {
    await sql.query(
      `INSERT INTO variants (site_id, product_id, id, position, options, price, compare_at_price, currency, stock)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [site, productId, variant.id, position, JSON.stringify(variant.options), variant.price.amount, variant.compareAtPrice?.amount ?? null, variant.price.currency, variant.stock ?? null],
    );
  }
}

/** Changes what the patch gives of one variant; false when there is no such variant. */
export async function updateVariant(sql: Sql, site: string, productId: string, variantId: string, patch: z.output<typeof VariantPatch>): Promise<boolean> {
  const rows = await sql.query(
    `UPDATE variants SET
       price = COALESCE($4, price), currency = COALESCE($5, currency),
       stock = CASE WHEN $6::boolean THEN $7::bigint ELSE stock END
     WHERE site_id = $1 AND product_id = $2 AND id = $3 RETURNING 1`,
    [site, productId, variantId, patch.price?.amount ?? null, patch.price?.currency ?? null, patch.stock !== undefined, patch.stock ?? null],
  );
  return rows.length > 0;
}

/** False when there was no such product. */
export async function removeProduct(sql: Sql, site: string, productId: string): Promise<boolean> {
  return (await sql.query('DELETE FROM products WHERE site_id = $1 AND id = $2 RETURNING 1', [site, productId])).length > 0;
}

/** A variant's stock (null: not tracked); undefined when the catalog has no such variant. */
export async function variantStock(sql: Sql, site: string, productId: string, variantId: string): Promise<{ stock: number | null } | undefined> {
  const [row] = await sql.query<{ stock: Int8 | null }>('SELECT stock FROM variants WHERE site_id = $1 AND product_id = $2 AND id = $3', [site, productId, variantId]);
  return row && { stock: int8OrNull(row.stock) };
}

export interface StockLine {
  readonly productId: string;
  readonly variantId: string;
  readonly quantity: number;
}

/** Takes `quantity` from a tracked stock: the variant's price, or undefined when there is not that much (or no such variant). */
export async function takeStock(sql: Sql, site: string, line: StockLine): Promise<{ price: number; currency: string } | undefined> {
  const [row] = await sql.query<{ price: Int8; currency: string }>(
    `UPDATE variants SET stock = stock - $4 WHERE site_id = $1 AND product_id = $2 AND id = $3 AND (stock IS NULL OR stock >= $4)
     RETURNING price, currency`,
    [site, line.productId, line.variantId, line.quantity],
  );
  return row && { price: int8(row.price), currency: row.currency };
}

/** Puts the lines' quantities back into tracked stocks. */
export async function restock(sql: Sql, site: string, lines: readonly StockLine[]): Promise<void> {
  for (const line of lines) {
    await sql.query('UPDATE variants SET stock = stock + $4 WHERE site_id = $1 AND product_id = $2 AND id = $3 AND stock IS NOT NULL', [site, line.productId, line.variantId, line.quantity]);
  }
}
