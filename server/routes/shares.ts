import { z } from 'zod';
import { requireActor } from '../http/actor.js';
import { endpoint } from '../http/endpoint.js';
import { IdsQuery, ProductId } from '../schemas/common.js';

export const ShareNetwork = z.enum(['native', 'copy', 'email', 'whatsapp', 'x', 'facebook', 'linkedin', 'pinterest', 'telegram', 'line', 'weibo']);

const ShareCount = z
  .object({
    count: z.int().min(0),
    networks: z.partialRecord(ShareNetwork, z.int().min(1)).describe('Shares per network; networks without shares are left out.'),
  })
  .meta({ id: 'ShareCount' });

type Count = z.input<typeof ShareCount>;

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
  async (c, { query }) => {
    const rows = await c.get('db').query<{ product_id: string; network: string; count: number }>(
      'SELECT product_id, network, count FROM share_counts WHERE site_id = $1 AND product_id = ANY($2)',
      [c.get('site').id, query.ids],
    );
    const shares: Record<string, Count> = Object.fromEntries(query.ids.map((id) => [id, { count: 0, networks: {} }]));
    for (const row of rows) {
      const entry = shares[row.product_id]!;
      entry.count += row.count;
      entry.networks[row.network as z.infer<typeof ShareNetwork>] = row.count;
    }
    return { shares };
  },
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
      const added = await tx.query(
        'INSERT INTO shares (site_id, product_id, actor, network) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING 1',
        [site, params.productId, requireActor(c), body.network],
      );
      if (added.length) {
        await tx.query(
          `INSERT INTO share_counts AS sc (site_id, product_id, network, count) VALUES ($1, $2, $3, 1)
           ON CONFLICT (site_id, product_id, network) DO UPDATE SET count = sc.count + 1`,
          [site, params.productId, body.network],
        );
      }
      const rows = await tx.query<{ network: z.infer<typeof ShareNetwork>; count: number }>(
        'SELECT network, count FROM share_counts WHERE site_id = $1 AND product_id = $2',
        [site, params.productId],
      );
      return { count: rows.reduce((sum, row) => sum + row.count, 0), networks: Object.fromEntries(rows.map((row) => [row.network, row.count])) };
    });
  },
);
