import { atom, type WritableAtom } from 'nanostores';
import type { Answer, AskedQuestion, Question, QuestionSort, QuestionsApi, ReplyDraft } from '../core/adapter.js';
import { $consent, $settings, readyAdapter } from '../core/config.js';
import { type ScError, toScError } from '../core/errors.js';
import { createOnce } from '../core/idempotency-keys.js';
import { onChange } from '../core/live.js';
import { storage } from '../core/storage.js';
import { sectionOf } from '../adapters/sections.js';

/** A product's questions as `<sc-questions>` shows them: the pages loaded so far. */
export interface QuestionList {
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly questions: readonly Question[];
  readonly total: number;
  readonly next?: string;
  readonly sort: QuestionSort;
  readonly search: string;
  /** This visitor's own questions about the product. */
  readonly asked: readonly AskedQuestion[];
  readonly loadingMore: boolean;
  readonly error?: ScError;
}

/** Questions a page asks for at a time. */
export const QUESTIONS_PAGE = 5;

const api = async (): Promise<QuestionsApi> => sectionOf(await readyAdapter(), 'questions');

const EMPTY: QuestionList = { status: 'idle', questions: [], total: 0, sort: 'newest', search: '', asked: [], loadingMore: false };
const lists = new Map<string, WritableAtom<QuestionList>>();
const latest = new Map<string, number>();

export function questionList(productId: string): WritableAtom<QuestionList> {
  let store = lists.get(productId);
  if (!store) lists.set(productId, (store = atom<QuestionList>(EMPTY)));
  return store;
}

/** Loads the first page (again, with a new sort or search), or the next with `more`; the last load started wins. */
export async function loadQuestions(productId: string, options: { sort?: QuestionSort; search?: string; more?: boolean } = {}): Promise<void> {
  const store = questionList(productId);
  const current = store.get();
  const sort = options.sort ?? current.sort;
  const search = options.search ?? current.search;
  if (options.more && !current.next) return;
  store.set(options.more ? { ...current, loadingMore: true } : { ...current, status: 'loading', sort, search, error: undefined });
  const load = (latest.get(productId) ?? 0) + 1;
  latest.set(productId, load);
  try {
    const page = await (await api()).list(productId, { sort, limit: QUESTIONS_PAGE, ...(search && { search }), ...(options.more && { cursor: current.next }) });
    if (latest.get(productId) !== load) return;
    const questions = options.more ? [...current.questions, ...page.questions] : page.questions;
    store.set({ status: 'ready', questions, total: page.total, next: page.next, sort, search, asked: page.asked, loadingMore: false });
  } catch (failure) {
    if (latest.get(productId) !== load) return;
    store.set({ ...store.get(), status: options.more ? 'ready' : 'error', loadingMore: false, error: toScError(failure) });
  }
}

/** Replaces one question of a product's list (a vote, an answer, a live change). */
function patch(productId: string, questionId: string, change: (question: Question) => Question): void {
  const store = lists.get(productId);
  if (!store || store.get().status !== 'ready') return;
  const current = store.get();
  store.set({ ...current, questions: current.questions.map((question) => (question.id === questionId ? change(question) : question)) });
}

const addAnswer = (question: Question, answer: Answer): Question =>
  question.answers.some((known) => known.id === answer.id)
    ? question
    : { ...question, answers: [...question.answers, answer], answerCount: question.answerCount + (answer.private ? 0 : 1) };

/** Asks a question, once however often the same draft is sent; it shows first in the product's list, and in `asked`. */
export async function askQuestion(productId: string, draft: ReplyDraft): Promise<Question> {
  try {
    const questions = await api();
    const question = await createOnce(`question ${productId}`, draft, (key) => questions.ask(productId, draft, key));
    const store = questionList(productId);
    const current = store.get();
    const asked: AskedQuestion = { id: question.id, productId, text: question.text, status: question.status, answered: false, createdAt: question.createdAt };
    if (current.status === 'ready') store.set({ ...current, questions: [question, ...current.questions], total: current.total + 1, asked: [asked, ...current.asked] });
    return question;
  } catch (failure) {
    throw toScError(failure);
  }
}

/** Answers a question as a customer or guest, once however often sent. */
export async function answerQuestion(question: Question, draft: ReplyDraft): Promise<Answer> {
  try {
    const questions = await api();
    const answer = await createOnce(`answer ${question.id}`, draft, (key) => questions.answer(question.id, draft, key));
    patch(question.productId, question.id, (shown) => addAnswer(shown, answer));
    return answer;
  } catch (failure) {
    throw toScError(failure);
  }
}

/** Sets this visitor's helpful vote at once, and takes it back if the backend refuses. */
export async function voteAnswer(question: Question, answerId: string, helpful: boolean): Promise<void> {
  const set = (voted: boolean, count: (answer: Answer) => number) =>
    patch(question.productId, question.id, (shown) => ({ ...shown, answers: shown.answers.map((answer) => (answer.id === answerId ? { ...answer, voted, helpful: count(answer) } : answer)) }));
  set(helpful, (answer) => answer.helpful + (helpful ? 1 : -1));
  try {
    const state = await (await api()).vote(answerId, helpful);
    set(state.voted, () => state.helpful);
  } catch (failure) {
    set(!helpful, (answer) => answer.helpful + (helpful ? -1 : 1));
    throw toScError(failure);
  }
}

/** Reports a question or an answer to the shop. */
export async function reportToShop(subject: 'question' | 'answer', id: string, reason: string): Promise<void> {
  try {
    const questions = await api();
    await createOnce(`report ${id}`, reason, (key) => questions.report(subject, id, reason, key));
  } catch (failure) {
    throw toScError(failure);
  }
}

const seenKey = () => `sc-widgets:${$settings.get().site}:answered-seen`;
const seen = (): string[] => {
  try {
    return JSON.parse(storage().getItem(seenKey()) ?? '[]');
  } catch {
    return [];
  }
};

/** This visitor's questions answered since they were last told (told once per browser, with consent; without, on each visit). */
export const unannounced = (asked: readonly AskedQuestion[]): AskedQuestion[] => {
  const told = new Set(seen());
  return asked.filter((question) => question.answered && !told.has(question.id));
};

/** Remembers that the visitor was told of these answered questions. */
export function announced(questions: readonly AskedQuestion[]): void {
  if (!$consent.get() || !questions.length) return;
  try {
    storage().setItem(seenKey(), JSON.stringify([...new Set([...seen(), ...questions.map((question) => question.id)])].slice(-200)));
  } catch {
    // Storage full: told again next visit.
  }
}

// Live: a new public answer and the counts, from another window or the shop.
onChange((change) => {
  if (change.kind !== 'question') return;
  // A private answer's text never goes out on the stream: the asker's own list reads it.
  const mine = lists.get(change.productId)?.get().questions.find((question) => question.id === change.questionId)?.mine;
  if (mine && change.answeredPrivately && !change.answer) return void loadQuestions(change.productId);
  patch(change.productId, change.questionId, (question) => ({
    ...(change.answer ? addAnswer(question, change.answer) : question),
    answerCount: change.answerCount,
    answeredPrivately: change.answeredPrivately,
  }));
});

// Another backend, site or customer: lists on screen load again, others are forgotten.
let previous = $settings.get();
$settings.listen((settings) => {
  const stale = (['adapter', 'site', 'userToken'] as const).some((key) => settings[key] !== previous[key]);
  previous = settings;
  if (!stale) return;
  lists.forEach((store, productId) => {
    if (store.get().status === 'idle') return;
    if (store.lc) void loadQuestions(productId);
    else store.set(EMPTY);
  });
});
