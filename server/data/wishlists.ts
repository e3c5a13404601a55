import type { z } from 'zod';
import type { Sql } from '../db/db.js';
import { publish } from '../events/hub.js';
import { newId } from '../ids.js';
import { MAX_ITEMS, MAX_LISTS, type SkippedList, type Wishlist } from '../schemas/wishlists.js';

type WishlistOut = z.input<typeof Wishlist>;

interface ListRow {
  id: string;
  name: string;
  share_id: string | null;
  owner_name: string;
  product_ids: string[] | null;
  variants: Record<string, string> | null;
}

/** The lists of site $1 that match `where` (on `l`, from $2 on), oldest first, each with its products in the order added. */
async function readLists(sql: Sql, where: string, params: readonly unknown[]): Promise<WishlistOut[]> {
  const rows = await sql.query<ListRow>(
    `SELECT l.id, l.name, l.share_id, l.owner_name,
            array_agg(i.product_id ORDER BY i.seq) FILTER (WHERE i.product_id IS NOT NULL) AS product_ids,
            json_object_agg(i.product_id, i.variant_id) FILTER (WHERE i.variant_id IS NOT NULL) AS variants
       FROM wishlists l LEFT JOIN wishlist_items i ON i.site_id = l.site_id AND i.list_id = l.id
      WHERE l.site_id = $1 AND ${where} GROUP BY l.id, l.name, l.share_id, l.owner_name, l.seq ORDER BY l.seq`,
    params,
  );
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    productIds: row.product_ids ?? [],
    variants: row.variants ?? {},
    ownerName: row.owner_name,
    ...(row.share_id ? { shareId: row.share_id } : {}),
  }));
}

export const listsOf = (sql: Sql, site: string, actor: string): Promise<WishlistOut[]> => readLists(sql, 'l.actor = $2', [site, actor]);

export const listWithId = async (sql: Sql, site: string, listId: string): Promise<WishlistOut | undefined> => (await readLists(sql, 'l.id = $2', [site, listId]))[0];

export const sharedList = async (sql: Sql, site: string, shareId: string): Promise<WishlistOut | undefined> => (await readLists(sql, 'l.share_id = $2', [site, shareId]))[0];

/** How many people wish for each of `ids` (absent: none). */
export async function wishCounts(sql: Sql, site: string, ids: readonly string[]): Promise<Map<string, number>> {
  const rows = await sql.query<{ product_id: string; count: number }>('SELECT product_id, count FROM wish_counts WHERE site_id = $1 AND product_id = ANY($2)', [site, ids]);
  return new Map(rows.map((row) => [row.product_id, row.count]));
}

/** Which of `ids` are on any of the actor's lists. */
export async function wishedAmong(sql: Sql, site: string, actor: string, ids: readonly string[]): Promise<Set<string>> {
  const rows = await sql.query<{ product_id: string }>(
    `SELECT DISTINCT i.product_id FROM wishlist_items i JOIN wishlists l ON l.site_id = i.site_id AND l.id = i.list_id
     WHERE i.site_id = $1 AND l.actor = $2 AND i.product_id = ANY($3)`,
    [site, actor, ids],
  );
  return new Set(rows.map((row) => row.product_id));
}

