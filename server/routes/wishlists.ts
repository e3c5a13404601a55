import { z } from 'zod';
import type { Db, Sql } from '../db/db.js';
import { publish } from '../events/hub.js';
import { actorOf, requireActor } from '../http/actor.js';
import { endpoint } from '../http/endpoint.js';
import { HttpError } from '../http/errors.js';
import { newId } from '../ids.js';
import { IdsQuery, ProductId, ServerId } from '../schemas/common.js';
import { Wishlist, WishState } from '../schemas/wishlists.js';

const MAX_LISTS = 50;
const MAX_ITEMS = 500;

interface ListRow {
  id: string;
  name: string;
  share_id: string | null;
  product_ids: string[] | null;
}

const toWishlist = (row: ListRow): z.input<typeof Wishlist> => ({
  id: row.id,
  name: row.name,
  productIds: row.product_ids ?? [],
  ...(row.share_id ? { shareId: row.share_id } : {}),
});

/** The lists of site $1 that match `where` (on `l`, from $2 on), oldest first, each with its products in the order added. */
export async function readLists(sql: Sql, where: string, params: readonly unknown[]): Promise<z.input<typeof Wishlist>[]> {
  const rows = await sql.query<ListRow>(
    `SELECT l.id, l.name, l.share_id, array_agg(i.product_id ORDER BY i.seq) FILTER (WHERE i.product_id IS NOT NULL) AS product_ids
       FROM wishlists l LEFT JOIN wishlist_items i ON i.site_id = l.site_id AND i.list_id = l.id
      WHERE l.site_id = $1 AND ${where} GROUP BY l.id, l.name, l.share_id, l.seq ORDER BY l.seq`,
    params,
  );
  return rows.map(toWishlist);
}

export const readWishes = endpoint(
  {
    method: 'get',
    path: '/v1/sites/{site}/wishes',
    operationId: 'readWishes',
    tag: 'wishlists',
    summary: 'Wish counts of many products in one request',
    auth: 'public',
    query: IdsQuery,
    status: 200,
    response: z.object({ wishes: z.record(ProductId, WishState) }),
  },
  async (c, { query }) => {
    const db = c.get('db');
    const site = c.get('site').id;
    const actor = actorOf(c);
    const [counts, mine] = await Promise.all([
      db.query<{ product_id: string; count: number }>('SELECT product_id, count FROM wish_counts WHERE site_id = $1 AND product_id = ANY($2)', [site, query.ids]),
      actor
        ? db.query<{ product_id: string }>(
            `SELECT DISTINCT i.product_id FROM wishlist_items i JOIN wishlists l ON l.site_id = i.site_id AND l.id = i.list_id
             WHERE i.site_id = $1 AND l.actor = $2 AND i.product_id = ANY($3)`,
            [site, actor, query.ids],
          )
        : [],
    ]);
    const countOf = new Map(counts.map((row) => [row.product_id, row.count]));
    const inList = new Set(mine.map((row) => row.product_id));
    return { wishes: Object.fromEntries(query.ids.map((id) => [id, { count: countOf.get(id) ?? 0, inList: inList.has(id) }])) };
  },
);

const wishSpec = {
  path: '/v1/sites/{site}/wishes/{productId}',
  tag: 'wishlists',
  auth: 'visitor',
  params: z.object({ productId: ProductId }),
  status: 200,
  response: WishState,
  errors: [409],
} as const;
const ListChoice = z.object({ listId: ServerId.optional().describe('Default: the visitor\'s default list, made on first use.') });
const ListsChoice = z.object({ listId: ServerId.optional().describe('Default: every list of this visitor.') });

export const addWish = endpoint(
  { ...wishSpec, method: 'put', operationId: 'addWish', summary: 'Put a product on a wish list (idempotent)', body: ListChoice.optional().meta({ id: 'ListChoice' }) },
  async (c, { params, body }) => setWish(c.get('db'), c.get('site').id, requireActor(c), params.productId, body?.listId, true),
);

export const removeWish = endpoint(
  { ...wishSpec, method: 'delete', operationId: 'removeWish', summary: 'Take a product off a wish list, or off all of them (idempotent)', query: ListsChoice },
  async (c, { params, query }) => setWish(c.get('db'), c.get('site').id, requireActor(c), params.productId, query.listId, false),
);

