import type { z } from 'zod';
import type { Sql } from '../db/db.js';
import { type Cart, type CartLine, MAX_LINES, MAX_QUANTITY } from '../schemas/carts.js';

/**
 * When a guest signs in (a user token arrives beside their visitor token), the lines they
 * added as a guest move into the customer's cart, which follows them across devices; the
 * same variant in both adds up. New lines join while the cart holds fewer than MAX_LINES;
 * the rest stay in the guest cart and join once there is room. `actor` is who acts:
 * nothing moves unless it is another than the visitor. Call before reading or changing the cart.
 */
export async function mergeGuestCart(sql: Sql, site: string, visitor: string | undefined, actor: string | undefined): Promise<void> {
  const guest = visitor && `v:${visitor}`;
  if (!guest || !actor || guest === actor) return;
  await sql.query(
    `UPDATE cart_lines c SET quantity = least(${MAX_QUANTITY}, c.quantity + g.quantity) FROM cart_lines g
      WHERE c.site_id = $1 AND c.actor = $3 AND g.site_id = $1 AND g.actor = $2 AND g.product_id = c.product_id AND g.variant_id = c.variant_id`,
    [site, guest, actor],
  );
  await sql.query(
    `INSERT INTO cart_lines (site_id, actor, product_id, variant_id, quantity)
     SELECT site_id, $3, product_id, variant_id, quantity FROM cart_lines g WHERE site_id = $1 AND actor = $2
        AND NOT EXISTS (SELECT 1 FROM cart_lines c WHERE c.site_id = $1 AND c.actor = $3 AND c.product_id = g.product_id AND c.variant_id = g.variant_id)
      ORDER BY seq LIMIT greatest(0, ${MAX_LINES} - (SELECT count(*) FROM cart_lines WHERE site_id = $1 AND actor = $3))`,
    [site, guest, actor],
  );
  // What the customer's cart now holds leaves the guest cart.
  await sql.query(
    `DELETE FROM cart_lines g WHERE site_id = $1 AND actor = $2
        AND EXISTS (SELECT 1 FROM cart_lines c WHERE c.site_id = $1 AND c.actor = $3 AND c.product_id = g.product_id AND c.variant_id = g.variant_id)`,
    [site, guest, actor],
  );
}

export async function readCart(sql: Sql, site: string, actor: string): Promise<z.input<typeof Cart>> {
  const rows = await sql.query<{ product_id: string; variant_id: string; quantity: number }>(
    'SELECT product_id, variant_id, quantity FROM cart_lines WHERE site_id = $1 AND actor = $2 ORDER BY seq',
    [site, actor],
  );
  return { lines: rows.map((row) => ({ productId: row.product_id, variantId: row.variant_id, quantity: row.quantity })) };
}

/**
 * Sets the quantity of a line already in the cart, or adds it as a new line while the cart
 * holds fewer than MAX_LINES. False when the line is new and the cart is full.
 */
export async function setLine(sql: Sql, site: string, actor: string, line: z.output<typeof CartLine>): Promise<boolean> {
  const changed = await sql.query(
    'UPDATE cart_lines SET quantity = $5 WHERE site_id = $1 AND actor = $2 AND product_id = $3 AND variant_id = $4 RETURNING 1',
    [site, actor, line.productId, line.variantId, line.quantity],
  );
  if (changed.length) return true;
  const added = await sql.query(
    `INSERT INTO cart_lines (site_id, actor, product_id, variant_id, quantity)
     SELECT $1, $2, $3, $4, $5 WHERE (SELECT count(*) FROM cart_lines WHERE site_id = $1 AND actor = $2) < ${MAX_LINES}
     ON CONFLICT (site_id, actor, product_id, variant_id) DO UPDATE SET quantity = excluded.quantity
     RETURNING 1`,
    [site, actor, line.productId, line.variantId, line.quantity],
  );
  return added.length > 0;
}

/** How many of a variant the cart holds (0: none). */
export async function lineQuantity(sql: Sql, site: string, actor: string, productId: string, variantId: string): Promise<number> {
  const [row] = await sql.query<{ quantity: number }>('SELECT quantity FROM cart_lines WHERE site_id = $1 AND actor = $2 AND product_id = $3 AND variant_id = $4', [site, actor, productId, variantId]);
  return row?.quantity ?? 0;
}

export async function removeLine(sql: Sql, site: string, actor: string, productId: string, variantId: string): Promise<void> {
  await sql.query('DELETE FROM cart_lines WHERE site_id = $1 AND actor = $2 AND product_id = $3 AND variant_id = $4', [site, actor, productId, variantId]);
}

export async function clearCart(sql: Sql, site: string, actor: string): Promise<void> {
  await sql.query('DELETE FROM cart_lines WHERE site_id = $1 AND actor = $2', [site, actor]);
}
