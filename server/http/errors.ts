import type { Context } from 'hono';
import { routePath } from 'hono/route';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from './env.js';

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429;

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
export function onError(error: Error, c: Context<AppEnv>): Response {
  if (error instanceof HttpError) {
    if (error.retryAfter !== undefined) c.header('Retry-After', String(error.retryAfter));
    return errorResponse(c, error.status, error.code, error.message);
  }
  c.var.log.error({ requestId: c.var.requestId, method: c.req.method, route: routePath(c, -1), error: loggable(error) }, 'request failed');
  return errorResponse(c, 500, 'internal_error', 'The server failed; try again.');
}

/**
 * What a log may say of an error: its class, its code (a PostgreSQL error's SQLSTATE) and
 * where it was thrown. Never its message, nor a database error's `detail` or `where`:
 * they quote the values of the statement, which are what people typed.
 */
export function loggable(error: Error): { name: string; code?: string; frames: string[] } {
  const code = (error as { code?: unknown }).code;
  return {
    name: error.constructor?.name ?? typeof error,
    ...(typeof code === 'string' || typeof code === 'number' ? { code: String(code) } : {}),
    frames: (error.stack ?? '').split('\n').filter((line) => STACK_FRAME.test(line)),
  };
}

/** A V8 stack line (`    at fn (file:1:2)`): the message lines above them quote values too. */
const STACK_FRAME = /^ {4}at [^\n]*:\d+:\d+\)?$/;
