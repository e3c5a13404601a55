import { jwtVerify } from 'jose';
import { z } from 'zod';
import { HttpError } from '../http/errors.js';
import { ProductId } from '../schemas/common.js';

const Claims = z.object({
  sub: z.string().min(1).max(128),
  name: z.string().min(1).max(100),
  purchases: z.array(ProductId).max(10_000).default([]),
});
export type UserClaims = z.output<typeof Claims>;

/** The longest a user token may live, in seconds, unless configured: a week. */
export const USER_TOKEN_MAX_LIFETIME = 7 * 24 * 3600;
/** Seconds a shop's clock may run ahead of ours: a token signed for exactly the maximum still holds. */
const CLOCK_LEEWAY = 60;

/**
 * A signed-in customer, vouched for by the shop's backend: a JWT signed HS256 with the
 * site secret. A token must expire, and within `maxLifetime` seconds from now: a token
 * that leaks (a log, a shared link) then stops working by itself. Throws a 401 naming
 * what is wrong: `invalid_user_token` (signature, expired, claims) or `user_token_lifetime`.
 */
export async function verifyUserToken(token: string, siteSecret: string, maxLifetime = USER_TOKEN_MAX_LIFETIME): Promise<UserClaims> {
  const verified = await jwtVerify(token, new TextEncoder().encode(siteSecret), { algorithms: ['HS256'] }).catch(() => undefined);
  const claims = verified && Claims.safeParse(verified.payload);
  if (!claims?.success) throw new HttpError(401, 'invalid_user_token', 'The user token is not signed by this site, has expired, or lacks sub and name.');
  const { exp } = verified!.payload;
  if (exp === undefined || exp - Date.now() / 1000 > maxLifetime + CLOCK_LEEWAY) {
    throw new HttpError(401, 'user_token_lifetime', `A user token must carry exp, at most ${lifetime(maxLifetime)} ahead; sign a shorter-lived one.`);
  }
  return claims.data;
}

const lifetime = (seconds: number): string =>
  seconds % 86_400 === 0 ? `${seconds / 86_400} days` : seconds % 3600 === 0 ? `${seconds / 3600} hours` : `${seconds} seconds`;
