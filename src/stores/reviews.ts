import { atom, type WritableAtom } from 'nanostores';
import type { Review, ReviewDraft, ReviewReply, ReviewSort, ReplyDraft, ReviewsApi } from '../core/adapter.js';
import { $settings, readyAdapter } from '../core/config.js';
import { type ScError, toScError } from '../core/errors.js';
import { createOnce } from '../core/idempotency-keys.js';
import { sectionOf } from '../adapters/sections.js';
import { pageVotes } from './page-votes.js';
import { photoFilter, starFilter } from './ratings.js';

/** A product's reviews as a thread shows them: the pages loaded so far. */
export interface Thread {
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly reviews: readonly Review[];
  readonly total: number;
  /** Cursor of the next page; absent on the last. */
  readonly next?: string;
  readonly sort: ReviewSort;
  /** A further page is loading. */
  readonly loadingMore: boolean;
  readonly error?: ScError;
}

/** Reviews a page asks for at a time. */
export const PAGE_SIZE = 10;

const reviewsApi = async (): Promise<ReviewsApi> => sectionOf(await readyAdapter(), 'reviews');

/** One store per review: its helpful count and this visitor's vote, optimistic through the outbox. */
const helpfulVotes = pageVotes('vote', async (adapter, reviewId, voted) => {
  const state = await (await sectionOf(adapter, 'reviews')).vote(reviewId, voted);
  return { count: state.helpful, voted: state.voted };
});
export const votes = helpfulVotes.family;

const EMPTY: Thread = { status: 'idle', reviews: [], total: 0, sort: 'newest', loadingMore: false };
const threads = new Map<string, WritableAtom<Thread>>();
/** The latest load of each product's thread: an answer to an older one is dropped. */
const latest = new Map<string, number>();

/** The thread store of one product; it loads nothing until `loadThread()`. */
export function thread(productId: string): WritableAtom<Thread> {
  let store = threads.get(productId);
  if (!store) {
    store = atom<Thread>(EMPTY);
    threads.set(productId, store);
    // A summary's bar, or the photos toggle, filters the thread: start again from the first page.
    for (const filter of [starFilter(productId), photoFilter(productId)]) filter.listen(() => store!.get().status !== 'idle' && void loadThread(productId));
  }
  return store;
}

/**
 * Loads the first page (again, with `sort` when given), or the next page with `more`.
 * Pages are fetched as the reader asks, so 10,000 reviews cost one page at a time.
 */
export async function loadThread(productId: string, options: { sort?: ReviewSort; more?: boolean } = {}): Promise<void> {
  const store = thread(productId);
  const current = store.get();
  const sort = options.sort ?? current.sort;
  if (options.more && !current.next) return;
  store.set(options.more ? { ...current, loadingMore: true } : { ...current, status: 'loading', sort, error: undefined });
  const load = (latest.get(productId) ?? 0) + 1;
  latest.set(productId, load);
  try {
    const page = await (await reviewsApi()).list(productId, {
      sort,
      stars: starFilter(productId).get(),
      withPhotos: photoFilter(productId).get(),
      limit: PAGE_SIZE,
      ...(options.more && { cursor: current.next }),
    });
    // A newer load (another sort or filter) may have started meanwhile: the last one wins.
    if (latest.get(productId) !== load) return;
    page.reviews.forEach(({ id, helpful, voted }) => helpfulVotes.remember(id, helpful, voted));
    const reviews = options.more ? [...current.reviews, ...page.reviews] : page.reviews;
    store.set({ status: 'ready', reviews, total: page.total, next: page.next, sort, loadingMore: false });
  } catch (failure) {
    if (latest.get(productId) !== load) return;
    const error = toScError(failure);
    // A failed further page keeps what is shown; a failed first page shows the failure.
    store.set({ ...store.get(), status: options.more ? 'ready' : 'error', loadingMore: false, error });
  }
}

/** Adds `review` to its product's thread, first, as the reader's own review. */
function show(review: Review): void {
  const store = threads.get(review.productId);
  if (!store || store.get().status !== 'ready') return;
  const current = store.get();
  helpfulVotes.remember(review.id, review.helpful, review.voted);
  store.set({ ...current, reviews: [review, ...current.reviews], total: current.total + (review.status === 'published' ? 1 : 0) });
}

/**
 * Writes a review. Resolves with it (`status: 'pending'` when the site moderates first)
 * and shows it in the product's thread; rejects with an ScError, the draft untouched.
 * Sending the same draft again (after a failure, after a reload) writes it once.
 */
export async function submitReview(productId: string, draft: ReviewDraft): Promise<Review> {
  try {
    const api = await reviewsApi();
    const review = await createOnce(`review ${productId}`, draft, (key) => api.create(productId, draft, key));
    show(review);
    return review;
  } catch (failure) {
    throw toScError(failure);
  }
}

/** Answers a review, once however often the same reply is sent; the reply shows in every thread that holds it. */
export async function replyTo(review: Review, draft: ReplyDraft): Promise<ReviewReply> {
  try {
    const api = await reviewsApi();
    const reply = await createOnce(`reply ${review.id}`, draft, (key) => api.reply(review.id, draft, key));
    const store = threads.get(review.productId);
    if (store) {
      const current = store.get();
      store.set({
        ...current,
        reviews: current.reviews.map((item) => (item.id === review.id ? { ...item, replies: [...item.replies, reply] } : item)),
      });
    }
    return reply;
  } catch (failure) {
    throw toScError(failure);
  }
}

/** Reports a review to the seller. */
export async function report(reviewId: string, reason: string): Promise<void> {
  try {
    const api = await reviewsApi();
    await createOnce(`report ${reviewId}`, reason, (key) => api.report(reviewId, reason, key));
  } catch (failure) {
    throw toScError(failure);
  }
}

// Another backend, site or customer: threads on screen (subscribed) start again; others
// forget what they held and load when they are shown again. Another locale changes
// nothing. (The same test as the store families'; a shared helper in the core would cost
// the like button bytes its budget does not have.)
let previous = $settings.get();
$settings.listen((settings) => {
  const stale = (['adapter', 'site', 'userToken'] as const).some((key) => settings[key] !== previous[key]);
  previous = settings;
  if (!stale) return;
  threads.forEach((store, productId) => {
    if (store.get().status === 'idle') return;
    if (store.lc) void loadThread(productId);
    else store.set(EMPTY);
  });
});
