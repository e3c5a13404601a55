import type { Sql } from '../db/db.js';
import { type Int8, int8, int8OrNull } from './int8.js';

export type OrderStatus = 'pending' | 'paid' | 'cancelled';

export interface OrderLine {
  readonly productId: string;
  readonly variantId: string;
  readonly quantity: number;
  /** Minor units, from the catalog at checkout. */
  readonly price: number;
}

export interface OrderRow {
  readonly id: string;
  readonly status: OrderStatus;
  readonly total: number;
  readonly currency: string;
  readonly lines: readonly OrderLine[];
  readonly gift: boolean;
  readonly note: string | null;
  /** What a coupon took off, in minor units; `total` is after it. */
  readonly discount: number | null;
  /** The canonical code of that coupon. */
  readonly coupon_code: string | null;
  /** A gift from a friend's shared wish list. */
  readonly gift_for: StoredGift | null;
}

/** What an order keeps of the list a gift came from: what the buyer said, and the owner's references for the shop. */
export interface StoredGift {
  readonly shareId: string;
  readonly sendToOwner: boolean;
  readonly wishlistId: string;
  /** The shop's customer id of the list's owner; null for a guest. */
  readonly customerId: string | null;
}

export type NewOrder = Omit<OrderRow, 'status'> & { readonly actor: string };

const orderColumns = 'id, status, total, currency, lines, gift, note, discount, coupon_code, gift_for';

/** As the database answers it: `total` and `discount` are bigint columns. */
type StoredOrder = Omit<OrderRow, 'total' | 'discount'> & { total: Int8; discount: Int8 | null };

const toRow = (row: StoredOrder): OrderRow => ({ ...row, total: int8(row.total), discount: int8OrNull(row.discount) });

/** One checkout per visitor at a time (until the transaction ends), so two orders of one cart cannot both take it. */
export async function lockCheckout(sql: Sql, site: string, actor: string): Promise<void> {
  await sql.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${site}\n${actor}\ncheckout`]);
}

export async function insertOrder(sql: Sql, site: string, order: NewOrder): Promise<OrderRow> {
  const [row] = await sql.query<StoredOrder>(
    `INSERT INTO orders (site_id, id, actor, total, currency, lines, gift, note, discount, coupon_code, gift_for)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING ${orderColumns}`,
    [
      site,
      order.id,
      order.actor,
      order.total,
      order.currency,
      JSON.stringify(order.lines),
      order.gift,
      order.note,
      order.discount,
      order.coupon_code,
      order.gift_for && JSON.stringify(order.gift_for),
    ],
  );
  return toRow(row!);
}

/** The order, if it is this actor's (any actor's when `actor` is undefined); `forUpdate` locks it until the transaction ends. */
export async function readOrder(sql: Sql, site: string, id: string, options: { actor?: string; forUpdate?: boolean } = {}): Promise<OrderRow | undefined> {
  const [row] = await sql.query<StoredOrder>(
    `SELECT ${orderColumns} FROM orders WHERE site_id = $1 AND id = $2 AND ($3::text IS NULL OR actor = $3)${options.forUpdate ? ' FOR UPDATE' : ''}`,
    [site, id, options.actor ?? null],
  );
  return row && toRow(row);
}

export async function setOrderStatus(sql: Sql, site: string, id: string, status: OrderStatus): Promise<void> {
  await sql.query('UPDATE orders SET status = $3 WHERE site_id = $1 AND id = $2', [site, id, status]);
}
