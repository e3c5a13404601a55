import type { Sql } from '../db/db.js';
import type { Signature } from '../http/signature.js';
import { answerColumns, type AnswerRow, questionColumns, type QuestionRow } from './questions.js';

export interface NewAnswer {
  readonly id: string;
  readonly questionId: string;
  /** Null for the shop's answers. */
  readonly actor: string | null;
  readonly author: string;
  readonly text: string;
  readonly locale?: string;
  readonly shop: boolean;
  readonly private: boolean;
  /** The team member's snapshot (all null with the secret key, and on customers' answers). */
  readonly signature: Signature;
  readonly held: boolean;
}

export async function insertAnswer(tx: Sql, site: string, answer: NewAnswer): Promise<AnswerRow> {
  const [row] = await tx.query<AnswerRow>(
    `INSERT INTO question_answers (site_id, id, question_id, actor, author, body, locale, shop, member_id, member_name, member_role, private, status, pending_reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING ${answerColumns}`,
    [
      site, answer.id, answer.questionId, answer.actor, answer.author, answer.text, answer.locale ?? null, answer.shop,
      answer.signature.memberId, answer.signature.name, answer.signature.role, answer.private,
      answer.held ? 'pending' : 'published', answer.held ? 'moderation' : null,
    ],
  );
  if (answer.shop) await tx.query('UPDATE questions SET shop_answered_at = coalesce(shop_answered_at, now()) WHERE site_id = $1 AND id = $2', [site, answer.questionId]);
  return row!;
}

/** Locks an answer of the site for the rest of the transaction; undefined when there is none. */
export async function lockAnswer(tx: Sql, site: string, answerId: string): Promise<AnswerRow | undefined> {
  const [row] = await tx.query<AnswerRow>(`SELECT ${answerColumns} FROM question_answers WHERE site_id = $1 AND id = $2 FOR UPDATE`, [site, answerId]);
  return row;
}

/** Recounts a question's published answers and their helpful votes after any change to one; resolves to the question. */
export async function recountQuestion(tx: Sql, site: string, questionId: string): Promise<QuestionRow> {
  const [row] = await tx.query<QuestionRow>(
    `UPDATE questions q SET
       answers = c.public_count, private_answers = c.private_count, helpful = c.votes
     FROM (
       SELECT count(*) FILTER (WHERE NOT private)::int AS public_count, count(*) FILTER (WHERE private)::int AS private_count,
         coalesce(sum(helpful) FILTER (WHERE NOT private), 0)::int AS votes
       FROM question_answers WHERE site_id = $1 AND question_id = $2 AND status = 'published'
     ) AS c
     WHERE q.site_id = $1 AND q.id = $2 RETURNING ${questionColumns}`,
    [site, questionId],
  );
  return row!;
}

/** One helpful vote per actor and answer, as a review's; resolves to the answer's count. */
export async function setAnswerVote(tx: Sql, site: string, answer: AnswerRow, actor: string, voted: boolean): Promise<number> {
  const changed = voted
    ? await tx.query('INSERT INTO answer_votes (site_id, answer_id, actor) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1', [site, answer.id, actor])
    : await tx.query('DELETE FROM answer_votes WHERE site_id = $1 AND answer_id = $2 AND actor = $3 RETURNING 1', [site, answer.id, actor]);
  if (!changed.length) return answer.helpful;
  const [row] = await tx.query<{ helpful: number }>('UPDATE question_answers SET helpful = helpful + $3 WHERE site_id = $1 AND id = $2 RETURNING helpful', [site, answer.id, voted ? 1 : -1]);
  return row!.helpful;
}
