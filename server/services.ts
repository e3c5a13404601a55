import { randomBytes } from 'node:crypto';
import type { Db } from './db/db.js';
import { ACTIVITY_RETENTION_DAYS, pruneActivity } from './data/activity.js';
import { pruneKeys } from './data/idempotency.js';
import { openDb } from './db/open.js';
import { EventHub } from './events/hub.js';
import { pruneDeliveries } from './webhooks/queue.js';

export interface Services {
  readonly db: Db;
  readonly events: EventHub;
  readonly visitorKey: string;
  close(): Promise<void>;
}

/**
 * The database (migrated), the live-event hub and the visitor-token key: what `createApp`
 * needs. Without `serverSecret` the key is generated once and kept in the database, so
 * restarts and other copies on the same database accept the tokens already issued.
 */
export async function openServices(options: { databaseUrl?: string; dataDir?: string; serverSecret?: string; activityRetentionDays?: number }): Promise<Services> {
  const db = await openDb(options);
  const visitorKey = options.serverSecret ?? (await storedKey(db));
  const events = await EventHub.start(db);
  const prune = () => Promise.all([pruneKeys(db), pruneDeliveries(db), pruneActivity(db, options.activityRetentionDays ?? ACTIVITY_RETENTION_DAYS)]);
  await prune();
  const pruning = setInterval(() => void prune().catch(() => {}), PRUNE_EVERY).unref();
  return {
    db,
    events,
    visitorKey,
    close: async () => {
      clearInterval(pruning);
      await events.stop();
      await db.close();
    },
  };
}

/** How often expired idempotency keys, old webhook deliveries and old activity are deleted: each copy does it, and a DELETE of none is cheap. */
const PRUNE_EVERY = 60 * 60 * 1000;

async function storedKey(db: Db): Promise<string> {
  await db.query("INSERT INTO settings (key, value) VALUES ('visitor_key', $1) ON CONFLICT DO NOTHING", [randomBytes(32).toString('base64url')]);
  const [row] = await db.query<{ value: string }>("SELECT value FROM settings WHERE key = 'visitor_key'");
  return row!.value;
}
