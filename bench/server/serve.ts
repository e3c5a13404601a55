import { cursorAfter, type PageRequest, pageQuery, publishedPage } from '../../server/data/review-pages.js';
import { listen } from '../../server/listen.js';
import type { ReviewCursor, ReviewSort } from '../../server/schemas/reviews.js';
import { seedReviews } from '../../server/seed-reviews.js';
import { saveSite } from '../../server/sites/sites.js';
import { ACTIVITY_RETENTION_DAYS, pruneActivity } from '../../server/data/activity.js';
import { ACTIVITY_EVENTS, seedActivity } from './activity.js';

/**
 * The server under test, in its own process: DATABASE_URL or DATA_DIR as for
 * `npm run server`. Abuse limits are lifted, since one load generator on one address is
 * exactly what they exist to stop. Prints `{ "url", "reviews" }` once it listens: `reviews`
 * names the product with many reviews and holds, per sort, the EXPLAIN of its first and
 * tenth page's statement as this server plans them, without ANALYZE (an embedded database
 * never runs autovacuum), and `activity` the events the insights aggregate and the seconds
 * their insert took.
 */
const REVIEWS_PRODUCT = 'reviews-100k';
const REVIEW_COUNT = 100_000;
const PAGE = 10;
const SORTS = ['newest', 'helpful', 'highest', 'lowest'] as const satisfies readonly ReviewSort[];

const unlimited = { burst: 1e9, perSecond: 1e9 };
const server = await listen({
  databaseUrl: process.env.DATABASE_URL || undefined,
  dataDir: process.env.DATA_DIR,
  host: '127.0.0.1',
  port: 0,
  app: { perAddress: unlimited, perAddressReads: unlimited, perVisitor: unlimited, visitorsPerAddress: unlimited },
});
const db = server.services.db;
await saveSite(db, { id: 'bench', secret: 'bench-secret', allowedOrigins: [], checkoutUrl: null, moderateReviews: false });
// The review pages' budget case: one product with 100,000 reviews.
await seedReviews(db, { site: 'bench', productId: REVIEWS_PRODUCT, count: REVIEW_COUNT });

async function explain(page: PageRequest): Promise<string[]> {
  const { text, values } = pageQuery('bench', REVIEWS_PRODUCT, page);
  return (await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${text}`, values)).map((row) => row['QUERY PLAN']);
}

const plans: Record<string, { first: string[]; tenth: string[] }> = {};
for (const sort of SORTS) {
  let after: ReviewCursor | undefined;
  for (let page = 1; page < 10; page++) after = cursorAfter(sort, (await publishedPage(db, 'bench', REVIEWS_PRODUCT, { sort, after, limit: PAGE })).at(-1)!);
  plans[sort] = { first: await explain({ sort, limit: PAGE + 1 }), tenth: await explain({ sort, after, limit: PAGE + 1 }) };
}
// The insights' budget case: 1,000,000 events.
const activity = { events: ACTIVITY_EVENTS, seconds: await seedActivity(db, 'bench') };
// What the server's hourly job would have done since: the rollups' statistics.
await pruneActivity(db, ACTIVITY_RETENTION_DAYS);
console.log(JSON.stringify({ url: server.url, reviews: { productId: REVIEWS_PRODUCT, count: REVIEW_COUNT, plans }, activity }));
process.once('SIGTERM', () => void server.close().then(() => process.exit(0)));
