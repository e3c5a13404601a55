import { HTTPError } from 'ky';
import { NetworkError, RefusedError, type ScError, ServerError } from '../../core/errors.js';

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
  if (code === 'origin_not_allowed' || code === 'site_not_found') {
    const { url } = error.request;
    void import('./rest-warnings.js').then(({ warnRefusedSite }) => warnRefusedSite(code, url));
  }
  return new RefusedError(message, status, code);
}

/** Retry-After as seconds or an HTTP date, in ms; undefined when absent or unreadable. */
function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  const ms = Number.isNaN(seconds) ? Date.parse(header) - Date.now() : seconds * 1000;
  return Number.isNaN(ms) ? undefined : Math.max(0, ms);
}
