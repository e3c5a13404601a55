import type { Answer, Question, QuestionSort, QuestionsApi } from '../../core/adapter.js';
import { RefusedError } from '../../core/errors.js';
import { storage as guardedStorage, type KeptStorage } from '../../core/storage.js';
import { once } from './local-once.js';

/** A question as this browser keeps it: every one was asked here, so every one is this visitor's. */
interface StoredQuestion extends Question {
  readonly reported?: boolean;
}

const order: Record<QuestionSort, (a: Question, b: Question) => number> = {
  newest: (a, b) => b.createdAt.localeCompare(a.createdAt),
  helpful: (a, b) => helpfulness(b) - helpfulness(a) || order.newest(a, b),
  unanswered: (a, b) => order.newest(a, b),
};
const helpfulness = (question: Question) => question.answers.reduce((sum, answer) => sum + answer.helpful, 0);

const newId = () => crypto.randomUUID();
const now = () => new Date().toISOString();
const named = (author: string | undefined, what: string) => {
  if (!author?.trim()) throw new RefusedError(`A guest ${what} needs an author name.`, 400, 'author_required');
  return author.trim();
};

/**
 * Questions kept in this browser: a seller's demo with no server, and so no shop to answer
 * (nor private answers). Votes and reports are this browser's own; a reported question or
 * answer is hidden from this browser.
 */
export function localQuestions(site: string, storage: KeptStorage = guardedStorage()): QuestionsApi {
  const key = `sc-widgets:${site}:questions`;
  const all = (): StoredQuestion[] => JSON.parse(storage.getItem(key) ?? '[]');
  const save = (questions: StoredQuestion[]) => storage.setItem(key, JSON.stringify(questions));

  /** Applies `change` to the question holding `id` (its own or an answer's) and saves; refuses an unknown id as the server would. */
  function update(id: string, change: (question: StoredQuestion) => StoredQuestion): StoredQuestion {
    const questions = all();
    const index = questions.findIndex((question) => question.id === id || question.answers.some((answer) => answer.id === id));
    if (index < 0) throw new RefusedError('No such question or answer', 404, 'not_found');
    questions[index] = change(questions[index]);
    save(questions);
    return questions[index];
  }
  const withAnswer = (question: StoredQuestion, answerId: string, change: (answer: Answer) => Answer | undefined): StoredQuestion => {
    const answers = question.answers.flatMap((answer) => (answer.id === answerId ? [change(answer)].filter((kept) => kept !== undefined) : [answer]));
    return { ...question, answers, answerCount: answers.length };
  };
  const shown = ({ reported, ...question }: StoredQuestion): Question => question;

  return {
    async list(productId, { sort, search, cursor, limit }) {
      const words = search?.toLowerCase();
      const found = (text: string) => !words || text.toLowerCase().includes(words);
      const mine = all().filter((question) => question.productId === productId);
      const matching = mine
        .reverse()
        .filter((question) => !question.reported && (sort !== 'unanswered' || !question.answers.length))
        .filter((question) => found(question.text) || question.answers.some((answer) => found(answer.text)))
        .sort(order[sort]);
      const start = Number(cursor ?? 0);
      const end = start + limit;
      return {
        questions: matching.slice(start, end).map(shown),
        total: matching.length,
        asked: mine.map((question) => ({
          id: question.id,
          productId,
          text: question.text,
          status: question.status,
          answered: question.answers.length > 0,
          ...(question.answers.length && { answeredAt: question.answers.at(-1)!.createdAt }),
          createdAt: question.createdAt,
        })),
        ...(end < matching.length && { next: String(end) }),
      };
    },
    ask: (productId, draft, idempotencyKey) => once(storage, site, idempotencyKey, async () => {
      const question: StoredQuestion = {
        id: newId(),
        productId,
        text: draft.text,
        author: named(draft.author, 'question'),
        status: 'published',
        answerCount: 0,
        answeredPrivately: false,
        mine: true,
        answers: [],
        createdAt: now(),
        ...(draft.locale && { locale: draft.locale }),
      };
      save([...all(), question]);
      return shown(question);
    }),
    answer: (questionId, draft, idempotencyKey) => once(storage, site, idempotencyKey, async () => {
      const answer: Answer = { id: newId(), text: draft.text, author: named(draft.author, 'answer'), shop: false, private: false, helpful: 0, voted: false, createdAt: now(), ...(draft.locale && { locale: draft.locale }) };
      update(questionId, (question) => ({ ...question, answers: [...question.answers, answer], answerCount: question.answers.length + 1 }));
      return answer;
    }),
    async vote(answerId, helpful) {
      const question = update(answerId, (question) =>
        withAnswer(question, answerId, (answer) => (answer.voted === helpful ? answer : { ...answer, voted: helpful, helpful: answer.helpful + (helpful ? 1 : -1) })),
      );
      const { voted, helpful: count } = question.answers.find((answer) => answer.id === answerId)!;
      return { helpful: count, voted };
    },
    report: (subject, id, _reason, idempotencyKey) => once(storage, site, idempotencyKey, async () => {
      update(id, (question) => (subject === 'question' ? { ...question, reported: true } : withAnswer(question, id, () => undefined)));
    }),
  };
}
