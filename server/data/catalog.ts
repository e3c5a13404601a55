import type { z } from 'zod';
import type { Sql } from '../db/db.js';
import type { Product } from '../schemas/catalog.js';

export interface ProductRow {
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
  price: number;
  compare_at_price: number | null;
  currency: string;
  stock: number | null;
}

/** Columns of `products p` that a ProductRow needs. */
export const productColumns = 'p.id, p.title, p.description, p.images, p.category';

/** Products with their variants, in the order given, in one more query. */
export async function withVariants(sql: Sql, site: string, rows: readonly ProductRow[]): Promise<z.input<typeof Product>[]> {
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
      .map((variant) => ({
        id: variant.id,
        options: variant.options,
        price: { amount: variant.price, currency: variant.currency },
        ...(variant.compare_at_price === null ? {} : { compareAtPrice: { amount: variant.compare_at_price, currency: variant.currency } }),
        ...(variant.stock === null ? {} : { stock: variant.stock }),
      })),
  }));
}
