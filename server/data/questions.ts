import type { z } from 'zod';
import type { Sql } from '../db/db.js';
import { publish } from '../events/hub.js';
import { signedBy } from '../http/signature.js';
import type { Answer, AskedQuestion, Question, QuestionDraft } from '../schemas/questions.js';

export type ModerationStatus = 'published' | 'pending' | 'hidden';

/** A question as stored. */
export interface QuestionRow {
  id: string;
  product_id: string;
  actor: string;
  author: string;
  body: string;
  locale: string | null;
  status: ModerationStatus;
  pending_reason: 'moderation' | 'reports' | null;
  reports: number;
  answers: number;
  private_answers: number;
  helpful: number;
  shop_answered_at: Date | null;
  created_at: Date;
  /** Insertion order for cursors, as text (see ReviewRow). */
  seq_text: string;
}

export const questionColumns =
  'id, product_id, actor, author, body, locale, status, pending_reason, reports, answers, private_answers, helpful, shop_answered_at, created_at, seq::text AS seq_text';

/** An answer as stored. */
export interface AnswerRow {
  id: string;
  question_id: string;
  actor: string | null;
  author: string;
  body: string;
  locale: string | null;
  shop: boolean;
  member_name: string | null;
  member_role: string | null;
  private: boolean;
  status: ModerationStatus;
  pending_reason: 'moderation' | 'reports' | null;
  reports: number;
  helpful: number;
  created_at: Date;
}

export const answerColumns = 'id, question_id, actor, author, body, locale, shop, member_name, member_role, private, status, pending_reason, reports, helpful, created_at';

export const answerOf = (row: AnswerRow, voted: boolean): z.input<typeof Answer> => ({
  id: row.id,
  text: row.body,
  author: row.author,
  shop: row.shop,
  ...(row.shop ? { by: signedBy(row.member_name, row.member_role) } : {}),
  private: row.private,
  helpful: row.helpful,
  voted,
  createdAt: row.created_at.toISOString(),
  ...(row.locale ? { locale: row.locale } : {}),
});

/** The shop's answers first, then the most helpful, then in order written. */
const answerOrder = 'shop DESC, helpful DESC, seq';

/** Every answer of `questionIds`, in the order a thread shows them, grouped by question. */
export async function answersOf(sql: Sql, site: string, questionIds: readonly string[], filter = 'TRUE'): Promise<Map<string, AnswerRow[]>> {
  const rows = await sql.query<AnswerRow>(
    `SELECT ${answerColumns} FROM question_answers WHERE site_id = $1 AND question_id = ANY($2) AND ${filter} ORDER BY ${answerOrder}`,
    [site, questionIds],
  );
  const byQuestion = new Map<string, AnswerRow[]>();
  for (const row of rows) byQuestion.set(row.question_id, [...(byQuestion.get(row.question_id) ?? []), row]);
  return byQuestion;
}

/**
 * Rows to API questions as `actor` sees them: published answers, private ones only on the
 * actor's own questions, and which answers the actor voted helpful. Three queries a page.
 */
export async function withAnswers(sql: Sql, site: string, rows: readonly QuestionRow[], actor: string | undefined): Promise<z.input<typeof Question>[]> {
  const answers = await answersOf(sql, site, rows.map((row) => row.id), "status = 'published'");
  const answerIds = [...answers.values()].flat().map((answer) => answer.id);
  const votes = actor && answerIds.length
    ? await sql.query<{ answer_id: string }>('SELECT answer_id FROM answer_votes WHERE site_id = $1 AND actor = $2 AND answer_id = ANY($3)', [site, actor, answerIds])
    : [];
  const voted = new Set(votes.map((vote) => vote.answer_id));
  return rows.map((row) => {
    const mine = actor !== undefined && row.actor === actor;
    return {
      id: row.id,
      productId: row.product_id,
      text: row.body,
      author: row.author,
      status: row.status === 'pending' ? 'pending' : 'published',
      answerCount: row.answers,
      answeredPrivately: row.private_answers > 0,
      mine,
      answers: (answers.get(row.id) ?? []).filter((answer) => mine || !answer.private).map((answer) => answerOf(answer, voted.has(answer.id))),
      createdAt: row.created_at.toISOString(),
      ...(row.locale ? { locale: row.locale } : {}),
    };
  });
}

export interface NewQuestion extends Omit<z.output<typeof QuestionDraft>, 'author'> {
  readonly id: string;
  readonly productId: string;
  readonly actor: string;
  readonly author: string;
  /** Held for the seller's approval (a site that moderates reviews) rather than published. */
  readonly held: boolean;
}

export async function insertQuestion(tx: Sql, site: string, question: NewQuestion): Promise<QuestionRow> {
  const [row] = await tx.query<QuestionRow>(
    `INSERT INTO questions (site_id, id, product_id, actor, author, body, locale, status, pending_reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING ${questionColumns}`,
    [site, question.id, question.productId, question.actor, question.author, question.text, question.locale ?? null, question.held ? 'pending' : 'published', question.held ? 'moderation' : null],
  );
  return row!;
}

/** Questions `actor` asked in the last 24 hours. */
export async function questionsToday(sql: Sql, site: string, actor: string): Promise<number> {
  const [row] = await sql.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM questions WHERE site_id = $1 AND actor = $2 AND created_at > now() - interval '1 day'",
    [site, actor],
  );
  return row!.n;
}

/** Locks a question of the site for the rest of the transaction; undefined when there is none. */
export async function lockQuestion(tx: Sql, site: string, questionId: string): Promise<QuestionRow | undefined> {
  const [row] = await tx.query<QuestionRow>(`SELECT ${questionColumns} FROM questions WHERE site_id = $1 AND id = $2 FOR UPDATE`, [site, questionId]);
  return row;
}

/** "What I asked": `actor`'s questions, newest first, of one product or all, with whether each was answered. */
export async function askedBy(sql: Sql, site: string, actor: string, productId: string | undefined, limit: number): Promise<z.input<typeof AskedQuestion>[]> {
  const rows = await sql.query<QuestionRow & { answered_at: Date | null }>(
    `SELECT ${questionColumns},
       (SELECT max(created_at) FROM question_answers a WHERE a.site_id = q.site_id AND a.question_id = q.id AND a.status = 'published') AS answered_at
     FROM questions q WHERE site_id = $1 AND actor = $2 AND ($3::text IS NULL OR product_id = $3) ORDER BY seq DESC LIMIT ${limit}`,
    [site, actor, productId ?? null],
  );
  return rows.map((row) => ({
    id: row.id,
    productId: row.product_id,
    text: row.body,
    status: row.status,
    answered: row.answered_at !== null,
    ...(row.answered_at ? { answeredAt: row.answered_at.toISOString() } : {}),
    createdAt: row.created_at.toISOString(),
  }));
}

/**
 * Announces a question's public state to live streams of its product when `tx` commits:
 * its counts, and the new answer when it is public. A private answer's text never goes
 * out: every stream of the product would get it.
 */
export async function publishQuestion(tx: Sql, site: string, row: QuestionRow, answer?: AnswerRow): Promise<void> {
  if (row.status !== 'published') return;
  const data = {
    productId: row.product_id,
    questionId: row.id,
    answerCount: row.answers,
    answeredPrivately: row.private_answers > 0,
    ...(answer && answer.status === 'published' && !answer.private ? { answer: answerOf(answer, false) } : {}),
  };
  await publish(tx, { site, kind: 'question', topic: row.product_id, data });
}
