import { z } from 'zod';
import type { Sql } from '../db/db.js';
import type { Context } from 'hono';
import { actorOf, requireActor } from '../http/actor.js';
import { endpoint } from '../http/endpoint.js';
import type { AppEnv } from '../http/env.js';
import { HttpError } from '../http/errors.js';
import { Cart, CartLine, MAX_QUANTITY } from '../schemas/carts.js';

const MAX_LINES = 100;

/**
 * When a guest signs in (a user token arrives beside their visitor token), the lines they
 * added as a guest move into the customer's cart, which follows them across devices; the
 * same variant in both adds up. Call before reading or changing the cart.
 */
export async function mergeGuestCart(sql: Sql, c: Context<AppEnv>): Promise<void> {
  const visitor = c.get('visitor');
  if (c.get('user') && visitor) {
    const site = c.get('site').id;
    await sql.query(
      `INSERT INTO cart_lines (site_id, actor, product_id, variant_id, quantity)
       SELECT site_id, $3, product_id, variant_id, quantity FROM cart_lines WHERE site_id = $1 AND actor = $2 ORDER BY seq
       ON CONFLICT (site_id, actor, product_id, variant_id) DO UPDATE SET quantity = least(${MAX_QUANTITY}, cart_lines.quantity + excluded.quantity)`,
      [site, `v:${visitor}`, requireActor(c)],
    );
    await sql.query('DELETE FROM cart_lines WHERE site_id = $1 AND actor = $2', [site, `v:${visitor}`]);
  }
}

export async function readCart(sql: Sql, site: string, actor: string): Promise<z.input<typeof Cart>> {
  const rows = await sql.query<{ product_id: string; variant_id: string; quantity: number }>(
    'SELECT product_id, variant_id, quantity FROM cart_lines WHERE site_id = $1 AND actor = $2 ORDER BY seq',
    [site, actor],
  );
  return { lines: rows.map((row) => ({ productId: row.product_id, variantId: row.variant_id, quantity: row.quantity })) };
}

export const getCart = endpoint(
  {
    method: 'get',
    path: '/v1/sites/{site}/cart',
    operationId: 'getCart',
    tag: 'cart',
    summary: 'This visitor\'s cart (empty for a first visit, with no token)',
    description: 'With a user token, the customer\'s cart on every device; lines added as a guest (the visitor token) join it.',
    auth: 'public',
    status: 200,
    response: Cart,
  },
  async (c) =>
    c.get('db').transaction(async (tx) => {
      await mergeGuestCart(tx, c);
      const actor = actorOf(c);
      return actor ? readCart(tx, c.get('site').id, actor) : { lines: [] };
    }),
);

export const setCartLine = endpoint(
  {
    method: 'put',
    path: '/v1/sites/{site}/cart/lines',
    operationId: 'setCartLine',
    tag: 'cart',
    summary: 'Set the quantity of one variant in the cart (0 removes it)',
    description: 'The variant must be in the catalog; a tracked stock caps the quantity.',
    auth: 'visitor',
    body: CartLine,
    status: 200,
    response: Cart,
    errors: [409],
  },
  async (c, { body }) => {
    const site = c.get('site').id;
    const actor = requireActor(c);
    return c.get('db').transaction(async (tx) => {
      await mergeGuestCart(tx, c);
      if (body.quantity === 0) {
        await tx.query('DELETE FROM cart_lines WHERE site_id = $1 AND actor = $2 AND product_id = $3 AND variant_id = $4', [site, actor, body.productId, body.variantId]);
        return readCart(tx, site, actor);
      }
      const [variant] = await tx.query<{ stock: number | null }>('SELECT stock FROM variants WHERE site_id = $1 AND product_id = $2 AND id = $3', [site, body.productId, body.variantId]);
      if (!variant) throw new HttpError(404, 'variant_not_found', 'No such product variant in the catalog.');
      if (variant.stock !== null && body.quantity > variant.stock) throw new HttpError(409, 'out_of_stock', `Only ${variant.stock} in stock.`);
      const n = (await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM cart_lines WHERE site_id = $1 AND actor = $2', [site, actor]))[0]!.n;
      if (n >= MAX_LINES) throw new HttpError(409, 'cart_full', `A cart holds at most ${MAX_LINES} lines.`);
      await tx.query(
        `INSERT INTO cart_lines (site_id, actor, product_id, variant_id, quantity) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (site_id, actor, product_id, variant_id) DO UPDATE SET quantity = $5`,
        [site, actor, body.productId, body.variantId, body.quantity],
      );
      return readCart(tx, site, actor);
    });
  },
);
