import type { z } from 'zod';
import type { Sql } from '../db/db.js';
import type { SellerQuestion } from '../schemas/questions.js';
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
