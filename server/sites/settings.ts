import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../db/db.js';
import { readSite, saveSite } from './sites.js';
import { checkOrigin } from './origin.js';
import { SITE_ID } from '../schemas/common.js';

export const SiteId = z.string().regex(SITE_ID, 'a site id is 1 to 63 of a-z, 0-9 and -, starting with a letter or digit');

const Origin = z.string().transform((text, context) => {
  const checked = checkOrigin(text);
  if ('error' in checked) context.addIssue({ code: 'custom', message: checked.error });
  return 'origin' in checked ? checked.origin : z.NEVER;
});
const HttpUrl = z.url({ protocol: /^https?$/ }).max(2000);

/** What `npm run site` and `PUT /admin/sites/{id}` change; what is not given keeps its value. */
export const SiteSettings = z.strictObject({
  origins: z.array(Origin).max(100).optional().describe('Replaces the list; empty: any origin.'),
  checkoutUrl: HttpUrl.nullable().optional(),
  secret: z.string().min(16).max(200).optional().describe('Default for a new site: random.'),
  moderateReviews: z.boolean().optional(),
});
export type SiteSettings = z.output<typeof SiteSettings>;

/** How a change went: `secret` is there when it is new (a new site's, or one given), to be shown once. */
export interface SiteChange {
  readonly created: boolean;
  readonly secret?: string;
}

/** Creates the site or changes the settings given, in one transaction. */
export function changeSite(db: Db, id: string, settings: SiteSettings): Promise<SiteChange> {
  return db.transaction(async (tx) => {
    const existing = await readSite(tx, id);
    const secret = settings.secret ?? existing?.secret ?? randomBytes(32).toString('base64url');
    await saveSite(tx, {
      id,
      secret,
      allowedOrigins: settings.origins ?? existing?.allowedOrigins ?? [],
      checkoutUrl: settings.checkoutUrl === undefined ? (existing?.checkoutUrl ?? null) : settings.checkoutUrl,
      moderateReviews: settings.moderateReviews ?? existing?.moderateReviews ?? false,
    });
    return { created: !existing, ...(secret === existing?.secret ? {} : { secret }) };
  });
}
