import { appendActivity, type StoredActivity } from '../../server/data/activity.js';
import type { Db } from '../../server/db/db.js';
import { generateActivity } from '../../server/generated-activity.js';

/** The insights' budget case: this many events over the longest range an aggregate covers. */
export const ACTIVITY_EVENTS = 1_000_000;
/** Within the retention of 400 days, so the hourly job keeps every event. */
const DAYS = 399;
const PRODUCTS = 200;
const POLL = { id: 'bench-poll', options: ['a', 'b', 'c', 'd'] };
/** Events a statement inserts. */
const BATCH = 20_000;

/**
 * Fills the site with ACTIVITY_EVENTS generated events over the 399 days up to yesterday:
 * 200 products, 60,000 visitors, a poll, through the same rollup trigger as every write.
 * Resolves to the seconds it took.
 */
export async function seedActivity(db: Db, site: string): Promise<number> {
  const started = performance.now();
  await db.query(`INSERT INTO polls (site_id, id, question, options) VALUES ($1, $2, 'Which one?', $3) ON CONFLICT DO NOTHING`, [
    site,
    POLL.id,
    JSON.stringify(POLL.options.map((id) => ({ id, label: id.toUpperCase() }))),
  ]);
  const products = Array.from({ length: PRODUCTS }, (_, index) => ({ id: `sku-${index}`, price: 1000 + 10 * index }));
  const plan = { days: DAYS, visitsPerDay: 2100, visitors: 60_000, seed: 400, products, poll: POLL };
  // The plan makes a few more than needed: the oldest are left out, so the last days are all there.
  let surplus = -ACTIVITY_EVENTS;
  for (const day of generateActivity(plan)) surplus += day.length;
  if (surplus < 0) throw new Error(`the plan makes ${ACTIVITY_EVENTS + surplus} events, not ${ACTIVITY_EVENTS}: raise visitsPerDay`);
  let batch: StoredActivity[] = [];
  let analyzed = false;
  for (const day of generateActivity(plan)) {
    const skipped = Math.min(surplus, day.length);
    surplus -= skipped;
    batch.push(...day.slice(skipped));
    if (batch.length >= BATCH) {
      await appendActivity(db, site, batch);
      // As the hourly job would on a growing shop: planned on an empty table's statistics (those
      // the server gathered at start), the rollup's look-up of a visitor's previous day scans
      // the day index instead of the key, and a million events take half an hour.
      if (!analyzed) await db.exec('ANALYZE activity_visitor_days');
      analyzed = true;
      batch = [];
    }
  }
  if (batch.length) await appendActivity(db, site, batch);
  return Math.round((performance.now() - started) / 100) / 10;
}
