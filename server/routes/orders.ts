import { z } from 'zod';
import type { Sql } from '../db/db.js';
import { requireActor } from '../http/actor.js';
import { endpoint } from '../http/endpoint.js';
import { idempotencyKeyOf } from '../http/idempotency.js';
import { HttpError } from '../http/errors.js';
import type { Site } from '../http/env.js';
import { newId } from '../ids.js';
import { ServerId } from '../schemas/common.js';
import { CheckoutRequest, Order } from '../schemas/carts.js';
import { mergeGuestCart, readCart } from './carts.js';

interface OrderRow {
  id: string;
  status: 'pending' | 'paid' | 'cancelled';
  total: number;
  currency: string;
  lines: { productId: string; variantId: string; quantity: number; price: number }[];
  gift: boolean;
  note: string | null;
}

const orderColumns = 'id, status, total, currency, lines, gift, note';

function toOrder(row: OrderRow, site: Site): z.input<typeof Order> {
  return {
    id: row.id,
    status: row.status,
    total: { amount: row.total, currency: row.currency },
    lines: row.lines.map((line) => ({ ...line, price: { amount: line.price, currency: row.currency } })),
    gift: row.gift,
    ...(row.note ? { note: row.note } : {}),
    ...(site.checkoutUrl ? { checkoutUrl: site.checkoutUrl.replaceAll('{orderId}', encodeURIComponent(row.id)) } : {}),
  };
}

export const checkout = endpoint(
  {
    method: 'post',
    path: '/v1/sites/{site}/orders',
    operationId: 'checkout',
    tag: 'cart',
    summary: 'Turn the cart (or, to buy now, the lines given) into a pending order and hand off to the shop\'s payment page',
    description:
      'Prices come from the catalog, never from the client. Stock is taken in the same transaction. Needs an `Idempotency-Key` header (or, as older clients send it, `idempotencyKey` in the body): the same key always answers the same order, so a double click orders once.',
    auth: 'visitor',
    body: CheckoutRequest,
    status: 201,
    response: Order,
    errors: [409],
    idempotent: 'required',
  },
  async (c, { body }) => {
    const site = c.get('site');
    const actor = requireActor(c);
    const key = idempotencyKeyOf(c, body)!;
    return c.get('db').transaction(async (tx) => {
      // One checkout per visitor at a time, so two orders of one cart cannot both take it.
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${site.id}\n${actor}\ncheckout`]);
      // An order made before keys were kept apart (idempotency_keys) still answers its key.
      const [done] = await tx.query<OrderRow>(`SELECT ${orderColumns} FROM orders WHERE site_id = $1 AND actor = $2 AND idempotency_key = $3`, [site.id, actor, key]);
      if (done) return toOrder(done, site);
      await mergeGuestCart(tx, c);
      const lines = body.lines ?? (await readCart(tx, site.id, actor)).lines;
      if (!lines.length) throw new HttpError(409, 'cart_empty', 'The cart is empty.');
      const priced = [];
      // Always lock variants in one order, so two checkouts cannot deadlock on them.
      const byVariant = [...lines].sort((a, b) => `${a.productId}\n${a.variantId}`.localeCompare(`${b.productId}\n${b.variantId}`));
      for (const line of byVariant) {
        const [variant] = await tx.query<{ price: number; currency: string }>(
          `UPDATE variants SET stock = stock - $4 WHERE site_id = $1 AND product_id = $2 AND id = $3 AND (stock IS NULL OR stock >= $4)
           RETURNING price, currency`,
          [site.id, line.productId, line.variantId, line.quantity],
        );
        if (!variant) throw new HttpError(409, 'out_of_stock', `${line.productId} (${line.variantId}) is no longer available in that quantity.`);
        priced.push({ ...line, price: variant.price, currency: variant.currency });
      }
      const currency = priced[0]!.currency;
      if (priced.some((line) => line.currency !== currency)) throw new HttpError(409, 'mixed_currencies', 'One order takes one currency.');
      const [row] = await tx.query<OrderRow>(
        `INSERT INTO orders (site_id, id, actor, idempotency_key, total, currency, lines, gift, note)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${orderColumns}`,
        [
          site.id,
          newId('or'),
          actor,
          key,
          priced.reduce((sum, line) => sum + line.price * line.quantity, 0),
          currency,
          JSON.stringify(priced.map(({ productId, variantId, quantity, price }) => ({ productId, variantId, quantity, price }))),
          body.gift,
          body.note ?? null,
        ],
      );
      if (!body.lines) await tx.query('DELETE FROM cart_lines WHERE site_id = $1 AND actor = $2', [site.id, actor]);
      return toOrder(row!, site);
    });
  },
);

const OrderParams = z.object({ orderId: ServerId });

export const getOrder = endpoint(
  {
    method: 'get',
    path: '/v1/sites/{site}/orders/{orderId}',
    operationId: 'getOrder',
    tag: 'cart',
    summary: 'One of this visitor\'s orders',
    auth: 'visitor',
    params: OrderParams,
    status: 200,
    response: Order,
  },
  async (c, { params }) => {
    const site = c.get('site');
    const [row] = await c.get('db').query<OrderRow>(`SELECT ${orderColumns} FROM orders WHERE site_id = $1 AND id = $2 AND actor = $3`, [site.id, params.orderId, requireActor(c)]);
    if (!row) throw new HttpError(404, 'order_not_found', 'No such order of this visitor.');
    return toOrder(row, site);
  },
);

export const updateOrder = endpoint(
  {
    method: 'patch',
    path: '/v1/sites/{site}/orders/{orderId}',
    operationId: 'updateOrder',
    tag: 'seller',
    summary: 'Mark an order paid or cancelled (server to server, e.g. from the payment webhook)',
    description: 'Cancelling a pending order puts its stock back. Only pending orders change.',
    auth: 'seller',
    params: OrderParams,
    body: z.object({ status: z.enum(['paid', 'cancelled']) }).meta({ id: 'OrderUpdate' }),
    status: 200,
    response: Order,
    errors: [409],
  },
  async (c, { params, body }) => {
    const site = c.get('site');
    return c.get('db').transaction(async (tx) => {
      const [row] = await tx.query<OrderRow>(`SELECT ${orderColumns} FROM orders WHERE site_id = $1 AND id = $2 FOR UPDATE`, [site.id, params.orderId]);
      if (!row) throw new HttpError(404, 'order_not_found', 'No such order.');
      if (row.status === body.status) return toOrder(row, site);
      if (row.status !== 'pending') throw new HttpError(409, 'order_closed', `The order is already ${row.status}.`);
      if (body.status === 'cancelled') await restock(tx, site.id, row.lines);
      await tx.query('UPDATE orders SET status = $3 WHERE site_id = $1 AND id = $2', [site.id, params.orderId, body.status]);
      return toOrder({ ...row, status: body.status }, site);
    });
  },
);

async function restock(tx: Sql, site: string, lines: OrderRow['lines']): Promise<void> {
  for (const line of lines) {
    await tx.query('UPDATE variants SET stock = stock + $4 WHERE site_id = $1 AND product_id = $2 AND id = $3 AND stock IS NOT NULL', [site, line.productId, line.variantId, line.quantity]);
  }
}
