import type { RatingSummary, Review, ReviewPage, ReviewReply, ReviewsApi } from '../../core/adapter.js';
import type { RestAdapter } from './rest-adapter.js';

const path = (...parts: string[]) => parts.map(encodeURIComponent).join('/');

/** Reviews on the reference server (openapi.yaml, tag `reviews`). */
export function create(rest: RestAdapter): ReviewsApi {
  return {
    summaries: async (ids) =>
      (await rest.request<{ ratings: Record<string, RatingSummary> }>('ratings', { searchParams: ids.map((id) => ['ids', id]) }))
        .ratings,
    list: (productId, { sort, stars, cursor, limit }) =>
      rest.request<ReviewPage>(`${path('products', productId)}/reviews`, {
        searchParams: { sort, limit, ...(stars && { stars }), ...(cursor && { cursor }) },
      }),
    create: (productId, draft, key) => rest.create<Review>(`${path('products', productId)}/reviews`, draft, key),
    reply: (reviewId, draft, key) => rest.create<ReviewReply>(`${path('reviews', reviewId)}/replies`, draft, key),
    vote: (reviewId, helpful) =>
      rest.request<Pick<Review, 'helpful' | 'voted'>>(`${path('reviews', reviewId)}/helpful`, { method: helpful ? 'put' : 'delete' }, true),
    report: async (reviewId, reason, key) => {
      await rest.create<unknown>(`${path('reviews', reviewId)}/reports`, { reason }, key);
    },
  };
}
