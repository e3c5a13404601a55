import type { z } from 'zod';
import type { Sql } from '../db/db.js';
import type { ResponseTime, SellerQuestion } from '../schemas/questions.js';
import { questionReportReasons } from './question-reports.js';
import { answerOf, answersOf, type QuestionRow } from './questions.js';

const moderation = (row: { status: 'published' | 'pending' | 'hidden'; reports: number; pending_reason: 'moderation' | 'reports' | null }, reasons: Map<string, { reason: string; count: number }[]>, id: string) => ({
  status: row.status,
  reports: row.reports,
  reportReasons: reasons.get(id) ?? [],
  ...(row.pending_reason ? { pendingReason: row.pending_reason } : {}),
});

/** Questions as the shop sees them: every answer (private and held ones too), reports and their reasons. */
export async function questionsForSeller(sql: Sql, site: string, rows: readonly QuestionRow[]): Promise<z.input<typeof SellerQuestion>[]> {
  const answers = await answersOf(sql, site, rows.map((row) => row.id));
  const all = [...answers.values()].flat();
  const reasons = await questionReportReasons(sql, site, [...rows, ...all].filter((row) => row.reports > 0).map((row) => row.id));
  return rows.map((row) => ({
    id: row.id,
    productId: row.product_id,
    text: row.body,
    author: row.author,
    answerCount: row.answers,
    answeredPrivately: row.private_answers > 0,
    shopAnswered: row.shop_answered_at !== null,
    ...moderation(row, reasons, row.id),
    answers: (answers.get(row.id) ?? []).map((answer) => ({ ...answerOf(answer, false), ...moderation(answer, reasons, answer.id) })),
    createdAt: row.created_at.toISOString(),
    ...(row.locale ? { locale: row.locale } : {}),
  }));
}

/** Median time from a question to the shop's first answer, over questions asked in the last 30 days. */
export async function responseTime(sql: Sql, site: string): Promise<z.input<typeof ResponseTime>> {
  const [row] = await sql.query<{ asked: number; answered: number; median: number | null }>(
    `SELECT count(*)::int AS asked, count(shop_answered_at)::int AS answered,
       (percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM shop_answered_at - created_at)))::float8 AS median
     FROM questions WHERE site_id = $1 AND status = 'published' AND created_at > now() - interval '30 days'`,
    [site],
  );
  return { days: 30, asked: row!.asked, answered: row!.answered, medianSeconds: row!.median === null ? null : Math.round(row!.median) };
}
