import type { Answer, Question, QuestionPage, QuestionsApi } from '../../core/adapter.js';
import type { RestAdapter } from './rest-adapter.js';

const path = (...parts: string[]) => parts.map(encodeURIComponent).join('/');

/** Questions on the reference server (openapi.yaml, tag `questions`); with `live`, new answers follow. */
export function create(rest: RestAdapter): QuestionsApi {
  return {
    list: async (productId, { sort, search, cursor, limit }) => {
      const page = await rest.request<QuestionPage>(`${path('products', productId)}/questions`, {
        searchParams: { sort, limit, ...(search && { q: search }), ...(cursor && { cursor }) },
      });
      rest.follow('questions', [productId]);
      return page;
    },
    ask: (productId, draft, key) => rest.create<Question>(`${path('products', productId)}/questions`, draft, key),
    answer: (questionId, draft, key) => rest.create<Answer>(`${path('questions', questionId)}/answers`, draft, key),
    vote: (answerId, helpful) => rest.request<Pick<Answer, 'helpful' | 'voted'>>(`${path('answers', answerId)}/helpful`, { method: helpful ? 'put' : 'delete' }, true),
    report: async (subject, id, reason, key) => {
      await rest.create<unknown>(`${path(`${subject}s`, id)}/reports`, { reason }, key);
    },
  };
}
