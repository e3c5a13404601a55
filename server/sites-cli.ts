import { parseArgs } from 'node:util';
import { type AdminAccess, readAdminAccess } from './admin/access-file.js';
import { readConfig } from './config.js';
import { openDb } from './db/open.js';
import { changeSite, type SiteChange, SiteId, SiteSettings } from './sites/settings.js';

/**
 * `npm run site -- <id> [--origin https://shop.example]… [--checkout-url URL] [--secret KEY] [--moderate | --no-moderate] [--server URL]`:
 * creates a site or changes one. A new site gets a random secret key, printed once.
 * `--moderate` holds new reviews until the seller approves them. Settings not given keep
 * their value; origins are checked (scheme, host, optional port, nothing else).
 *
 * Where it makes the change, first that applies:
 * - `--server URL` (or SC_SERVER_URL): that server's admin route, with ADMIN_KEY;
 * - a server running on PGlite in DATA_DIR with admin routes on (`npm start` turns them
 *   on) left DATA_DIR/admin.json: through that server, which sees the change at once;
 * - otherwise the database itself (DATABASE_URL or DATA_DIR): PostgreSQL takes it while
 *   servers run (they see it within 5 s); PGlite only while no server holds DATA_DIR.
 */
const usage = 'usage: npm run site -- <id> [--origin https://shop.example]… [--checkout-url URL] [--secret KEY] [--moderate | --no-moderate] [--server URL]';

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

const { positionals, values } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      allowNegative: true,
      options: {
        origin: { type: 'string', multiple: true },
        'checkout-url': { type: 'string' },
        secret: { type: 'string' },
        moderate: { type: 'boolean' },
        server: { type: 'string' },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${usage}`, 2);
  }
})();
const [id, ...extra] = positionals;
if (!id || extra.length) fail(usage, 2);
const validId = SiteId.safeParse(id);
if (!validId.success) fail(`${JSON.stringify(id)}: ${validId.error.issues[0]!.message}`, 2);
const parsed = SiteSettings.safeParse({ origins: values.origin, checkoutUrl: values['checkout-url'], secret: values.secret, moderateReviews: values.moderate });
if (!parsed.success) {
  const flags: Record<string, string> = { origins: '--origin', checkoutUrl: '--checkout-url', secret: '--secret' };
  fail(parsed.error.issues.map((issue) => `${flags[String(issue.path[0])] ?? issue.path[0]}: ${issue.message}`).join('\n'), 2);
}
const settings = parsed.data;

const config = readConfig(process.env, []);
const serverUrl = values.server ?? process.env.SC_SERVER_URL;
const change = serverUrl ? await throughServer(serverUrl) : ((await throughRunningServer()) ?? (await inDatabase()));

console.log(`${change.created ? 'created' : 'updated'} site ${id}${settings.moderateReviews === undefined ? '' : `; review moderation ${settings.moderateReviews ? 'on' : 'off'}`}`);
if (change.secret) console.log(`secret key (keep it on your servers only): ${change.secret}`);

async function throughServer(url: string): Promise<SiteChange> {
  const key = process.env.ADMIN_KEY || (config.databaseUrl ? undefined : (await readAdminAccess(config.dataDir))?.key);
  if (!key) fail(`--server ${url} needs the server's ADMIN_KEY in the environment`, 2);
  return callAdmin({ url, key }).catch((error: Error) => fail(`${url}: ${error.message}`));
}

/** Through the server holding DATA_DIR, if one left its address there; undefined when it is no longer there. */
async function throughRunningServer(): Promise<SiteChange | undefined> {
  const access = config.databaseUrl ? undefined : await readAdminAccess(config.dataDir);
  if (!access) return undefined;
  try {
    return await callAdmin(access);
  } catch (error) {
    if ((error as Error).name === 'Refused') fail(`${access.url}: ${(error as Error).message}`);
    return undefined; // it stopped without removing the file: the database is free
  }
}

async function callAdmin(access: AdminAccess): Promise<SiteChange> {
  const response = await fetch(new URL(`admin/sites/${id}`, access.url.replace(/\/?$/, '/')), {
    method: 'PUT',
    headers: { Authorization: `Bearer ${access.key}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(settings),
  });
  const body = (await response.json().catch(() => ({}))) as SiteChange & { error?: { message: string } };
  if (response.ok) return body;
  throw Object.assign(new Error(body.error?.message ?? `answered ${response.status}`), { name: 'Refused' });
}

async function inDatabase(): Promise<SiteChange> {
  const db = await openDb(config).catch((error: Error) =>
    fail(
      config.databaseUrl
        ? error.message
        : `${error.message}\nA server on PGlite holds DATA_DIR alone. Start it with ADMIN_KEY set (npm start does) and run this again: it goes through the server (if it is just starting, wait until it listens). Or pass --server URL with ADMIN_KEY, or stop the server first. On PostgreSQL (DATABASE_URL) this works while servers run.`,
    ),
  );
  try {
    return await changeSite(db, id!, settings);
  } finally {
    await db.close();
  }
}
