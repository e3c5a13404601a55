import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 429;

/** A refusal the client should see, answered as `{ "error": { code, message } }`. */
export class HttpError extends Error {
  constructor(
    readonly status: ErrorStatus,
    readonly code: string,
    message: string,
    /** For 429: seconds until a retry can succeed. */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

export function errorResponse(c: Context, status: ContentfulStatusCode, code: string, message: string): Response {
  return c.json({ error: { code, message } }, status);
}

/** Every thrown error becomes JSON; anything unexpected is logged and hidden behind a 500. */
export function onError(error: Error, c: Context): Response {
  if (error instanceof HttpError) {
    if (error.retryAfter !== undefined) c.header('Retry-After', String(error.retryAfter));
    return errorResponse(c, error.status, error.code, error.message);
  }
  console.error(error);
  return errorResponse(c, 500, 'internal_error', 'The server failed; try again.');
}
