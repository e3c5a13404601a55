import pg from 'pg';
import type { Db, Sql } from './db.js';

function wrap(target: pg.Pool | pg.PoolClient): Sql {
  return {
    query: async <T>(text: string, params: readonly unknown[] = []) =>
      (await target.query(text, [...params])).rows as T[],
    exec: async (text) => void (await target.query(text)),
  };
}

/** PostgreSQL through a connection pool; LISTEN holds one extra connection of its own. */
export async function openPostgres(connectionString: string, poolSize = 10): Promise<Db> {
  const pool = new pg.Pool({ connectionString, max: poolSize });
  // An idle connection that PostgreSQL closes (a restart, a failover, an administrator)
  // leaves the pool, and the next query opens another. Unheard, the error would end the process.
  pool.on('error', () => undefined);
  await pool.query('SELECT 1'); // fail at start, not on the first request
  const listeners = new Set<pg.Client>();
  return {
    ...wrap(pool),
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    listen: async (channel, onPayload) => {
      let client: pg.Client | undefined;
      let stopped = false;
      // A dropped LISTEN connection would silently stop live updates: reconnect.
      const connect = async (): Promise<void> => {
        const next = new pg.Client({ connectionString });
        next.on('notification', (message) => message.channel === channel && onPayload(message.payload ?? ''));
        next.on('error', () => {
          listeners.delete(next);
          next.end().catch(() => undefined);
          if (!stopped) setTimeout(() => void connect().catch(() => undefined), 1000);
        });
        await next.connect();
        await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
        client = next;
        listeners.add(next);
      };
      await connect();
      return async () => {
        stopped = true;
        if (client) listeners.delete(client);
        await client?.end();
      };
    },
    close: async () => {
      await Promise.all([...listeners].map((client) => client.end()));
      await pool.end();
    },
  };
}
