import { z } from 'zod';
import type { Db } from './db/db.js';
import { pendingMigrations } from './db/migrate.js';
import { loggable } from './http/errors.js';
import type { Log } from './log.js';

/** Where load balancers, orchestrators and `.ci/run` ask whether this copy can serve. */
export const HEALTH_PATH = '/health';

export const Health = z
  .object({
    status: z.enum(['ok', 'unavailable']).describe('`ok` (200): the database answers and has every migration this server has; else `unavailable` (503).'),
    database: z.enum(['reachable', 'unreachable']),
    pendingMigrations: z.array(z.string()).optional().describe('Migrations this server has that the database has not recorded; absent when the database is unreachable.'),
  })
  .meta({ id: 'Health' });

export type Health = z.input<typeof Health>;

/** One query: the database answers, and with every migration this copy's code expects. */
export async function checkHealth(db: Db, log: Log): Promise<Health> {
  try {
    const pending = await pendingMigrations(db);
    return { status: pending.length ? 'unavailable' : 'ok', database: 'reachable', pendingMigrations: pending };
  } catch (error) {
    log.warn({ error: loggable(error as Error) }, 'health: the database did not answer');
    return { status: 'unavailable', database: 'unreachable' };
  }
}
