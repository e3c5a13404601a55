import type { Sql } from '../db/db.js';

/** A shared list a friend buys from, locked until the transaction ends so two friends' gifts of one item are told apart. */
export interface GiftList {
  readonly id: string;
  readonly actor: string;
  readonly productIds: readonly string[];
  /** Its products already bought as gifts (by orders not cancelled). */
  readonly bought: readonly string[];
}

export async function lockGiftList(sql: Sql, site: string, shareId: string): Promise<GiftList | undefined> {
  const [list] = await sql.query<{ id: string; actor: string }>('SELECT id, actor FROM wishlists WHERE site_id = $1 AND share_id = $2 FOR UPDATE', [site, shareId]);
  if (!list) return undefined;
  const items = await sql.query<{ product_id: string }>('SELECT product_id FROM wishlist_items WHERE site_id = $1 AND list_id = $2', [site, list.id]);
  return { ...list, productIds: items.map((item) => item.product_id), bought: await boughtOn(sql, site, list.id) };
}

/** The list's products bought as gifts, in the order first bought. */
async function boughtOn(sql: Sql, site: string, listId: string): Promise<string[]> {
  const rows = await sql.query<{ product_id: string }>(
    `SELECT g.product_id FROM wishlist_gifts g JOIN orders o ON o.site_id = g.site_id AND o.id = g.order_id
      WHERE g.site_id = $1 AND g.list_id = $2 AND o.status <> 'cancelled'
      GROUP BY g.product_id ORDER BY min(o.created_at), g.product_id`,
    [site, listId],
  );
  return rows.map((row) => row.product_id);
}

/** What a reader of the shared list sees bought; undefined for its owner, whose surprise it would spoil (or when nothing is shared under the id). */
export async function boughtSeenBy(sql: Sql, site: string, shareId: string, reader: string | undefined): Promise<string[] | undefined> {
  const [list] = await sql.query<{ id: string; actor: string }>('SELECT id, actor FROM wishlists WHERE site_id = $1 AND share_id = $2', [site, shareId]);
  return list && list.actor !== reader ? boughtOn(sql, site, list.id) : undefined;
}

/** The order's products are gifts from the list. */
export async function recordGifts(sql: Sql, site: string, listId: string, orderId: string, productIds: readonly string[]): Promise<void> {
  await sql.query(
    `INSERT INTO wishlist_gifts (site_id, list_id, product_id, order_id) SELECT $1, $2, product_id, $3 FROM unnest($4::text[]) AS product_id
     ON CONFLICT DO NOTHING`,
    [site, listId, orderId, [...new Set(productIds)]],
  );
}
