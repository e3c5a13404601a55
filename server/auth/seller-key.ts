import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string): Buffer => createHash('sha256').update(value).digest();

/** Whether `Authorization: Bearer <key>` carries the site secret; compared in constant time. */
export function isSellerKey(authorization: string | undefined, siteSecret: string): boolean {
  const key = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
  return key !== undefined && timingSafeEqual(digest(key), digest(siteSecret));
}
