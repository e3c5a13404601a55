import { warnOnce } from '../../core/warn-once.js';

/**
 * What RestAdapter tells a page's developer about its setup: loaded only on a page that
 * makes the mistake, so no shopper downloads the words.
 */

/** The endpoint was given with the API's version, which RestAdapter adds itself. */
export function warnVersionedEndpoint(endpoint: string): void {
  warnOnce(`the endpoint ${endpoint} ends in /v1, which sc-widgets adds itself; leave it out (using it without).`);
}

/** Every widget fails on a site the server refuses: says once what to change on the server. */
export function warnRefusedSite(code: 'origin_not_allowed' | 'site_not_found', url: string): void {
  const site = decodeURIComponent(/\/sites\/([^/]+)/.exec(new URL(url).pathname)?.[1] ?? '');
  const { origin } = location;
  warnOnce(
    code === 'origin_not_allowed'
      ? `the server refuses site "${site}" from ${origin}; add it to the site's origins on the server: npm run site -- ${site} --origin ${origin} (one --origin for each of them)`
      : `the server has no site "${site}"; check data-site, or create it on the server: npm run site -- ${site}`,
  );
}
