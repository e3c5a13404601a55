import { z } from 'zod';
import { endpoint } from '../http/endpoint.js';

/** The visitor-token route; the signer comes from the app so the key stays out of routes. */
export const createVisitor = (issue: (site: string) => string) =>
  endpoint(
    {
      method: 'post',
      path: '/v1/sites/{site}/visitors',
      operationId: 'createVisitor',
      tag: 'visitors',
      summary: 'Issue an anonymous visitor token',
      description: 'Send it back as `X-Visitor-Token` on writes. Signed by the server and bound to the site.',
      auth: 'public',
      status: 201,
      response: z.object({ token: z.string() }).meta({ id: 'VisitorToken' }),
      errors: [429],
    },
    async (c) => ({ token: issue(c.get('site').id) }),
  );
