import { z } from 'zod';
import { recordActivity } from '../data/activity.js';
import { likeStates, setLike } from '../data/likes.js';
import type { Db } from '../db/db.js';
import { publish } from '../events/hub.js';
import { actorOf } from '../http/actor.js';
import { endpoint } from '../http/endpoint.js';
import { shopper } from '../http/shopper.js';
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
  async (c, { query }) => ({ likes: await likeStates(c.get('db'), c.get('site').id, query.ids, actorOf(c)) }),
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
  async (c, { params }) => ({ count: await changeLike(c.get('db'), c.get('site').id, params.productId, shopper(c), true), liked: true }),
);

export const unlike = endpoint(
  { ...likeSpec, method: 'delete', operationId: 'unlike', summary: 'Take a like back (idempotent)' },
  async (c, { params }) => ({ count: await changeLike(c.get('db'), c.get('site').id, params.productId, shopper(c), false), liked: false }),
);

/** Sets one actor's like in one transaction, and tells followers and the insights when the count moved. */
function changeLike(db: Db, site: string, productId: string, who: ReturnType<typeof shopper>, liked: boolean): Promise<number> {
  return db.transaction(async (tx) => {
    const { count, changed } = await setLike(tx, site, productId, who.actor, liked);
    if (changed) {
      await publish(tx, { site, kind: 'like', topic: productId, data: { productId, count } });
      await recordActivity(tx, site, { kind: liked ? 'like' : 'unlike', productId, ...who });
    }
    return count;
  });
}
