import type { Context } from 'hono';
import { memberByCredential, type Scope } from '../data/team.js';
import type { AppEnv } from '../http/env.js';
import { HttpError } from '../http/errors.js';
import { isSellerKey } from './seller-key.js';

/**
 * Lets a shop route run for the site's secret key (`scope` undefined: that key only) or, when
 * the route names a scope, for a team member's credential with it (`any`: every member's); the member is put on the
 * context so what they write is signed with their name.
 */
export async function authorizeShop(c: Context<AppEnv>, scope: Scope | 'any' | undefined): Promise<void> {
  const authorization = c.req.header('Authorization');
  const site = c.get('site');
  if (!authorization) {
    throw scope
      ? new HttpError(401, 'credential_required', 'This route needs Authorization: Bearer <a team member\'s credential>.')
      : new HttpError(401, 'seller_key_required', 'This route needs Authorization: Bearer <site secret key>.');
  }
  if (isSellerKey(authorization, site.secret)) return;
  if (!scope) throw new HttpError(401, 'invalid_seller_key', 'The key is not this site\'s secret key.');
  const credential = /^Bearer (.+)$/.exec(authorization)?.[1] ?? '';
  const member = await memberByCredential(c.get('db'), site.id, credential);
  if (!member) throw new HttpError(401, 'invalid_credential', 'The credential is not a current team member\'s of this site: it was revoked, mistyped or is another site\'s.');
  if (scope !== 'any' && !member.scopes.includes(scope)) throw new HttpError(403, 'scope_missing', `${member.name}'s credential does not allow "${scope}"; a team manager can add it.`);
  c.set('member', member);
}
