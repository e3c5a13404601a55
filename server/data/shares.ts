import type { Sql } from '../db/db.js';

export interface ShareCountRow {
  product_id: string;
  network: string;
  count: number;
}

/** Per-network share counts of the products named; networks without shares have no row. */
export function shareCounts(sql: Sql, site: string, ids: readonly string[]): Promise<ShareCountRow[]> {
  return sql.query<ShareCountRow>('SELECT product_id, network, count FROM share_counts WHERE site_id = $1 AND product_id = ANY($2)', [site, ids]);
}

/** Records that `actor` shared a product on a network; the counter moves only the first time. Resolves to whether it was the first. */
export async function addShare(tx: Sql, site: string, productId: string, actor: string, network: string): Promise<boolean> {
  const added = await tx.query('INSERT INTO shares (site_id, product_id, actor, network) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING 1', [
    site,
    productId,
    actor,
    network,
  ]);
  if (!added.length) return false;
  await tx.query(
    `INSERT INTO share_counts AS sc (site_id, product_id, network, count) VALUES ($1, $2, $3, 1)
     ON CONFLICT (site_id, product_id, network) DO UPDATE SET count = sc.count + 1`,
    [site, productId, network],
  );
  return true;
}
