import type { PhotoUpload, RatingSummary, Review, ReviewDraft, ReviewPage, ReviewPhoto, ReviewReply, ReviewsApi } from '../../core/adapter.js';
import type { RestAdapter } from './rest-adapter.js';

const path = (...parts: string[]) => parts.map(encodeURIComponent).join('/');

/** What the server says of a photo: the adapter adds where it loads from. */
export type WirePhoto = Omit<ReviewPhoto, 'url'>;
export type WireReview = Omit<Review, 'photos'> & { readonly photos: readonly WirePhoto[] };
export type WireReviewPage = Omit<ReviewPage, 'reviews'> & { readonly reviews: readonly WireReview[] };
/** A draft as sent: its photos uploaded first, by id. */
export type WireReviewDraft = Omit<ReviewDraft, 'photos'> & { readonly photos?: readonly string[] };

/** Reviews on the reference server (openapi.yaml, tag `reviews`). */
export function create(rest: RestAdapter): ReviewsApi {
  const located = (review: WireReview): Review => ({
    ...review,
    photos: review.photos.map((photo) => ({ ...photo, url: new URL(`review-photos/${encodeURIComponent(photo.id)}`, rest.base).href })),
  });
  // Each photo once per review key: a retry after a failed create finds the uploads it made.
  const upload = async (photo: PhotoUpload, key: string) =>
    (await rest.request<WirePhoto>('review-photos', { method: 'post', body: photo.blob, headers: { 'Idempotency-Key': key, 'Content-Type': photo.blob.type } }, true)).id;
  return {
    summaries: async (ids) =>
      (await rest.request<{ ratings: Record<string, RatingSummary> }>('ratings', { searchParams: ids.map((id) => ['ids', id]) }))
        .ratings,
    list: async (productId, { sort, stars, withPhotos, cursor, limit }) => {
      const page = await rest.request<WireReviewPage>(`${path('products', productId)}/reviews`, {
        searchParams: { sort, limit, ...(stars && { stars }), ...(withPhotos && { withPhotos }), ...(cursor && { cursor }) },
      });
      return { ...page, reviews: page.reviews.map(located) };
    },
    create: async (productId, { photos = [], ...draft }, key) => {
      const ids = await Promise.all(photos.map((photo, index) => upload(photo, `${key}.photo${index}`)));
      const sent: WireReviewDraft = { ...draft, ...(ids.length && { photos: ids }) };
      return located(await rest.create<WireReview>(`${path('products', productId)}/reviews`, sent, key));
    },
    reply: (reviewId, draft, key) => rest.create<ReviewReply>(`${path('reviews', reviewId)}/replies`, draft, key),
    vote: (reviewId, helpful) =>
      rest.request<Pick<Review, 'helpful' | 'voted'>>(`${path('reviews', reviewId)}/helpful`, { method: helpful ? 'put' : 'delete' }, true),
    report: async (reviewId, reason, key) => {
      await rest.create<unknown>(`${path('reviews', reviewId)}/reports`, { reason }, key);
    },
  };
}
