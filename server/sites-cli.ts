import { parseArgs } from 'node:util';
import { fail, reach } from './admin/reach.js';
import { readConfig } from './config.js';
import { changeSite, type SiteChange, SiteId, SiteSettings } from './sites/settings.js';

/**
 * `npm run site -- <id> [--origin https://shop.example]… [--checkout-url URL] [--secret KEY] [--moderate | --no-moderate] [--server URL]`:
 * creates a site or changes one. A new site gets a random secret key, printed once.
 * `--moderate` holds new reviews until the seller approves them. Settings not given keep
 * their value; origins are checked (scheme, host, optional port, nothing else).
 * Where it makes the change: server/admin/reach.ts.
 */
const usage = 'usage: npm run site -- <id> [--origin https://shop.example]… [--checkout-url URL] [--secret KEY] [--moderate | --no-moderate] [--server URL]';

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
const change = await reach<SiteChange>(config, values.server ?? process.env.SC_SERVER_URL, { method: 'PUT', path: `sites/${id}`, body: settings }, (db) => changeSite(db, id!, settings));

console.log(`${change.created ? 'created' : 'updated'} site ${id}${settings.moderateReviews === undefined ? '' : `; review moderation ${settings.moderateReviews ? 'on' : 'off'}`}`);
if (change.secret) console.log(`secret key (keep it on your servers only): ${change.secret}`);
