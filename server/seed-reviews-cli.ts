import { parseArgs } from 'node:util';
import { readConfig } from './config.js';
import { openDb } from './db/open.js';
import { seedReviews } from './seed-reviews.js';
import { readSite } from './sites/sites.js';

/**
 * `npm run seed:reviews -- <site> <productId> [--count 10000]`: adds made-up reviews of
 * one product, for the bench and the demo, on the database the server would use
 * (DATABASE_URL or DATA_DIR; stop a PGlite server first). A second run adds nothing.
 */
const { positionals, values } = parseArgs({ allowPositionals: true, options: { count: { type: 'string', default: '10000' } } });
const [site, productId] = positionals;
const count = Number(values.count);
if (!site || !productId || !Number.isInteger(count) || count < 1) {
  console.error('usage: npm run seed:reviews -- <site> <productId> [--count 10000]');
  process.exit(2);
}
const db = await openDb(readConfig(process.env, []));
try {
  if (!(await readSite(db, site))) throw new Error(`no site ${site}: create it with npm run site -- ${site}`);
  const started = performance.now();
  const added = await seedReviews(db, { site, productId, count });
  console.log(`added ${added} reviews of ${productId} on ${site} in ${Math.round(performance.now() - started)} ms`);
} finally {
  await db.close();
}