/**
 * Adds to one list (the default one when `listId` is absent) or removes from one list
 * (every list when `listId` is absent: the product is no longer wished for). The count
 * is of people, so it moves only when the product enters the first or leaves the last
 * of the actor's lists; a per-actor lock keeps two of their requests from both seeing "first".
 */
function setWish(db: Db, site: string, actor: string, productId: string, listId: string | undefined, wanted: boolean) {
  return db.transaction(async (tx) => {
    await lockActors(tx, site, [actor]);
    const list = listId ?? (wanted ? await defaultList(tx, site, actor) : undefined);
    if (list) await ownList(tx, site, actor, list);
    const before = await wishedBy(tx, site, actor, productId);
    if (wanted) {
      const n = (await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM wishlist_items WHERE site_id = $1 AND list_id = $2', [site, list]))[0]!.n;
      if (n >= MAX_ITEMS) throw new HttpError(409, 'wishlist_full', `A wish list holds at most ${MAX_ITEMS} products.`);
      await tx.query('INSERT INTO wishlist_items (site_id, list_id, product_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [site, list, productId]);
    } else {
      await tx.query(
        `DELETE FROM wishlist_items WHERE site_id = $1 AND product_id = $2
           AND list_id IN (SELECT id FROM wishlists WHERE site_id = $1 AND actor = $3 AND ($4::text IS NULL OR id = $4))`,
        [site, productId, actor, list ?? null],
      );
    }
    const after = await wishedBy(tx, site, actor, productId);
    if (before === after) {
      const [row] = await tx.query<{ count: number }>('SELECT count FROM wish_counts WHERE site_id = $1 AND product_id = $2', [site, productId]);
      return { count: row?.count ?? 0, inList: after };
    }
    return { count: await addWisher(tx, site, productId, after ? 1 : -1), inList: after };
  });
}

/** Serializes one actor's list changes (several actors: in one order, so two merges never deadlock). */
export async function lockActors(tx: Sql, site: string, actors: readonly string[]): Promise<void> {
  for (const actor of [...actors].sort()) await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${site}\n${actor}`]);
}

/** Whether the product is on any of the actor's lists. */
export async function wishedBy(tx: Sql, site: string, actor: string, productId: string): Promise<boolean> {
  const rows = await tx.query(
    'SELECT 1 FROM wishlist_items i JOIN wishlists l ON l.site_id = i.site_id AND l.id = i.list_id WHERE i.site_id = $1 AND l.actor = $2 AND i.product_id = $3 LIMIT 1',
    [site, actor, productId],
  );
  return rows.length > 0;
}

/** One more (or one fewer) person wishes for the product: the new count, announced live. */
export async function addWisher(tx: Sql, site: string, productId: string, delta: 1 | -1): Promise<number> {
  const [row] = await tx.query<{ count: number }>(
    delta > 0
      ? `INSERT INTO wish_counts AS wc (site_id, product_id, count) VALUES ($1, $2, 1)
         ON CONFLICT (site_id, product_id) DO UPDATE SET count = wc.count + 1 RETURNING count`
      : 'UPDATE wish_counts SET count = count - 1 WHERE site_id = $1 AND product_id = $2 RETURNING count',
    [site, productId],
  );
  await publish(tx, { site, kind: 'wish', topic: productId, data: { productId, count: row!.count } });
  return row!.count;
}

export async function defaultList(tx: Sql, site: string, actor: string): Promise<string> {
  await tx.query(
    `INSERT INTO wishlists (site_id, id, actor, name, is_default) VALUES ($1, $2, $3, '', true)
     ON CONFLICT (site_id, actor) WHERE is_default DO NOTHING`,
    [site, newId('wl'), actor],
  );
  const [row] = await tx.query<{ id: string }>('SELECT id FROM wishlists WHERE site_id = $1 AND actor = $2 AND is_default', [site, actor]);
  return row!.id;
}

/** 404 unless `listId` is one of the actor's lists on this site (lists are private until shared); whether it is their default one. */
async function ownList(tx: Sql, site: string, actor: string, listId: string): Promise<{ isDefault: boolean }> {
  const [row] = await tx.query<{ is_default: boolean }>('SELECT is_default FROM wishlists WHERE site_id = $1 AND id = $2 AND actor = $3', [site, listId, actor]);
  if (!row) throw new HttpError(404, 'wishlist_not_found', 'No such wish list of this visitor.');
  return { isDefault: row.is_default };
}

export const listWishlists = endpoint(
  {
    method: 'get',
    path: '/v1/sites/{site}/wishlists',
    operationId: 'listWishlists',
    tag: 'wishlists',
    summary: 'This visitor\'s wish lists',
    auth: 'visitor',
    status: 200,
    response: z.object({ wishlists: z.array(Wishlist) }),
  },
  async (c) => {
    return { wishlists: await readLists(c.get('db'), 'l.actor = $2', [c.get('site').id, requireActor(c)]) };
  },
);

export const createWishlist = endpoint(
  {
    method: 'post',
    path: '/v1/sites/{site}/wishlists',
    operationId: 'createWishlist',
    tag: 'wishlists',
    summary: 'Start a new named wish list',
    auth: 'visitor',
    body: z.object({ name: z.string().min(1).max(80) }).meta({ id: 'WishlistDraft' }),
    status: 201,
    response: Wishlist,
    errors: [409],
    idempotent: 'optional',
  },
  async (c, { body }) => {
    const site = c.get('site').id;
    const actor = requireActor(c);
    return c.get('db').transaction(async (tx) => {
      await lockActors(tx, site, [actor]);
      // The default list comes first, so a visitor's first list is always their default one.
      await defaultList(tx, site, actor);
      const n = (await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM wishlists WHERE site_id = $1 AND actor = $2', [site, actor]))[0]!.n;
      if (n >= MAX_LISTS) throw new HttpError(409, 'too_many_wishlists', `A visitor has at most ${MAX_LISTS} wish lists.`);
      const id = newId('wl');
      await tx.query('INSERT INTO wishlists (site_id, id, actor, name) VALUES ($1, $2, $3, $4)', [site, id, actor, body.name]);
      return { id, name: body.name, productIds: [] };
    });
  },
);

export const shareWishlist = endpoint(
  {
    method: 'post',
    path: '/v1/sites/{site}/wishlists/{listId}/share',
    operationId: 'shareWishlist',
    tag: 'wishlists',
    summary: 'Get a read-only share id for one of this visitor\'s lists (the same id every time)',
    auth: 'visitor',
    params: z.object({ listId: ServerId }),
    status: 200,
    response: Wishlist,
  },
  async (c, { params }) => {
    const site = c.get('site').id;
    return c.get('db').transaction(async (tx) => {
      await ownList(tx, site, requireActor(c), params.listId);
      await tx.query('UPDATE wishlists SET share_id = $3 WHERE site_id = $1 AND id = $2 AND share_id IS NULL', [site, params.listId, newId('sh')]);
      const [list] = await readLists(tx, 'l.id = $2', [site, params.listId]);
      return list!;
    });
  },
);

export const readSharedWishlist = endpoint(
  {
    method: 'get',
    path: '/v1/sites/{site}/shared-wishlists/{shareId}',
    operationId: 'readSharedWishlist',
    tag: 'wishlists',
    summary: 'A list someone shared, read-only',
    auth: 'public',
    params: z.object({ shareId: ServerId }),
    status: 200,
    response: Wishlist,
  },
  async (c, { params }) => {
    const [list] = await readLists(c.get('db'), 'l.share_id = $2', [c.get('site').id, params.shareId]);
    if (!list) throw new HttpError(404, 'wishlist_not_found', 'No list is shared under this id.');
    return list;
  },
);

export const deleteWishlist = endpoint(
  {
    method: 'delete',
    path: '/v1/sites/{site}/wishlists/{listId}',
    operationId: 'deleteWishlist',
    tag: 'wishlists',
    summary: 'Delete one of this visitor\'s named lists (the default list stays); its shared link stops working',
    auth: 'visitor',
    params: z.object({ listId: ServerId }),
    status: 204,
    errors: [409],
  },
  async (c, { params }) => {
    const site = c.get('site').id;
    const actor = requireActor(c);
    await c.get('db').transaction(async (tx) => {
      await lockActors(tx, site, [actor]);
      if ((await ownList(tx, site, actor, params.listId)).isDefault) throw new HttpError(409, 'default_wishlist', 'The default wish list cannot be deleted; empty it instead.');
      const items = await tx.query<{ product_id: string }>('SELECT product_id FROM wishlist_items WHERE site_id = $1 AND list_id = $2', [site, params.listId]);
      await tx.query('DELETE FROM wishlists WHERE site_id = $1 AND id = $2', [site, params.listId]);
      for (const { product_id } of items) if (!(await wishedBy(tx, site, actor, product_id))) await addWisher(tx, site, product_id, -1);
    });
  },
);
