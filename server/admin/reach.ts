import { type AdminAccess, readAdminAccess } from './access-file.js';
import type { Config } from '../config.js';
import type { Db } from '../db/db.js';
import { openDb } from '../db/open.js';

/** One request to a server's /admin routes (server/admin/sites.ts). */
export interface AdminRequest {
  readonly method: 'GET' | 'PUT' | 'POST' | 'DELETE';
  /** Below /admin/, e.g. `sites/shop/members`. */
  readonly path: string;
  readonly body?: unknown;
}

/** Says why and exits: a CLI's way out. */
export function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

/**
 * Makes an operator's change (`npm run site`, `npm run member`) where it can be made, first that applies:
 * - `serverUrl` (`--server URL` or SC_SERVER_URL): that server's admin route, with ADMIN_KEY;
 * - a server running on PGlite in DATA_DIR with admin routes on (`npm start` turns them
 *   on) left DATA_DIR/admin.json: through that server, which sees the change at once;
 * - otherwise the database itself (DATABASE_URL or DATA_DIR): PostgreSQL takes it while
 *   servers run (they see it within 5 s); PGlite only while no server holds DATA_DIR.
 * The admin route answers what `inDatabase` resolves to.
 */
export async function reach<T>(config: Config, serverUrl: string | undefined, request: AdminRequest, inDatabase: (db: Db) => Promise<T>): Promise<T> {
  if (serverUrl) {
    const key = process.env.ADMIN_KEY || (config.databaseUrl ? undefined : (await readAdminAccess(config.dataDir))?.key);
    if (!key) fail(`--server ${serverUrl} needs the server's ADMIN_KEY in the environment`, 2);
    return callAdmin<T>({ url: serverUrl, key }, request).catch((error: Error) => fail(`${serverUrl}: ${error.message}`));
  }
  return (await throughRunningServer<T>(config, request)) ?? (await openAnd(config, inDatabase));
}

/** Through the server holding DATA_DIR, if one left its address there; undefined when it is no longer there. */
async function throughRunningServer<T>(config: Config, request: AdminRequest): Promise<T | undefined> {
  const access = config.databaseUrl ? undefined : await readAdminAccess(config.dataDir);
  if (!access) return undefined;
  try {
    return await callAdmin<T>(access, request);
  } catch (error) {
    if ((error as Error).name === 'Refused') fail(`${access.url}: ${(error as Error).message}`);
    return undefined; // it stopped without removing the file: the database is free
  }
}

async function callAdmin<T>(access: AdminAccess, request: AdminRequest): Promise<T> {
  const response = await fetch(new URL(`admin/${request.path}`, access.url.replace(/\/?$/, '/')), {
    method: request.method,
    headers: { Authorization: `Bearer ${access.key}`, ...(request.body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    body: request.body === undefined ? undefined : JSON.stringify(request.body),
  });
  const body = (await response.json().catch(() => ({}))) as T & { error?: { message: string } };
  if (response.ok) return body;
  throw Object.assign(new Error(body.error?.message ?? `answered ${response.status}`), { name: 'Refused' });
}

async function openAnd<T>(config: Config, inDatabase: (db: Db) => Promise<T>): Promise<T> {
  const db = await openDb(config).catch((error: Error) =>
    fail(
      config.databaseUrl
        ? error.message
        : `${error.message}\nA server on PGlite holds DATA_DIR alone. Start it with ADMIN_KEY set (npm start does) and run this again: it goes through the server (if it is just starting, wait until it listens). Or pass --server URL with ADMIN_KEY, or stop the server first. On PostgreSQL (DATABASE_URL) this works while servers run.`,
    ),
  );
  try {
    return await inDatabase(db);
  } finally {
    await db.close();
  }
}
