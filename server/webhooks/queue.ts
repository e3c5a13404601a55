import type { Sql } from '../db/db.js';

/** A claimed delivery with what sending it needs. */
export interface DueDelivery {
  readonly id: string;
  /** Counting this one. */
  readonly attempts: number;
  readonly eventId: string;
  readonly body: string;
  readonly url: string;
  readonly secret: string;
}

/** Retries stop once the next one would be later than this after the event. */
export const GIVE_UP_AFTER_SECONDS = 24 * 60 * 60;

/**
 * Seconds before the attempt after `attempts` failed ones: 30 s, doubling, at most an hour,
 * so about twenty tries in the day before a delivery is given up.
 */
export const retryDelay = (attempts: number): number => Math.min(30 * 2 ** (attempts - 1), 60 * 60);

/**
 * Claims up to `limit` due deliveries for this worker: FOR UPDATE SKIP LOCKED lets server
 * copies claim side by side without taking the same row, and the claim moves each row's
 * next attempt `leaseSeconds` ahead, so no copy takes it again while it is being sent, and
 * it becomes due again if this copy dies before recording the outcome.
 */
export async function claimDue(sql: Sql, limit: number, leaseSeconds: number): Promise<DueDelivery[]> {
  return sql.query<DueDelivery>(
    `UPDATE webhook_deliveries AS d
     SET attempts = d.attempts + 1, next_attempt_at = now() + make_interval(secs => $2)
     FROM webhook_endpoints AS e
     WHERE d.id IN (
         SELECT due.id FROM webhook_deliveries AS due
         JOIN webhook_endpoints AS live ON live.site_id = due.site_id AND live.id = due.endpoint_id AND live.disabled_at IS NULL
         WHERE due.delivered_at IS NULL AND due.given_up_at IS NULL AND due.next_attempt_at <= now()
         ORDER BY due.next_attempt_at LIMIT $1 FOR UPDATE OF due SKIP LOCKED)
       AND e.site_id = d.site_id AND e.id = d.endpoint_id
     RETURNING d.id::text AS id, d.attempts, d.event_id AS "eventId", d.body, e.url, e.secret`,
    [limit, leaseSeconds],
  );
}

/**
 * Records an attempt. Delivered: never sent again. Failed: due again after `retryDelay`
 * of its attempts, or given up when that falls past a day after the event, its last
 * status and error kept for the seller to see.
 */
export async function recordAttempt(sql: Sql, delivery: Pick<DueDelivery, 'id' | 'attempts'>, outcome: { delivered: boolean; status?: number; error?: string }): Promise<void> {
  await sql.query(
    `UPDATE webhook_deliveries SET
       last_attempt_at = now(), last_status = $2, last_error = $3,
       delivered_at = CASE WHEN $4 THEN now() END,
       next_attempt_at = now() + make_interval(secs => $5),
       given_up_at = CASE WHEN NOT $4 AND now() + make_interval(secs => $5) > created_at + make_interval(secs => $6) THEN now() END
     WHERE id = $1`,
    [delivery.id, outcome.status ?? null, outcome.error?.slice(0, 500) ?? null, outcome.delivered, retryDelay(delivery.attempts), GIVE_UP_AFTER_SECONDS],
  );
}

/** Seconds until the next delivery falls due (0 if one is due now), or undefined when none waits. */
export async function secondsToNextDue(sql: Sql): Promise<number | undefined> {
  const [row] = await sql.query<{ seconds: number | null }>(
    `SELECT greatest(0, extract(epoch FROM min(d.next_attempt_at) - now()))::float8 AS seconds
     FROM webhook_deliveries AS d JOIN webhook_endpoints AS e ON e.site_id = d.site_id AND e.id = d.endpoint_id AND e.disabled_at IS NULL
     WHERE d.delivered_at IS NULL AND d.given_up_at IS NULL`,
  );
  return row?.seconds ?? undefined;
}

/** Days a delivered or given-up delivery stays listed before it is deleted. */
export const KEEP_FINISHED_DAYS = 30;

/** Deletes deliveries finished more than `KEEP_FINISHED_DAYS` ago, so the table holds a month, not every event ever. */
export async function pruneDeliveries(sql: Sql): Promise<void> {
  await sql.query(`DELETE FROM webhook_deliveries WHERE coalesce(delivered_at, given_up_at) < now() - make_interval(days => ${KEEP_FINISHED_DAYS})`);
}
