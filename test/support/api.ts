// Browser side of test/support/api-host.ts.
import { executeServerCommand } from '@web/test-runner-commands';
import type { ActivitySeed, ApiMode, ApiSite, MemberRequest, RowCount, SiteOptions } from './api-host.js';

/** A fresh site on the real server, behind the test proxy; `moderateReviews` holds new reviews for the seller. */
export const newSite = (options: SiteOptions = {}) => executeServerCommand<ApiSite, SiteOptions>('api-site', options);

export const setApiMode = (mode: ApiMode) => executeServerCommand('api-mode', mode);

/** Drops every connection the page holds to the API, event streams too, as a server that stops does. */
export const cutConnections = () => executeServerCommand('api-cut');

/** How many rows a site has in a table creates write (`orders`, `review_replies`…): what the server really made. */
export const countRows = (site: string, table: RowCount['table']) => executeServerCommand<number, RowCount>('api-count', { site, table });

/** The API requests made since the last call (preflights left out), as `METHOD /path?query`. */
export async function takeRequests(): Promise<string[]> {
  const requests = (await executeServerCommand<string[], undefined>('api-requests')) ?? [];
  return requests.filter((line) => !line.startsWith('OPTIONS'));
}

/** A team member of a site with these scopes; resolves to their credential, for a seller console to sign in with. */
export const newMember = (request: MemberRequest) => executeServerCommand<string, MemberRequest>('api-member', request);

/** Writes a known data set of shopper activity, polls and votes for a site's insights. */
export const seedActivity = (seed: ActivitySeed) => executeServerCommand<boolean, ActivitySeed>('api-activity', seed);
