import type { Sql } from '../db/db.js';
import { HttpError } from '../http/errors.js';

/** One use of an Idempotency-Key: whose it is, and a hash of what it asked for. */
export interface KeyUse {
  readonly site: string;
  readonly actor: string;
  readonly key: string;
  readonly request: string;
}

/**
 * Claims the key for this request, in the transaction that will make the create.
 * Resolves to undefined when the key is new (or last used over 24 hours ago): go on and
 * create. When an earlier request with the key committed, resolves to its answer. A request with the key still running
 * elsewhere holds the row's unique index: the INSERT waits for it to commit (then this
 * finds its answer) or roll back (then this one creates).
 */
export async function claimKey(tx: Sql, use: KeyUse): Promise<{ readonly answer: unknown } | undefined> {
  // A key is honoured for 24 hours (the promise of the API); an older use of it is forgotten here.
  const claimed = await tx.query(
    `INSERT INTO idempotency_keys (site_id, actor, key, request) VALUES ($1, $2, $3, $4)
     ON CONFLICT (site_id, actor, key) DO UPDATE SET request = $4, answer = NULL, created_at = now()
       WHERE idempotency_keys.created_at < now() - interval '24 hours'
     RETURNING 1`,
    [use.site, use.actor, use.key, use.request],
  );
  if (claimed.length) return undefined;
  const [earlier] = await tx.query<{ request: string; answer: unknown }>(
    'SELECT request, answer FROM idempotency_keys WHERE site_id = $1 AND actor = $2 AND key = $3',
    [use.site, use.actor, use.key],
  );
  if (earlier!.request !== use.request) {
    throw new HttpError(409, 'idempotency_key_reused', 'This Idempotency-Key was already used for a different request; make a new key for a new one.');
  }
  return { answer: earlier!.answer };
}

/** Records the create's answer with its claimed key, for the retries to come. */
export async function recordAnswer(tx: Sql, use: KeyUse, answer: unknown): Promise<void> {
  await tx.query('UPDATE idempotency_keys SET answer = $4 WHERE site_id = $1 AND actor = $2 AND key = $3', [
    use.site,
    use.actor,
    use.key,
    answer === undefined ? null : JSON.stringify(answer),
  ]);
}

/** Deletes keys over 24 hours old, which no retry can use any more. Resolves to how many. */
export async function pruneKeys(sql: Sql): Promise<number> {
  return (await sql.query("DELETE FROM idempotency_keys WHERE created_at < now() - interval '24 hours' RETURNING 1")).length;
}
