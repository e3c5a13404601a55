import { z } from 'zod';
import {
  addItem,
  addWisher,
  countLists,
  createList,
  defaultList,
  deleteList,
  listsOf,
  listWithId,
  lockActors,
  ownedList,
  removeItem,
  shareList,
  sharedList,
  wishCount,
  wishCounts,
  wishedAmong,
  wishedBy,
} from '../data/wishlists.js';
import { recordActivity } from '../data/activity.js';
import { boughtSeenBy } from '../data/wishlist-gifts.js';
import type { Db, Sql } from '../db/db.js';
import { actorOf, requireActor } from '../http/actor.js';
import { endpoint } from '../http/endpoint.js';
import { shopper } from '../http/shopper.js';
import { HttpError } from '../http/errors.js';
import { IdsQuery, ProductId, ServerId } from '../schemas/common.js';
import { MAX_ITEMS, MAX_LISTS, OwnerName, VariantId, Wishlist, WishState } from '../schemas/wishlists.js';

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
    const countOf = await wishCounts(db, site, query.ids);
    const inList = actor ? await wishedAmong(db, site, actor, query.ids) : new Set<string>();
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
const ListChoice = z.object({
  listId: ServerId.optional().describe('Default: the visitor\'s default list, made on first use.'),
  variantId: VariantId.optional().describe('The variant (size, colour) wished for; replaces the one chosen before. Absent: the one chosen before, if any.'),
});
const ListsChoice = z.object({ listId: ServerId.optional().describe('Default: every list of this visitor.') });

export const addWish = endpoint(
  { ...wishSpec, method: 'put', operationId: 'addWish', summary: 'Put a product on a wish list (idempotent)', body: ListChoice.optional().meta({ id: 'ListChoice' }) },
  async (c, { params, body }) => setWish(c.get('db'), c.get('site').id, shopper(c), params.productId, body?.listId, true, body?.variantId),
);

export const removeWish = endpoint(
  { ...wishSpec, method: 'delete', operationId: 'removeWish', summary: 'Take a product off a wish list, or off all of them (idempotent)', query: ListsChoice },
  async (c, { params, query }) => setWish(c.get('db'), c.get('site').id, shopper(c), params.productId, query.listId, false),
);

/**
 * Adds to one list (the default one when `listId` is absent) or removes from one list
 * (every list when `listId` is absent: the product is no longer wished for). The count
 * is of people, so it moves only when the product enters the first or leaves the last
 * of the actor's lists (then the insights record a wish or unwish); a per-actor lock keeps two
 * of their requests from both seeing "first".
 */
function setWish(db: Db, site: string, who: ReturnType<typeof shopper>, productId: string, listId: string | undefined, wanted: boolean, variantId?: string) {
  const { actor } = who;
  return db.transaction(async (tx) => {
    await lockActors(tx, site, [actor]);
    const list = listId ?? (wanted ? await defaultList(tx, site, actor) : undefined);
    if (list) await ownList(tx, site, actor, list);
    const before = await wishedBy(tx, site, actor, productId);
    if (wanted) {
      // Only a new product can overflow the list: putting one that is there again always fits.
      if (!(await addItem(tx, site, list!, productId, variantId))) throw new HttpError(409, 'wishlist_full', `A wish list holds at most ${MAX_ITEMS} products.`);
    } else {
      await removeItem(tx, site, actor, productId, list);
    }
    const after = await wishedBy(tx, site, actor, productId);
    if (before === after) return { count: await wishCount(tx, site, productId), inList: after };
    const count = await addWisher(tx, site, productId, after ? 1 : -1);
    await recordActivity(tx, site, { kind: after ? 'wish' : 'unwish', productId, ...who });
    return { count, inList: after };
  });
}

/** 404 unless `listId` is one of the actor's lists on this site (lists are private until shared); whether it is their default one. */
async function ownList(sql: Sql, site: string, actor: string, listId: string): Promise<{ isDefault: boolean }> {
  const owned = await ownedList(sql, site, actor, listId);
  if (!owned) throw new HttpError(404, 'wishlist_not_found', 'No such wish list of this visitor.');
  return owned;
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
    return { wishlists: await listsOf(c.get('db'), c.get('site').id, requireActor(c)) };
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
      if ((await countLists(tx, site, actor)) >= MAX_LISTS) throw new HttpError(409, 'too_many_wishlists', `A visitor has at most ${MAX_LISTS} wish lists.`);
      return { id: await createList(tx, site, actor, body.name), name: body.name, productIds: [], variants: {}, ownerName: '' };
    });
  },
);

export const shareWishlist = endpoint(
  {
    method: 'post',
    path: '/v1/sites/{site}/wishlists/{listId}/share',
    operationId: 'shareWishlist',
    tag: 'wishlists',
    summary: 'Get a read-only share id for one of this visitor\'s lists (the same id every time), and set the name friends see',
    auth: 'visitor',
    params: z.object({ listId: ServerId }),
    body: z
      .object({ ownerName: OwnerName.optional().describe('The name friends see ("Anna\'s wish list"), trimmed; empty for none. Absent: the one given before.') })
      .optional()
      .meta({ id: 'WishlistShare' }),
    status: 200,
    response: Wishlist,
  },
  async (c, { params, body }) => {
    const site = c.get('site').id;
    return c.get('db').transaction(async (tx) => {
      await ownList(tx, site, requireActor(c), params.listId);
      await shareList(tx, site, params.listId, body?.ownerName?.trim());
      return (await listWithId(tx, site, params.listId))!;
    });
  },
);

export const readSharedWishlist = endpoint(
  {
    method: 'get',
    path: '/v1/sites/{site}/shared-wishlists/{shareId}',
    operationId: 'readSharedWishlist',
    tag: 'wishlists',
    summary: 'A list someone shared, read-only, with what friends bought from it (except for its owner)',
    auth: 'public',
    params: z.object({ shareId: ServerId }),
    status: 200,
    response: Wishlist,
  },
  async (c, { params }) => {
    const [db, site] = [c.get('db'), c.get('site').id];
    const list = await sharedList(db, site, params.shareId);
    if (!list) throw new HttpError(404, 'wishlist_not_found', 'No list is shared under this id.');
    const bought = await boughtSeenBy(db, site, params.shareId, actorOf(c));
    return bought ? { ...list, bought } : list;
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
    const who = shopper(c);
    const { actor } = who;
    await c.get('db').transaction(async (tx) => {
      await lockActors(tx, site, [actor]);
      if ((await ownList(tx, site, actor, params.listId)).isDefault) throw new HttpError(409, 'default_wishlist', 'The default wish list cannot be deleted; empty it instead.');
      const unwished: string[] = [];
      for (const productId of await deleteList(tx, site, params.listId)) {
        if (await wishedBy(tx, site, actor, productId)) continue;
        await addWisher(tx, site, productId, -1);
        unwished.push(productId);
      }
      // After every counter: the insights' rows are locked last, as every write locks them.
      for (const productId of unwished) await recordActivity(tx, site, { kind: 'unwish', productId, ...who });
    });
  },
);
