import type { Hono, MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { createMember, listMembers, revokeMember } from '../data/team.js';
import { readJson, validate } from '../http/endpoint.js';
import type { AppEnv } from '../http/env.js';
import { HttpError } from '../http/errors.js';
import { ServerId } from '../schemas/common.js';
import { MemberDraft } from '../schemas/team.js';
import { SiteId } from '../sites/settings.js';
import { readSite } from '../sites/sites.js';

const SiteParams = z.object({ id: SiteId });
const MemberParams = SiteParams.extend({ memberId: ServerId });

/**
 * The operator's team routes, for `npm run member` while a server holds the database: the
 * site holder makes the first member before anyone can sign in to the seller console.
 * `guard` checks the operator's key (server/admin/sites.ts).
 */
export function mountAdminMembers(app: Hono<AppEnv>, guard: MiddlewareHandler<AppEnv>): void {
  const site = async (c: Parameters<MiddlewareHandler<AppEnv>>[0]): Promise<string> => {
    const { id } = validate(SiteParams, { id: c.req.param('id') }, 'path');
    if (!(await readSite(c.get('db'), id))) throw new HttpError(404, 'site_not_found', 'No such site.');
    return id;
  };
  app.get('/admin/sites/:id/members', guard, async (c) => c.json({ members: await listMembers(c.get('db'), await site(c)) }));
  app.post('/admin/sites/:id/members', guard, async (c) => {
    const id = await site(c);
    const draft = validate(MemberDraft, await readJson(c), 'body');
    return c.json(await c.get('db').transaction((tx) => createMember(tx, id, draft)), 201);
  });
  app.delete('/admin/sites/:id/members/:memberId', guard, async (c) => {
    const { id, memberId } = validate(MemberParams, c.req.param(), 'path');
    await site(c);
    return c.json({ revoked: await c.get('db').transaction((tx) => revokeMember(tx, id, memberId)) });
  });
}
