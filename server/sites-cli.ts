import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { readConfig } from './config.js';
import { openDb } from './db/open.js';
import { saveSite } from './sites/sites.js';

/**
 * `npm run site -- <id> [--origin URL]… [--checkout-url URL] [--secret KEY]`: creates a
 * site or changes one, on the database the server would use (DATABASE_URL or DATA_DIR;
 * stop a PGlite server first, as only one process can open its files). A new site gets a
 * random secret key, printed once.
 */
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { origin: { type: 'string', multiple: true }, 'checkout-url': { type: 'string' }, secret: { type: 'string' } },
});
const id = positionals[0];
if (!id) {
  console.error('usage: npm run site -- <id> [--origin https://shop.example]… [--checkout-url URL] [--secret KEY]');
  process.exit(2);
}
const config = readConfig(process.env, []);
const db = await openDb(config);
try {
  const [existing] = await db.query<{ secret: string; allowed_origins: string[]; checkout_url: string | null }>(
    'SELECT secret, allowed_origins, checkout_url FROM sites WHERE id = $1',
    [id],
  );
  const secret = values.secret ?? existing?.secret ?? randomBytes(32).toString('base64url');
  await saveSite(db, {
    id,
    secret,
    allowedOrigins: values.origin ?? existing?.allowed_origins ?? [],
    checkoutUrl: values['checkout-url'] ?? existing?.checkout_url ?? null,
  });
  console.log(existing ? `updated site ${id}` : `created site ${id}`);
  if (secret !== existing?.secret) console.log(`secret key (keep it on your servers only): ${secret}`);
} finally {
  await db.close();
}
