import { z } from 'zod';
import { endpoint } from '../http/endpoint.js';
import { HttpError } from '../http/errors.js';
import type { RateLimit, RateLimiter } from '../limits/rate-limit.js';

/**
 * Tokens one address may mint per site: 20 at once, then 10 a minute. Each new browser
 * mints one and keeps it, so an office or a carrier's shared address stays well within;
 * a script minting identities to stuff polls or reports does not.
 */
export const VISITORS_PER_ADDRESS: RateLimit = { burst: 20, perSecond: 10 / 60 };

/** The visitor-token route; the signer comes from the app so the key stays out of routes. */
export const createVisitor = (issue: (site: string) => string, perAddress: RateLimiter) =>
  endpoint(
    {
      method: 'post',
      path: '/v1/sites/{site}/visitors',
      operationId: 'createVisitor',
      tag: 'visitors',
      summary: 'Issue an anonymous visitor token',
      description: `Send it back as \`X-Visitor-Token\` on writes. Signed by the server and bound to the site. One address may mint ${VISITORS_PER_ADDRESS.burst} at once, then ${VISITORS_PER_ADDRESS.perSecond * 60} a minute (by default); beyond that, 429 \`too_many_visitors\` with Retry-After.`,
      auth: 'public',
      status: 201,
      response: z.object({ token: z.string() }).meta({ id: 'VisitorToken' }),
      errors: [429],
    },
    async (c) => {
      const site = c.get('site').id;
      const wait = perAddress.take(`${site}\n${c.get('address')}`);
      if (wait) throw new HttpError(429, 'too_many_visitors', `Too many new visitors from this address; retry in ${wait} s.`, wait);
      return { token: issue(site) };
    },
  );
