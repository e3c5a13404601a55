import type { Sql } from '../db/db.js';

export interface LikeValue {
  count: number;
  liked: boolean;
}

/**
 * Every id's count and whether `actor` liked it, in one statement answering one JSON
 * value: on PGlite each query and each result row is a trip through the WASM backend,
 * and 100 rows cost more than the lookups.
 */
export async function likeStates(sql: Sql, site: string, ids: readonly string[], actor: string | undefined): Promise<Record<string, LikeValue>> {
  const [row] = await sql.query<{ likes: Record<string, LikeValue> }>(
    `SELECT json_object_agg(ids.id, json_build_object(
       'count', COALESCE(lc.count, 0),
       'liked', $3::text IS NOT NULL AND EXISTS (SELECT 1 FROM likes l WHERE l.site_id = $1 AND l.product_id = ids.id AND l.actor = $3)
     )) AS likes
     FROM unnest($2::text[]) AS ids (id)
     LEFT JOIN like_counts lc ON lc.site_id = $1 AND lc.product_id = ids.id`,
    [site, ids, actor ?? null],
  );
  return row!.likes;
}

/**
 * Sets `actor`'s like; the counter moves only when the like row really changed, so the
 * primary key turns retries and double clicks into no-ops, and the counter's row lock
 * orders concurrent likers. Answers the count, and whether it changed.
 */
export async function setLike(tx: Sql, site: string, productId: string, actor: string, liked: boolean): Promise<{ count: number; changed: boolean }> {
  const changed = liked
    ? await tx.query('INSERT INTO likes (site_id, product_id, actor) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1', [site, productId, actor])
    : await tx.query('DELETE FROM likes WHERE site_id = $1 AND product_id = $2 AND actor = $3 RETURNING 1', [site, productId, actor]);
  if (!changed.length) {
    const rows = await tx.query<{ count: number }>('SELECT count FROM like_counts WHERE site_id = $1 AND product_id = $2', [site, productId]);
    return { count: rows[0]?.count ?? 0, changed: false };
  }
  // The counter row exists whenever a like does, so taking one back is a plain update.
  const [row] = await tx.query<{ count: number }>(
    liked
      ? `INSERT INTO like_counts AS lc (site_id, product_id, count) VALUES ($1, $2, 1)
         ON CONFLICT (site_id, product_id) DO UPDATE SET count = lc.count + 1 RETURNING count`
      : 'UPDATE like_counts SET count = count - 1 WHERE site_id = $1 AND product_id = $2 RETURNING count',
    [site, productId],
  );
  return { count: row!.count, changed: true };
}
