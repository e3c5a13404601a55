import type { QuestionSort } from '../../core/adapter.js';
import { packed } from '../../i18n/language-pack.js';
import { plural } from '../../i18n/plural.js';

export interface QuestionsMessages {
  readonly questions: string;
  count(count: number, formatted: string): string;
  readonly ask: string;
  readonly yourQuestion: string;
  readonly yourName: string;
  readonly sendQuestion: string;
  readonly asked: string;
  readonly pending: string;
  readonly search: string;
  readonly sortBy: string;
  readonly sorts: Readonly<Record<QuestionSort, string>>;
  readonly more: string;
  readonly empty: string;
  readonly noMatch: string;
  answers(count: number, formatted: string): string;
  /** The shop's answer: the member's name and role, or the shop alone. */
  shop(name: string, role: string): string;
  readonly theShop: string;
  readonly privately: string;
  readonly privateToYou: string;
  readonly yours: string;
  readonly answeredBadge: string;
  /** Said once, on the visit after the asker's question was answered. */
  answeredNews(count: number): string;
  readonly answer: string;
  readonly yourAnswer: string;
  readonly sendAnswer: string;
  readonly cancel: string;
  readonly helpful: string;
  readonly report: string;
  /** The report form's field: why it is reported. */
  readonly reason: string;
  readonly reported: string;
  readonly failed: string;
}

export const questionsMessages = packed('questions', {
  questions: 'Questions and answers',
  count: (count, formatted) => plural('en', count, { one: `${formatted} question`, other: `${formatted} questions` }),
  ask: 'Ask a question',
  yourQuestion: 'Your question',
  yourName: 'Your name',
  sendQuestion: 'Send question',
  asked: 'Thank you. You will see here when it is answered.',
  pending: 'Awaiting approval',
  search: 'Search questions',
  sortBy: 'Sort by',
  sorts: { newest: 'Newest', helpful: 'Most helpful', unanswered: 'Unanswered' },
  more: 'Show more questions',
  empty: 'No questions yet. Be the first to ask.',
  noMatch: 'No questions match.',
  answers: (count, formatted) => plural('en', count, { one: `${formatted} answer`, other: `${formatted} answers` }),
  shop: (name, role) => `${name}, ${role}`,
  theShop: 'The shop',
  privately: 'Answered privately',
  privateToYou: 'Only you can see this answer',
  yours: 'Your question',
  answeredBadge: 'Answered',
  answeredNews: (count) => plural('en', count, { one: 'Your question was answered.', other: `${count} of your questions were answered.` }),
  answer: 'Answer',
  yourAnswer: 'Your answer',
  sendAnswer: 'Send answer',
  cancel: 'Cancel',
  helpful: 'Helpful',
  report: 'Report',
  reason: 'Why?',
  reported: 'Thank you. The shop will look at it.',
  failed: 'Something went wrong.',
});
