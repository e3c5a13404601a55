import type { Sql } from '../db/db.js';
import { REPORT_REASONS_SHOWN } from '../schemas/reviews.js';

/**
 * Distinct witnesses whose reports take a published review down until the seller decides.
 * A visitor token costs one request, so visitors count by address, not by token.
 */
export const WITNESSES_TO_HOLD = 3;

/**
 * Who stands behind a report: a signed-in customer (the shop vouches for each) is one
 * witness; visitors without a user token are one per address (an IPv6 /64: see clientAddress).
 */
export function witnessOf(customer: string | undefined, address: string): string {
  return customer ? `customer:${customer}` : `address:${address}`;
}

/**
 * Files one report of a published review, counted once per actor, and holds the review when
 * its undecided reports come from enough witnesses. Resolves to `held` when this report held
 * the review, `counted` when it only counted, `duplicate` when the actor had reported it already.
 */
export async function addReport(tx: Sql, site: string, reviewId: string, report: { actor: string; witness: string; reason: string }): Promise<'held' | 'counted' | 'duplicate'> {
  const added = await tx.query(
    'INSERT INTO review_reports (site_id, review_id, actor, witness, reason) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING 1',
    [site, reviewId, report.actor, report.witness, report.reason],
  );
  if (!added.length) return 'duplicate';
  const [row] = await tx.query<{ witnesses: number }>(
    'SELECT count(DISTINCT witness)::int AS witnesses FROM review_reports WHERE site_id = $1 AND review_id = $2 AND NOT settled',
    [site, reviewId],
  );
  const held = row!.witnesses >= WITNESSES_TO_HOLD;
  await tx.query(
    `UPDATE reviews SET reports = reports + 1,
       status = CASE WHEN $3 THEN 'pending' ELSE status END,
       pending_reason = CASE WHEN $3 THEN 'reports' ELSE pending_reason END
     WHERE site_id = $1 AND id = $2`,
    [site, reviewId, held],
  );
  return held ? 'held' : 'counted';
}

/** Undecided reports' reasons per review, with how often each was given: the most given first, then the latest. */
export const reportReasons = (sql: Sql, site: string, reviewIds: readonly string[]) => undecidedReasons(sql, site, 'review_reports', 'review_id', reviewIds);

/** Undecided reports' reasons per reported thing (`column` names it in `table`), the most given first, then the latest. */
export async function undecidedReasons(
  sql: Sql,
  site: string,
  table: 'review_reports' | 'question_reports',
  column: 'review_id' | 'subject',
  ids: readonly string[],
): Promise<Map<string, { reason: string; count: number }[]>> {
  const reasons = new Map<string, { reason: string; count: number }[]>();
  if (!ids.length) return reasons;
  const rows = await sql.query<{ id: string; reason: string; count: number }>(
    `SELECT id, reason, count FROM (
       SELECT ${column} AS id, reason, count(*)::int AS count,
         row_number() OVER (PARTITION BY ${column} ORDER BY count(*) DESC, max(created_at) DESC) AS n
       FROM ${table} WHERE site_id = $1 AND ${column} = ANY($2) AND NOT settled GROUP BY ${column}, reason
     ) AS grouped WHERE n <= ${REPORT_REASONS_SHOWN} ORDER BY id, n`,
    [site, ids],
  );
  for (const { id, reason, count } of rows) reasons.set(id, [...(reasons.get(id) ?? []), { reason, count }]);
  return reasons;
}
