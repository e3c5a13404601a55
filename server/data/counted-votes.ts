import type { Sql } from '../db/db.js';

/** Where one kind of vote lives: a row per actor and subject, and the subject's counter of them. */
export interface CountedVotes {
  /** The votes' table and its column naming the subject, e.g. `review_votes`, `review_id`. */
  readonly table: string;
  readonly subject: string;
  /** The subjects' table and their counter column, e.g. `reviews`, `helpful`. */
  readonly counted: string;
  readonly counter: string;
}

/**
 * Sets `actor`'s vote on a subject, like a like: the vote's key makes retries no-ops, and the
 * counter moves only on a real change. Resolves to the count (`count`, the one read, when
 * nothing changed). The names are the caller's constants, never a request's.
 */
export async function setCountedVote(tx: Sql, votes: CountedVotes, site: string, id: string, actor: string, voted: boolean, count: number): Promise<number> {
  const changed = voted
    ? await tx.query(`INSERT INTO ${votes.table} (site_id, ${votes.subject}, actor) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1`, [site, id, actor])
    : await tx.query(`DELETE FROM ${votes.table} WHERE site_id = $1 AND ${votes.subject} = $2 AND actor = $3 RETURNING 1`, [site, id, actor]);
  if (!changed.length) return count;
  const [row] = await tx.query<{ n: number }>(`UPDATE ${votes.counted} SET ${votes.counter} = ${votes.counter} + $3 WHERE site_id = $1 AND id = $2 RETURNING ${votes.counter} AS n`, [site, id, voted ? 1 : -1]);
  return row!.n;
}
