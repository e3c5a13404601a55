import type { Context } from 'hono';
import { z } from 'zod';
import { insertAnswer, lockAnswer, type NewAnswer, recountQuestion, setAnswerVote } from '../data/answers.js';
import { answerOf, type AnswerRow, lockQuestion, publishQuestion, type QuestionRow } from '../data/questions.js';
import type { Sql } from '../db/db.js';
import { requireActor } from '../http/actor.js';
import { endpoint } from '../http/endpoint.js';
import type { AppEnv } from '../http/env.js';
import { HttpError } from '../http/errors.js';
import { signatureOf } from '../http/signature.js';
import { newId } from '../ids.js';
import { takeAnonymousVote, votesPerAddressText } from '../limits/anonymous-votes.js';
import type { RateLimiter } from '../limits/rate-limit.js';
import { ServerId } from '../schemas/common.js';
import { Answer, AnswerDraft, ShopAnswerDraft } from '../schemas/questions.js';

export const QuestionParams = z.object({ questionId: ServerId });
export const AnswerParams = z.object({ answerId: ServerId });
export const questionPath = '/v1/sites/{site}/questions/{questionId}';
export const answerPath = '/v1/sites/{site}/answers/{answerId}';

/** Locks a question; 404 when there is none or, unless the shop asks, when the public cannot see it. */
export async function questionFor(tx: Sql, site: string, questionId: string, asShop = false): Promise<QuestionRow> {
  const question = await lockQuestion(tx, site, questionId);
  if (!question || (!asShop && question.status !== 'published')) throw new HttpError(404, 'question_not_found', 'No such published question on this site.');
  return question;
}

/** Locks an answer; 404 unless the public can see it (published, not private, on a published question) or the shop asks. */
export async function answerFor(tx: Sql, site: string, answerId: string, asShop = false): Promise<AnswerRow> {
  const answer = await lockAnswer(tx, site, answerId);
  if (!answer || (!asShop && (answer.status !== 'published' || answer.private))) throw new HttpError(404, 'answer_not_found', 'No such published answer on this site.');
  if (!asShop) await questionFor(tx, site, answer.question_id);
  return answer;
}

/** Adds an answer, recounts its question and tells live streams, in one transaction. */
function addAnswer(c: Context<AppEnv>, questionId: string, answer: Omit<NewAnswer, 'id' | 'questionId'>) {
  const site = c.get('site').id;
  return c.get('db').transaction(async (tx) => {
    await questionFor(tx, site, questionId, answer.shop);
    const row = await insertAnswer(tx, site, { ...answer, id: newId('qa'), questionId });
    await publishQuestion(tx, site, await recountQuestion(tx, site, questionId), row);
    // A new answer is published, or held for moderation: never hidden.
    return { ...answerOf(row, false), status: row.status === 'pending' ? ('pending' as const) : ('published' as const) };
  });
}

const AnswerWithStatus = Answer.extend({ status: z.enum(['published', 'pending']).describe('`pending`: waiting for the seller on a site that moderates reviews.') }).meta({ id: 'AnswerWithStatus' });

export const answerAsCustomer = endpoint(
  {
    method: 'post',
    path: `${questionPath}/answers`,
    operationId: 'answerQuestion',
    tag: 'questions',
    summary: 'Answer a published question as a customer or a guest',
    description: 'A signed-in customer (X-User-Token) answers under their name; a guest must give `author`. On a site that moderates reviews the answer waits as `pending`.',
    auth: 'visitor',
    params: QuestionParams,
    body: AnswerDraft,
    status: 201,
    response: AnswerWithStatus,
    idempotent: 'optional',
  },
  async (c, { params, body }) => {
    const author = c.get('user')?.name ?? body.author;
    if (!author) throw new HttpError(400, 'author_required', 'A guest answer needs an author name.');
    const none = { memberId: null, name: null, role: null };
    return addAnswer(c, params.questionId, { actor: requireActor(c), author, text: body.text, locale: body.locale, shop: false, private: false, signature: none, held: c.get('site').moderateReviews });
  },
);

export const answerAsShop = endpoint(
  {
    method: 'post',
    path: `${questionPath}/shop-answers`,
    operationId: 'answerQuestionAsShop',
    tag: 'seller',
    summary: 'Answer a question as the shop, publicly or privately to the asker',
    description: 'Signed with the team member\'s name and role (`by`), shown before customers\' answers. A private answer is shown to the asker alone; everyone else sees that the shop answered privately.',
    auth: 'member:answer',
    params: QuestionParams,
    body: ShopAnswerDraft,
    status: 201,
    response: AnswerWithStatus,
  },
  async (c, { params, body }) => {
    const signature = signatureOf(c);
    return addAnswer(c, params.questionId, { actor: null, author: signature.name ?? '', text: body.text, locale: body.locale, shop: true, private: body.private, signature, held: false });
  },
);

const HelpfulState = z.object({ helpful: z.int().min(0), voted: z.boolean() });
const voteSpec = { path: `${answerPath}/helpful`, tag: 'questions', auth: 'visitor', params: AnswerParams, status: 200, response: HelpfulState } as const;

function changeVote(c: Context<AppEnv>, answerId: string, voted: boolean, perAddress?: RateLimiter) {
  const site = c.get('site').id;
  return c.get('db').transaction(async (tx) => {
    const answer = await answerFor(tx, site, answerId);
    const helpful = await setAnswerVote(tx, site, answer, requireActor(c), voted);
    // Counted first, refused after: the vote rolls back with the 429.
    if (perAddress && helpful !== answer.helpful) takeAnonymousVote(c, perAddress, `answer:${answer.id}`);
    if (helpful !== answer.helpful) await recountQuestion(tx, site, answer.question_id);
    return { helpful, voted };
  });
}

/** The helpful vote; `perAddress` holds each address's allowance of new anonymous votes per answer. */
export const voteAnswerHelpful = (perAddress: RateLimiter) =>
  endpoint(
    { ...voteSpec, method: 'put', operationId: 'voteAnswerHelpful', summary: 'Mark a published answer helpful (idempotent)', description: `A signed-in customer (X-User-Token) always counts once. Without one, ${votesPerAddressText}.`, errors: [429] },
    async (c, { params }) => changeVote(c, params.answerId, true, perAddress),
  );

export const unvoteAnswerHelpful = endpoint(
  { ...voteSpec, method: 'delete', operationId: 'unvoteAnswerHelpful', summary: 'Take a helpful vote on an answer back (idempotent)' },
  async (c, { params }) => changeVote(c, params.answerId, false),
);
