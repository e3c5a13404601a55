import type { Context } from 'hono';
import type { AppEnv } from '../http/env.js';
import { HttpError } from '../http/errors.js';
import type { RateLimit, RateLimiter } from './rate-limit.js';

/**
 * New anonymous votes one address may add to one poll or one review: 5 at once, then one
 * every 12 minutes. A visitor token costs one request, so without this a script stuffs a
 * poll or lifts a review to the top of "most helpful"; an office behind one address is
 * real, so signed-in customers are never held back.
 */
export const VOTES_PER_ADDRESS: RateLimit = { burst: 5, perSecond: 5 / 3600 };

/** Says the limit in an operation's description. */
export const votesPerAddressText = `an address adds at most ${VOTES_PER_ADDRESS.burst} new votes at once, then one every ${Math.round(1 / VOTES_PER_ADDRESS.perSecond / 60)} minutes (by default); a new vote beyond that is not counted and answers 429 \`vote_limit\` with Retry-After`;

/** Counts a new vote on `subject` against its address, unless a signed-in customer casts it; 429 beyond the allowance. */
export function takeAnonymousVote(c: Context<AppEnv>, perAddress: RateLimiter, subject: string): void {
  if (c.get('user')) return;
  const wait = perAddress.take(`${c.get('site').id}\n${subject}\n${c.get('address')}`);
  if (wait) throw new HttpError(429, 'vote_limit', `Too many new votes from this address; try again in ${wait} s.`, wait);
}
