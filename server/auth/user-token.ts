import { jwtVerify } from 'jose';
import { z } from 'zod';
import { ProductId } from '../schemas/common.js';

const Claims = z.object({
  sub: z.string().min(1).max(128),
  name: z.string().min(1).max(100),
  purchases: z.array(ProductId).max(10_000).default([]),
});
export type UserClaims = z.output<typeof Claims>;

/**
 * A signed-in customer, vouched for by the shop's backend: a JWT signed HS256 with the
 * site secret. Undefined when the signature, expiry or claims do not hold.
 */
export async function verifyUserToken(token: string, siteSecret: string): Promise<UserClaims | undefined> {
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(siteSecret), { algorithms: ['HS256'] });
    const claims = Claims.safeParse(payload);
    return claims.success ? claims.data : undefined;
  } catch {
    return undefined;
  }
}
