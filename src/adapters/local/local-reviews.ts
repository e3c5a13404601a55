import type { RatingSummary, Review, ReviewReply, ReviewsApi, ReviewSort, Stars } from '../../core/adapter.js';
import { RefusedError } from '../../core/errors.js';
import { storage as guardedStorage, type KeptStorage } from '../../core/storage.js';
import { once } from './local-once.js';

/** A review as this browser keeps it: the public fields, plus whether this browser reported it. */
interface StoredReview extends Review {
  readonly reported?: boolean;
}

const order: Record<ReviewSort, (a: Review, b: Review) => number> = {
  newest: (a, b) => b.createdAt.localeCompare(a.createdAt),
  helpful: (a, b) => b.helpful - a.helpful || order.newest(a, b),
  highest: (a, b) => b.rating - a.rating || order.newest(a, b),
  lowest: (a, b) => a.rating - b.rating || order.newest(a, b),
};

const newId = () => crypto.randomUUID();
const now = () => new Date().toISOString();
const published = ({ reported, ...review }: StoredReview): Review => review;

/**
 * Reviews kept in this browser: a seller's demo with no server. Counts, votes and
 * reports are this browser's own; a reported review is hidden from this browser.
 */
export function localReviews(site: string, storage: KeptStorage = guardedStorage()): ReviewsApi {
  const key = `sc-widgets:${site}:reviews`;
  const all = (): StoredReview[] => JSON.parse(storage.getItem(key) ?? '[]');
  const save = (reviews: StoredReview[]) => storage.setItem(key, JSON.stringify(reviews));
  const visible = (productId: string) => all().filter((review) => review.productId === productId && !review.reported);

  /** Applies `change` to one review and saves; refuses an unknown id as the server would. */
  function update(reviewId: string, change: (review: StoredReview) => StoredReview): StoredReview {
    const reviews = all();
    const index = reviews.findIndex((review) => review.id === reviewId);
    if (index < 0) throw new RefusedError('No such review', 404, 'not_found');
    reviews[index] = change(reviews[index]);
    save(reviews);
    return reviews[index];
  }

  const summary = (productId: string): RatingSummary => {
    const reviews = visible(productId);
    const histogram: [number, number, number, number, number] = [0, 0, 0, 0, 0];
    reviews.forEach((review) => histogram[review.rating - 1]++);
    const total = reviews.reduce((sum, review) => sum + review.rating, 0);
    return { average: reviews.length ? total / reviews.length : 0, count: reviews.length, histogram };
  };

  return {
    summaries: async (ids) => Object.fromEntries(ids.map((id) => [id, summary(id)])),
    async list(productId, { sort, stars, withPhotos, cursor, limit }) {
      // Newest first before sorting: ties (the same millisecond) keep that order, sort being stable.
      const matching = visible(productId)
        .reverse()
        .filter((review) => (!stars || review.rating === stars) && (!withPhotos || review.photos?.length))
        .sort(order[sort]);
      const start = Number(cursor ?? 0);
      const end = start + limit;
      return {
        reviews: matching.slice(start, end).map(published),
        total: matching.length,
        ...(end < matching.length && { next: String(end) }),
      };
    },
    create: (productId, draft, idempotencyKey) => once(storage, site, idempotencyKey, async () => {
      if (!draft.author?.trim()) throw new RefusedError('A guest review needs an author name.', 400, 'author_required');
      // Loaded only for a review with photos: their resizing draws on a canvas.
      const photos = draft.photos?.length ? await (await import('./local-photos.js')).keptPhotos(draft.photos) : [];
      const review: StoredReview = {
        id: newId(),
        productId,
        rating: draft.rating as Stars,
        title: draft.title,
        text: draft.text,
        author: draft.author.trim(),
        verified: false,
        helpful: 0,
        voted: false,
        status: 'published',
        replies: [],
        photos,
        createdAt: now(),
        ...(draft.locale && { locale: draft.locale }),
      };
      try {
        save([...all(), review]);
      } catch {
        // The browser's storage is full: most likely of photos.
        throw new RefusedError('This browser has no room left to keep the review.', 413, 'storage_full');
      }
      return published(review);
    }),
    reply: (reviewId, draft, idempotencyKey) => once(storage, site, idempotencyKey, async () => {
      if (!draft.author?.trim()) throw new RefusedError('A guest reply needs an author name.', 400, 'author_required');
      const reply: ReviewReply = { id: newId(), author: draft.author.trim(), seller: false, text: draft.text, private: false, createdAt: now(), ...(draft.locale && { locale: draft.locale }) };
      update(reviewId, (review) => ({ ...review, replies: [...review.replies, reply] }));
      return reply;
    }),
    async vote(reviewId, helpful) {
      const { voted, helpful: count } = update(reviewId, (review) =>
        review.voted === helpful ? review : { ...review, voted: helpful, helpful: review.helpful + (helpful ? 1 : -1) },
      );
      return { helpful: count, voted };
    },
    report: (reviewId, _reason, idempotencyKey) => once(storage, site, idempotencyKey, async () => {
      update(reviewId, (review) => ({ ...review, reported: true }));
    }),
  };
}
