import type { Context } from 'hono';
import { z } from 'zod';
import { recountQuestion } from '../data/answers.js';
import { addQuestionReport, type ReportSubject, settle } from '../data/question-reports.js';
import { type SellerQueue, sellerQueuePage } from '../data/question-pages.js';
import { questionsForSeller } from '../data/question-seller.js';
import { lockQuestion, publishQuestion } from '../data/questions.js';
import { WITNESSES_TO_HOLD, witnessOf } from '../data/review-reports.js';
import type { Sql } from '../db/db.js';
import { requireActor } from '../http/actor.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import { endpoint } from '../http/endpoint.js';
import type { AppEnv } from '../http/env.js';
import { HttpError } from '../http/errors.js';
import { QueueCursor, SellerQuestion, SellerQuestionPage } from '../schemas/questions.js';
import { AnswerParams, answerFor, answerPath, QuestionParams, questionFor, questionPath } from './answers.js';

const ReportDraft = z.object({ reason: z.string().min(1).max(500) });
const reportDescription = `Counted once per visitor, and shown to the seller with its reason. Held (\`pending\`) until the seller decides once its undecided reports come from ${WITNESSES_TO_HOLD} witnesses, as for reviews.`;

/** Files this visitor's report of a question or an answer; recounts the question when the report held an answer. */
function fileReport(c: Context<AppEnv>, reason: string, find: (tx: Sql, site: string) => Promise<{ table: ReportSubject; id: string; questionId: string }>): Promise<void> {
  const site = c.get('site').id;
  const actor = requireActor(c);
  return c.get('db').transaction(async (tx) => {
    const { table, id, questionId } = await find(tx, site);
    const held = await addQuestionReport(tx, site, table, id, { actor, witness: witnessOf(c.get('user') && actor, c.get('address')), reason });
    if (held && table === 'question_answers') await recountQuestion(tx, site, questionId);
  });
}

const reportSpec = { method: 'post', tag: 'questions', description: reportDescription, auth: 'visitor', body: ReportDraft, status: 204, idempotent: 'optional' } as const;

export const reportQuestion = endpoint(
  { ...reportSpec, path: `${questionPath}/reports`, operationId: 'reportQuestion', summary: 'Report a published question to the seller', params: QuestionParams },
  (c, { params, body }) =>
    fileReport(c, body.reason, async (tx, site) => {
      const question = await questionFor(tx, site, params.questionId);
      return { table: 'questions', id: question.id, questionId: question.id };
    }),
);

export const reportAnswer = endpoint(
  { ...reportSpec, path: `${answerPath}/reports`, operationId: 'reportAnswer', summary: 'Report a published answer to the seller', params: AnswerParams },
  (c, { params, body }) =>
    fileReport(c, body.reason, async (tx, site) => {
      const answer = await answerFor(tx, site, params.answerId);
      return { table: 'question_answers', id: answer.id, questionId: answer.question_id };
    }),
);

const Moderation = z.object({ status: z.enum(['published', 'hidden']) });

export const moderateQuestion = endpoint(
  { method: 'patch', path: questionPath, operationId: 'moderateQuestion', tag: 'seller', summary: 'Publish or hide a question', description: 'Settles its reports, as for reviews.', auth: 'member:moderate', params: QuestionParams, body: Moderation, status: 200, response: SellerQuestion },
  async (c, { params, body }) => {
    const site = c.get('site').id;
    return c.get('db').transaction(async (tx) => {
      const question = await questionFor(tx, site, params.questionId, true);
      await settle(tx, site, 'questions', question.id, body.status);
      const row = (await lockQuestion(tx, site, question.id))!;
      return (await questionsForSeller(tx, site, [row]))[0]!;
    });
  },
);

export const moderateAnswer = endpoint(
  { method: 'patch', path: answerPath, operationId: 'moderateAnswer', tag: 'seller', summary: 'Publish or hide an answer', description: 'Settles its reports, as for reviews; answers the question it belongs to.', auth: 'member:moderate', params: AnswerParams, body: Moderation, status: 200, response: SellerQuestion },
  async (c, { params, body }) => {
    const site = c.get('site').id;
    return c.get('db').transaction(async (tx) => {
      const answer = await answerFor(tx, site, params.answerId, true);
      await settle(tx, site, 'question_answers', answer.id, body.status);
      const row = await recountQuestion(tx, site, answer.question_id);
      if (answer.status !== body.status) await publishQuestion(tx, site, row);
      return (await questionsForSeller(tx, site, [row]))[0]!;
    });
  },
);

/** One of the shop's queues as a route: the spec's parts that differ, and its handler. */
const queueRoute = (queue: SellerQueue, spec: { path: `/v1/sites/{site}${string}`; operationId: string; summary: string; auth: 'member:answer' | 'member:moderate' }) =>
  endpoint(
    {
      ...spec,
      method: 'get',
      tag: 'seller',
      description: 'With every answer (private and held ones too), reports and their reasons.',
      query: z.object({ cursor: z.string().max(200).optional(), limit: z.coerce.number().pipe(z.int().min(1).max(100)).default(50) }),
      status: 200,
      response: SellerQuestionPage,
    },
    async (c, { query }) => {
      const db = c.get('db');
      const site = c.get('site').id;
      const after = query.cursor ? decodeCursor(c, QueueCursor, query.cursor) : undefined;
      if (after && after.queue !== queue) throw new HttpError(400, 'invalid_cursor', 'The cursor belongs to another queue.');
      const { rows, total } = await sellerQueuePage(db, site, queue, after?.s, query.limit + 1);
      const page = rows.slice(0, query.limit);
      return {
        questions: await questionsForSeller(db, site, page),
        total,
        ...(rows.length > query.limit ? { next: encodeCursor(c, { queue, s: page.at(-1)!.seq_text }) } : {}),
      };
    },
  );

export const awaitingQueue = queueRoute('awaiting', {
  path: '/v1/sites/{site}/questions/awaiting',
  operationId: 'listQuestionsAwaitingShop',
  summary: 'Published questions the shop has not answered yet, oldest first',
  auth: 'member:answer',
});

export const moderationQueue = queueRoute('moderation', {
  path: '/v1/sites/{site}/questions/moderation',
  operationId: 'listQuestionsForModeration',
  summary: 'Questions held or reported, or with an answer held or reported, newest first',
  auth: 'member:moderate',
});
