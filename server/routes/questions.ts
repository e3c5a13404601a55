import { z } from 'zod';
import { recordActivity } from '../data/activity.js';
import { questionCursorAfter, questionPage } from '../data/question-pages.js';
import { askedBy, insertQuestion, publishQuestion, questionsToday, withAnswers } from '../data/questions.js';
import { actorOf, requireActor } from '../http/actor.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import { endpoint } from '../http/endpoint.js';
import { shopper } from '../http/shopper.js';
import { HttpError } from '../http/errors.js';
import { newId } from '../ids.js';
import { ProductId } from '../schemas/common.js';
import { AskedQuestion, Question, QuestionCursor, QuestionDraft, QuestionPage, QuestionSort } from '../schemas/questions.js';
import { enqueueWebhookEvent } from '../webhooks/enqueue.js';

/** Questions one visitor or customer may ask a day: each is kept for good and waits for the shop. */
export const QUESTIONS_PER_DAY = 20;
/** The asker's own questions a product's page carries for the answered badge. */
const ASKED_SHOWN = 20;

export const listQuestions = endpoint(
  {
    method: 'get',
    path: '/v1/sites/{site}/products/{productId}/questions',
    operationId: 'listQuestions',
    tag: 'questions',
    summary: 'Published questions about a product with their answers, a page at a time',
    description: 'With a visitor or user token, private answers to this visitor\'s own questions are included, and `asked` lists their questions about the product with whether each was answered.',
    auth: 'public',
    params: z.object({ productId: ProductId }),
    query: z.object({
      sort: QuestionSort.default('newest'),
      q: z.string().trim().min(1).max(100).optional().describe('Only questions whose text, or a public answer\'s, contains this.'),
      cursor: z.string().max(200).optional().describe('`next` of the previous page.'),
      limit: z.coerce.number().pipe(z.int().min(1).max(50)).default(10),
    }),
    status: 200,
    response: QuestionPage,
  },
  async (c, { params, query }) => {
    const db = c.get('db');
    const site = c.get('site').id;
    const actor = actorOf(c);
    const after = query.cursor ? decodeCursor(c, QuestionCursor, query.cursor) : undefined;
    if (after && after.sort !== query.sort) throw new HttpError(400, 'invalid_cursor', 'The cursor belongs to another sort order.');
    const { rows, total } = await questionPage(db, site, params.productId, { sort: query.sort, search: query.q, after, limit: query.limit + 1 });
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      questions: await withAnswers(db, site, page, actor),
      total,
      asked: actor ? await askedBy(db, site, actor, params.productId, ASKED_SHOWN) : [],
      ...(rows.length > query.limit && last ? { next: encodeCursor(c, questionCursorAfter(query.sort, last)) } : {}),
    };
  },
);

export const askQuestion = endpoint(
  {
    method: 'post',
    path: '/v1/sites/{site}/products/{productId}/questions',
    operationId: 'askQuestion',
    tag: 'questions',
    summary: 'Ask a question about a product, and follow it',
    description: `A signed-in customer (X-User-Token) asks under their name; a guest must give \`author\`. The asker (the customer, else the visitor) follows the question: its private answers and "what I asked" are theirs. On a site that moderates reviews the question waits as \`pending\`. Webhooks that take \`question.asked\` get it. At most ${QUESTIONS_PER_DAY} questions per visitor a day.`,
    auth: 'visitor',
    params: z.object({ productId: ProductId }),
    body: QuestionDraft,
    status: 201,
    response: Question,
    errors: [429],
    idempotent: 'optional',
  },
  async (c, { params, body }) => {
    const author = c.get('user')?.name ?? body.author;
    if (!author) throw new HttpError(400, 'author_required', 'A guest question needs an author name.');
    const { id: site, moderateReviews } = c.get('site');
    const actor = requireActor(c);
    return c.get('db').transaction(async (tx) => {
      if ((await questionsToday(tx, site, actor)) >= QUESTIONS_PER_DAY) throw new HttpError(429, 'too_many_questions', `At most ${QUESTIONS_PER_DAY} questions a day.`, 3600);
      const row = await insertQuestion(tx, site, { ...body, id: newId('qn'), productId: params.productId, actor, author, held: moderateReviews });
      await publishQuestion(tx, site, row);
      // The question as anyone reads it: `mine` is the asker's alone.
      await enqueueWebhookEvent(tx, site, 'question.asked', (await withAnswers(tx, site, [row], undefined))[0]!);
      const question = (await withAnswers(tx, site, [row], actor))[0]!;
      await recordActivity(tx, site, { kind: 'question', productId: params.productId, ...shopper(c, body.locale) });
      return question;
    });
  },
);

export const listMyQuestions = endpoint(
  {
    method: 'get',
    path: '/v1/sites/{site}/questions/mine',
    operationId: 'listMyQuestions',
    tag: 'questions',
    summary: 'What I asked: this visitor\'s or customer\'s questions, newest first, with whether each was answered',
    auth: 'visitor',
    query: z.object({ limit: z.coerce.number().pipe(z.int().min(1).max(100)).default(50) }),
    status: 200,
    response: z.object({ questions: z.array(AskedQuestion) }),
  },
  async (c, { query }) => ({ questions: await askedBy(c.get('db'), c.get('site').id, requireActor(c), undefined, query.limit) }),
);
