import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Db, Sql } from './db.js';
import { lockDir } from './dir-lock.js';

function wrap(target: PGlite | Transaction): Sql {
  return {
    query: async <T>(text: string, params: readonly unknown[] = []) => (await target.query<T>(text, [...params])).rows,
    exec: async (text) => void (await target.exec(text)),
  };
}

/** Embedded PostgreSQL. `dataDir` undefined keeps everything in memory (tests). */
export async function openPglite(dataDir?: string): Promise<Db> {
  const unlock = dataDir ? await lockDir(dataDir) : async () => undefined;
  const pg = await PGlite.create(dataDir).catch(async (error: unknown) => {
    await unlock();
    throw error;
  });
  return {
    ...wrap(pg),
    // PGlite has one connection and queues other queries while a transaction runs.
    transaction: (work) => pg.transaction((tx) => work(wrap(tx))),
    listen: (channel, onPayload) => pg.listen(channel, onPayload),
    close: async () => {
      await pg.close();
      await unlock();
    },
  };
}
