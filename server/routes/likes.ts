import { z } from 'zod';
import type { Db } from '../db/db.js';
import { publish } from '../events/hub.js';
import { actorOf, requireActor } from '../http/actor.js';
import { endpoint } from '../http/endpoint.js';
import { IdsQuery, ProductId } from '../schemas/common.js';

const LikeState = z.object({ count: z.int().min(0), liked: z.boolean() }).meta({ id: 'LikeState' });
const ProductParams = z.object({ productId: ProductId });

export const readLikes = endpoint(
  {
    method: 'get',
    path: '/v1/sites/{site}/likes',
    operationId: 'readLikes',
    tag: 'likes',
    summary: 'Like counts of many products in one request',
    description: 'Every id asked for is in the answer (count 0 when nobody liked it). `liked` is for the visitor or customer in the tokens sent.',
    auth: 'public',
    query: IdsQuery,
    status: 200,
    response: z.object({ likes: z.record(ProductId, LikeState) }),
  },
  async (c, { query }) => {
    const db = c.get('db');
    const site = c.get('site').id;
    // One statement answering one JSON value: on PGlite each query and each result row
    // is a trip through the WASM backend, and 100 rows cost more than the lookups.
    const [row] = await db.query<{ likes: Record<string, { count: number; liked: boolean }> }>(
      `SELECT json_object_agg(ids.id, json_build_object(
         'count', COALESCE(lc.count, 0),
         'liked', $3::text IS NOT NULL AND EXISTS (SELECT 1 FROM likes l WHERE l.site_id = $1 AND l.product_id = ids.id AND l.actor = $3)
       )) AS likes
       FROM unnest($2::text[]) AS ids (id)
       LEFT JOIN like_counts lc ON lc.site_id = $1 AND lc.product_id = ids.id`,
      [site, query.ids, actorOf(c) ?? null],
    );
    return { likes: row!.likes };
  },
);

const likeSpec = {
  path: '/v1/sites/{site}/likes/{productId}',
  tag: 'likes',
  auth: 'visitor',
  params: ProductParams,
  status: 200,
  response: LikeState,
} as const;

export const like = endpoint(
  { ...likeSpec, method: 'put', operationId: 'like', summary: 'Like a product (idempotent: liking twice counts once)' },
  async (c, { params }) => ({ count: await setLike(c.get('db'), c.get('site').id, params.productId, requireActor(c), true), liked: true }),
);

export const unlike = endpoint(
  { ...likeSpec, method: 'delete', operationId: 'unlike', summary: 'Take a like back (idempotent)' },
  async (c, { params }) => ({ count: await setLike(c.get('db'), c.get('site').id, params.productId, requireActor(c), false), liked: false }),
);

/**
 * Sets one actor's like and moves the counter only when the like row really changed, in
 * one transaction: the primary key turns retries and double clicks into no-ops, and the
 * counter's row lock orders concurrent likers.
 */
async function setLike(db: Db, site: string, productId: string, actor: string, liked: boolean): Promise<number> {
  return db.transaction(async (tx) => {
    const changed = liked
      ? await tx.query('INSERT INTO likes (site_id, product_id, actor) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1', [site, productId, actor])
      : await tx.query('DELETE FROM likes WHERE site_id = $1 AND product_id = $2 AND actor = $3 RETURNING 1', [site, productId, actor]);
    if (!changed.length) {
      const rows = await tx.query<{ count: number }>('SELECT count FROM like_counts WHERE site_id = $1 AND product_id = $2', [site, productId]);
      return rows[0]?.count ?? 0;
    }
    // The counter row exists whenever a like does, so taking one back is a plain update.
    const [row] = await tx.query<{ count: number }>(
      liked
        ? `INSERT INTO like_counts AS lc (site_id, product_id, count) VALUES ($1, $2, 1)
           ON CONFLICT (site_id, product_id) DO UPDATE SET count = lc.count + 1 RETURNING count`
        : 'UPDATE like_counts SET count = count - 1 WHERE site_id = $1 AND product_id = $2 RETURNING count',
      [site, productId],
    );
    await publish(tx, { site, kind: 'like', topic: productId, data: { productId, count: row!.count } });
    return row!.count;
  });
}
