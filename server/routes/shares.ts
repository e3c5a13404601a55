import { z } from 'zod';
import { recordActivity } from '../data/activity.js';
import { addShare, shareCounts } from '../data/shares.js';
import type { Sql } from '../db/db.js';
import { endpoint } from '../http/endpoint.js';
import { shopper } from '../http/shopper.js';
import { IdsQuery, ProductId } from '../schemas/common.js';

export const ShareNetwork = z.enum(['native', 'copy', 'email', 'whatsapp', 'x', 'facebook', 'linkedin', 'pinterest', 'telegram', 'line', 'weibo']);

const ShareCount = z
  .object({
    count: z.int().min(0),
    networks: z.partialRecord(ShareNetwork, z.int().min(1)).describe('Shares per network; networks without shares are left out.'),
  })
  .meta({ id: 'ShareCount' });

type Count = z.input<typeof ShareCount>;

/** Each id's total and per-network counts, 0 and none where nobody shared it. */
async function countsOf(sql: Sql, site: string, ids: readonly string[]): Promise<Record<string, Count>> {
  const shares: Record<string, Count> = Object.fromEntries(ids.map((id) => [id, { count: 0, networks: {} }]));
  for (const row of await shareCounts(sql, site, ids)) {
    const entry = shares[row.product_id]!;
    entry.count += row.count;
    entry.networks[row.network as z.infer<typeof ShareNetwork>] = row.count;
  }
  return shares;
}

export const readShares = endpoint(
  {
    method: 'get',
    path: '/v1/sites/{site}/shares',
    operationId: 'readShares',
    tag: 'shares',
    summary: 'Share counts of many products in one request',
    auth: 'public',
    query: IdsQuery,
    status: 200,
    response: z.object({ shares: z.record(ProductId, ShareCount) }),
  },
  async (c, { query }) => ({ shares: await countsOf(c.get('db'), c.get('site').id, query.ids) }),
);

export const recordShare = endpoint(
  {
    method: 'post',
    path: '/v1/sites/{site}/shares/{productId}',
    operationId: 'recordShare',
    tag: 'shares',
    summary: 'Record that this visitor shared a product on a network',
    description: 'Counted once per visitor, product and network, so a retried request cannot inflate the count.',
    auth: 'visitor',
    params: z.object({ productId: ProductId }),
    body: z.object({ network: ShareNetwork }).meta({ id: 'ShareDraft' }),
    status: 200,
    response: ShareCount,
  },
  async (c, { params, body }) => {
    const site = c.get('site').id;
    return c.get('db').transaction(async (tx) => {
      const who = shopper(c);
      if (await addShare(tx, site, params.productId, who.actor, body.network)) await recordActivity(tx, site, { kind: 'share', productId: params.productId, network: body.network, ...who });
      return (await countsOf(tx, site, [params.productId]))[params.productId]!;
    });
  },
);
