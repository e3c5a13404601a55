import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { readConfig } from './config.js';
import { openDb } from './db/open.js';
import { readSite, saveSite } from './sites/sites.js';

/**
 * `npm run site -- <id> [--origin URL]… [--checkout-url URL] [--secret KEY] [--moderate | --no-moderate]`:
 * creates a site or changes one, on the database the server would use (DATABASE_URL or
 * DATA_DIR; stop a PGlite server first, as only one process can open its files). A new
 * site gets a random secret key, printed once. `--moderate` holds new reviews until the
 * seller approves them. Settings not given keep their value.
 */
const usage = 'usage: npm run site -- <id> [--origin https://shop.example]… [--checkout-url URL] [--secret KEY] [--moderate | --no-moderate]';
const { positionals, values } = parseArgs({
  allowPositionals: true,
  allowNegative: true,
  options: {
    origin: { type: 'string', multiple: true },
    'checkout-url': { type: 'string' },
    secret: { type: 'string' },
    moderate: { type: 'boolean' },
  },
});
const id = positionals[0];
if (!id) {
  console.error(usage);
  process.exit(2);
}
const config = readConfig(process.env, []);
const db = await openDb(config);
try {
  const existing = await readSite(db, id);
  const secret = values.secret ?? existing?.secret ?? randomBytes(32).toString('base64url');
  await saveSite(db, {
    id,
    secret,
    allowedOrigins: values.origin ?? existing?.allowedOrigins ?? [],
    checkoutUrl: values['checkout-url'] ?? existing?.checkoutUrl ?? null,
    moderateReviews: values.moderate ?? existing?.moderateReviews ?? false,
  });
  console.log(`${existing ? 'updated' : 'created'} site ${id}${values.moderate === undefined ? '' : `; review moderation ${values.moderate ? 'on' : 'off'}`}`);
  if (secret !== existing?.secret) console.log(`secret key (keep it on your servers only): ${secret}`);
} finally {
  await db.close();
}
