import { HTTPError } from 'ky';
import { NetworkError, RefusedError, type ScError, ServerError } from '../../core/errors.js';
import { warnOnce } from '../../core/warn-once.js';

interface ErrorBody {
  readonly error?: { readonly code?: string; readonly message?: string };
}

/** Maps ky's errors to ours, so no ky type reaches a widget. */
export async function toScErrorFromKy(error: unknown): Promise<ScError> {
  if (!(error instanceof HTTPError)) {
    return new NetworkError(error instanceof Error ? error.message : String(error), { cause: error });
  }
  const { status, headers } = error.response;
  const body = (await error.response.json().catch(() => ({}))) as ErrorBody;
  const message = body.error?.message ?? error.message;
  if (status === 408 || status === 429 || status >= 500) {
    return new ServerError(message, status, retryAfterMs(headers.get('Retry-After')));
  }
  const code = body.error?.code;
  if (code === 'origin_not_allowed' || code === 'site_not_found') warnRefusedSite(code, error.request.url);
  return new RefusedError(message, status, code);
}

/** Every widget fails on a site the server refuses: say once what to change on the server. */
function warnRefusedSite(code: 'origin_not_allowed' | 'site_not_found', url: string): void {
  const site = decodeURIComponent(/\/sites\/([^/]+)/.exec(new URL(url).pathname)?.[1] ?? '');
  const { origin } = location;
  warnOnce(
    code === 'origin_not_allowed'
      ? `the server refuses site "${site}" from ${origin}; add it to the site's origins on the server: npm run site -- ${site} --origin ${origin} (one --origin for each of them)`
      : `the server has no site "${site}"; check data-site, or create it on the server: npm run site -- ${site}`,
  );
}

/** Retry-After as seconds or an HTTP date, in ms; undefined when absent or unreadable. */
function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  const ms = Number.isNaN(seconds) ? Date.parse(header) - Date.now() : seconds * 1000;
  return Number.isNaN(ms) ? undefined : Math.max(0, ms);
}