/** Serializes one actor's list changes (several actors: in one order, so two merges never deadlock). */
export async function lockActors(sql: Sql, site: string, actors: readonly string[]): Promise<void> {
  for (const actor of [...actors].sort()) await sql.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${site}\n${actor}`]);
}

/** Whether the product is on any of the actor's lists. */
export async function wishedBy(sql: Sql, site: string, actor: string, productId: string): Promise<boolean> {
  return (await wishedAmong(sql, site, actor, [productId])).has(productId);
}

/** One more (or one fewer) person wishes for the product: the new count, announced live. */
export async function addWisher(sql: Sql, site: string, productId: string, delta: 1 | -1): Promise<number> {
  const [row] = await sql.query<{ count: number }>(
    delta > 0
      ? `INSERT INTO wish_counts AS wc (site_id, product_id, count) VALUES ($1, $2, 1)
         ON CONFLICT (site_id, product_id) DO UPDATE SET count = wc.count + 1 RETURNING count`
      : 'UPDATE wish_counts SET count = count - 1 WHERE site_id = $1 AND product_id = $2 RETURNING count',
    [site, productId],
  );
  await publish(sql, { site, kind: 'wish', topic: productId, data: { productId, count: row!.count } });
  return row!.count;
}

/** The actor's default list, made on first use. */
export async function defaultList(sql: Sql, site: string, actor: string): Promise<string> {
  await sql.query(
    `INSERT INTO wishlists (site_id, id, actor, name, is_default) VALUES ($1, $2, $3, '', true)
     ON CONFLICT (site_id, actor) WHERE is_default DO NOTHING`,
    [site, newId('wl'), actor],
  );
  const [row] = await sql.query<{ id: string }>('SELECT id FROM wishlists WHERE site_id = $1 AND actor = $2 AND is_default', [site, actor]);
  return row!.id;
}

/** Whether `listId` is the actor's default list; undefined when it is not one of the actor's lists. */
export async function ownedList(sql: Sql, site: string, actor: string, listId: string): Promise<{ isDefault: boolean } | undefined> {
  const [row] = await sql.query<{ is_default: boolean }>('SELECT is_default FROM wishlists WHERE site_id = $1 AND id = $2 AND actor = $3', [site, listId, actor]);
  return row && { isDefault: row.is_default };
}

export async function countLists(sql: Sql, site: string, actor: string): Promise<number> {
  return (await sql.query<{ n: number }>('SELECT count(*)::int AS n FROM wishlists WHERE site_id = $1 AND actor = $2', [site, actor]))[0]!.n;
}

async function countItems(sql: Sql, site: string, listId: string): Promise<number> {
  return (await sql.query<{ n: number }>('SELECT count(*)::int AS n FROM wishlist_items WHERE site_id = $1 AND list_id = $2', [site, listId]))[0]!.n;
}

/** The list's products in the order added. */
async function itemsOf(sql: Sql, site: string, listId: string): Promise<string[]> {
  const rows = await sql.query<{ product_id: string }>('SELECT product_id FROM wishlist_items WHERE site_id = $1 AND list_id = $2 ORDER BY seq', [site, listId]);
  return rows.map((row) => row.product_id);
}

export async function createList(sql: Sql, site: string, actor: string, name: string): Promise<string> {
  const id = newId('wl');
  await sql.query('INSERT INTO wishlists (site_id, id, actor, name) VALUES ($1, $2, $3, $4)', [site, id, actor, name]);
  return id;
}

/** Gives the list a share id unless it has one, and the name friends see when one is given. */
export async function shareList(sql: Sql, site: string, listId: string, ownerName: string | undefined): Promise<void> {
  await sql.query('UPDATE wishlists SET share_id = coalesce(share_id, $3), owner_name = coalesce($4, owner_name) WHERE site_id = $1 AND id = $2', [
    site,
    listId,
    newId('sh'),
    ownerName ?? null,
  ]);
}

/** Deletes the list: the products it held, in the order added. */
export async function deleteList(sql: Sql, site: string, listId: string): Promise<string[]> {
  const items = await itemsOf(sql, site, listId);
  await sql.query('DELETE FROM wishlists WHERE site_id = $1 AND id = $2', [site, listId]);
  return items;
}

/**
 * Puts the product on the list unless it is there; a new product only while the list holds
 * fewer than MAX_ITEMS. A variant given is kept (a new choice replaces the old one); none
 * keeps the one chosen before. False when the product is new and the list is full.
 */
export async function addItem(sql: Sql, site: string, listId: string, productId: string, variantId: string | undefined): Promise<boolean> {
  const there = await sql.query(
    'UPDATE wishlist_items SET variant_id = coalesce($4, variant_id) WHERE site_id = $1 AND list_id = $2 AND product_id = $3 RETURNING 1',
    [site, listId, productId, variantId ?? null],
  );
  if (there.length) return true;
  const added = await sql.query(
    `INSERT INTO wishlist_items (site_id, list_id, product_id, variant_id)
     SELECT $1, $2, $3, $4 WHERE (SELECT count(*) FROM wishlist_items WHERE site_id = $1 AND list_id = $2) < ${MAX_ITEMS}
     ON CONFLICT DO NOTHING RETURNING 1`,
    [site, listId, productId, variantId ?? null],
  );
  return added.length > 0;
}

/** Takes the product off one of the actor's lists, or off all of them when `listId` is undefined. */
export async function removeItem(sql: Sql, site: string, actor: string, productId: string, listId: string | undefined): Promise<void> {
  await sql.query(
    `DELETE FROM wishlist_items WHERE site_id = $1 AND product_id = $2
       AND list_id IN (SELECT id FROM wishlists WHERE site_id = $1 AND actor = $3 AND ($4::text IS NULL OR id = $4))`,
    [site, productId, actor, listId ?? null],
  );
}

/** How many people wish for the product. */
export async function wishCount(sql: Sql, site: string, productId: string): Promise<number> {
  return (await wishCounts(sql, site, [productId])).get(productId) ?? 0;
}

/**
 * Moves the guest's lists into the customer's, within the customer's limits (MAX_LISTS
 * lists, MAX_ITEMS products a list): the guest's default list joins the customer's
 * default list, a named list joins the customer's list of the same name or moves over
 * whole. What does not fit stays on the guest's lists, so nothing is lost, and is answered
 * as skipped. Wish counts follow: a product both wished for counts one person once the
 * guest no longer holds it. Lock both actors first.
 */
export async function mergeLists(sql: Sql, site: string, guest: string, customer: string): Promise<SkippedList[]> {
  const lists = await sql.query<GuestList>('SELECT id, name, is_default, share_id FROM wishlists WHERE site_id = $1 AND actor = $2 ORDER BY seq', [site, guest]);
  const guestProducts = await productsOf(sql, site, guest);
  const before = await wishersAmong(sql, site, [guest, customer], guestProducts);
  const skipped: SkippedList[] = [];
  for (const list of lists) {
    const left = await mergeList(sql, site, list, customer);
    if (left.length) skipped.push({ name: list.name, productIds: left });
  }
  const after = await wishersAmong(sql, site, [guest, customer], guestProducts);
  for (const [productId, wishers] of before) {
    const delta = (after.get(productId) ?? 0) - wishers;
    if (delta === 1 || delta === -1) await addWisher(sql, site, productId, delta);
  }
  return skipped;
}

interface GuestList {
  id: string;
  name: string;
  is_default: boolean;
  share_id: string | null;
}

/** Every product on the actor's lists. */
async function productsOf(sql: Sql, site: string, actor: string): Promise<string[]> {
  const rows = await sql.query<{ product_id: string }>(
    'SELECT DISTINCT i.product_id FROM wishlist_items i JOIN wishlists l ON l.site_id = i.site_id AND l.id = i.list_id WHERE i.site_id = $1 AND l.actor = $2',
    [site, actor],
  );
  return rows.map((row) => row.product_id);
}

/** For each of `ids`, how many of `actors` have it on a list (absent: none). */
async function wishersAmong(sql: Sql, site: string, actors: readonly string[], ids: readonly string[]): Promise<Map<string, number>> {
  const rows = await sql.query<{ product_id: string; wishers: number }>(
    `SELECT i.product_id, count(DISTINCT l.actor)::int AS wishers
       FROM wishlist_items i JOIN wishlists l ON l.site_id = i.site_id AND l.id = i.list_id
      WHERE i.site_id = $1 AND l.actor = ANY($2) AND i.product_id = ANY($3)
      GROUP BY i.product_id`,
    [site, actors, ids],
  );
  return new Map(rows.map((row) => [row.product_id, row.wishers]));
}

/** One guest list into the customer's list of the same kind and name, or handed over whole: the products left on it. */
async function mergeList(sql: Sql, site: string, list: GuestList, customer: string): Promise<string[]> {
  const [target] = list.is_default
    ? [{ id: await defaultList(sql, site, customer) }]
    : await sql.query<{ id: string }>(
        'SELECT id FROM wishlists WHERE site_id = $1 AND actor = $2 AND name = $3 AND NOT is_default ORDER BY seq LIMIT 1',
        [site, customer, list.name],
      );
  if (!target) {
    if ((await countLists(sql, site, customer)) >= MAX_LISTS) return itemsOf(sql, site, list.id);
    await sql.query('UPDATE wishlists SET actor = $3 WHERE site_id = $1 AND id = $2', [site, list.id, customer]);
    return [];
  }
  const room = MAX_ITEMS - (await countItems(sql, site, target.id));
  // The guest's products the target lacks, oldest first, as many as fit.
  await sql.query(
    `INSERT INTO wishlist_items (site_id, list_id, product_id, variant_id)
     SELECT site_id, $3, product_id, variant_id FROM wishlist_items g WHERE site_id = $1 AND list_id = $2
        AND NOT EXISTS (SELECT 1 FROM wishlist_items t WHERE t.site_id = $1 AND t.list_id = $3 AND t.product_id = g.product_id)
      ORDER BY seq LIMIT greatest($4::int, 0)`,
    [site, list.id, target.id, room],
  );
  await sql.query(
    `DELETE FROM wishlist_items g WHERE site_id = $1 AND list_id = $2
        AND EXISTS (SELECT 1 FROM wishlist_items t WHERE t.site_id = $1 AND t.list_id = $3 AND t.product_id = g.product_id)`,
    [site, list.id, target.id],
  );
  const left = await itemsOf(sql, site, list.id);
  if (left.length) return left;
  await sql.query('DELETE FROM wishlists WHERE site_id = $1 AND id = $2', [site, list.id]);
  // A link the guest sent to friends keeps opening the merged list (unless it has its own link).
  await sql.query('UPDATE wishlists SET share_id = $3 WHERE site_id = $1 AND id = $2 AND share_id IS NULL', [site, target.id, list.share_id]);
  return [];
}
