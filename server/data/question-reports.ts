import type { Sql } from '../db/db.js';
import { undecidedReasons, WITNESSES_TO_HOLD } from './review-reports.js';

/** A reported question or answer: its table. */
export type ReportSubject = 'questions' | 'question_answers';

/**
 * Files one report of a published question or answer, counted once per actor, and holds it
 * when its undecided reports come from enough witnesses, as a review's (review-reports.ts).
 * Resolves to whether it held it.
 */
export async function addQuestionReport(tx: Sql, site: string, table: ReportSubject, id: string, report: { actor: string; witness: string; reason: string }): Promise<boolean> {
  const added = await tx.query(
    'INSERT INTO question_reports (site_id, subject, actor, witness, reason) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING 1',
    [site, id, report.actor, report.witness, report.reason],
  );
  if (!added.length) return false;
  const [row] = await tx.query<{ witnesses: number }>(
    'SELECT count(DISTINCT witness)::int AS witnesses FROM question_reports WHERE site_id = $1 AND subject = $2 AND NOT settled',
    [site, id],
  );
  const held = row!.witnesses >= WITNESSES_TO_HOLD;
  await tx.query(
    `UPDATE ${table} SET reports = reports + 1,
       status = CASE WHEN $3 THEN 'pending' ELSE status END,
       pending_reason = CASE WHEN $3 THEN 'reports' ELSE pending_reason END
     WHERE site_id = $1 AND id = $2`,
    [site, id, held],
  );
  return held;
}

/** The seller's decision on a question or answer: sets its status and settles its reports. */
export async function settle(tx: Sql, site: string, table: ReportSubject, id: string, status: 'published' | 'hidden'): Promise<void> {
  await tx.query(`UPDATE ${table} SET status = $3, pending_reason = NULL, reports = 0 WHERE site_id = $1 AND id = $2`, [site, id, status]);
  await tx.query('UPDATE question_reports SET settled = true WHERE site_id = $1 AND subject = $2 AND NOT settled', [site, id]);
}

/** Undecided reports' reasons per question or answer, the most given first. */
export const questionReportReasons = (sql: Sql, site: string, ids: readonly string[]) => undecidedReasons(sql, site, 'question_reports', 'subject', ids);
