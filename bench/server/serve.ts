import { listen } from '../../server/listen.js';
import { seedReviews } from '../../server/seed-reviews.js';
import { saveSite } from '../../server/sites/sites.js';

/**
 * The server under test, in its own process: DATABASE_URL or DATA_DIR as for
 * `npm run server`. Abuse limits are lifted, since one load generator on one address is
 * exactly what they exist to stop. Prints `{ "url": … }` once it listens.
 */
const unlimited = { burst: 1e9, perSecond: 1e9 };
const server = await listen({
  databaseUrl: process.env.DATABASE_URL || undefined,
  dataDir: process.env.DATA_DIR,
  host: '127.0.0.1',
  port: 0,
  app: { perAddress: unlimited, perAddressReads: unlimited, perVisitor: unlimited, visitorsPerAddress: unlimited },
});
await saveSite(server.services.db, { id: 'bench', secret: 'bench-secret', allowedOrigins: [], checkoutUrl: null, moderateReviews: false });
// The review thread's budget case: one product with 10,000 reviews.
await seedReviews(server.services.db, { site: 'bench', productId: 'reviews-10k', count: 10_000 });
console.log(JSON.stringify({ url: server.url }));
process.once('SIGTERM', () => void server.close().then(() => process.exit(0)));
