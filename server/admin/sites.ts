import type { Hono, MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { isSellerKey } from '../auth/seller-key.js';
import { readJson, validate } from '../http/endpoint.js';
import type { AppEnv } from '../http/env.js';
import { HttpError } from '../http/errors.js';
import { mountAdminMembers } from './members.js';
import type { SiteCache } from '../sites/sites.js';
import { changeSite, SiteId, SiteSettings } from '../sites/settings.js';

const SiteParams = z.object({ id: SiteId });

/**
 * The operator's routes, outside every site: `PUT /admin/sites/{id}` creates or changes a
 * site while the server runs (what `npm run site` calls when it finds the server), and
 * this copy sees the change at once; `/admin/sites/{id}/members` are `npm run member`'s. Mounted only with an operator key
 * (`Authorization: Bearer <ADMIN_KEY>`), which no shop and no page ever holds; kept out
 * of openapi.yaml, the API of shops and widgets.
 */
export function mountAdmin(app: Hono<AppEnv>, options: { readonly key: string; readonly sites: SiteCache }): void {
  const guard: MiddlewareHandler<AppEnv> = async (c, next) => {
    // The same constant-time Bearer comparison as a site's seller key.
    if (!isSellerKey(c.req.header('Authorization'), options.key)) {
      throw new HttpError(401, 'admin_key_required', 'This route needs Authorization: Bearer <the server\'s ADMIN_KEY>.');
    }
    await next();
  };
  app.put('/admin/sites/:id', guard, async (c) => {
    const { id } = validate(SiteParams, c.req.param(), 'path');
    const settings = validate(SiteSettings, (await readJson(c)) ?? {}, 'body');
    const change = await changeSite(c.get('db'), id, settings);
    options.sites.forget(id);
    return c.json({ id, ...change }, change.created ? 201 : 200);
  });
  mountAdminMembers(app, guard);
}
