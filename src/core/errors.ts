/**
 * Errors every adapter speaks, so a widget can tell "try again later" from "no".
 * Adapters map their transport's errors (ky's, Firebase's…) to these classes; no
 * transport type leaks into the public API.
 */

import type { ScErrorDetail } from '../events/events.js';

/** What went wrong, in words a widget can translate. */
export type ScErrorCode =
  | 'network'
  | 'server'
  | 'rate-limited'
  | 'unauthorized'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'too-large'
  | 'invalid'
  | 'unsupported';

export class ScError extends Error {
  constructor(
    message: string,
    readonly code: ScErrorCode,
    /** False when the backend refused for good: retrying the same request cannot help. */
    readonly transient: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ScError';
  }

  /** What `sc-error` tells the page: the failure as the widget showed it (`message`), and as the backend answered, if it did. */
  detail(message: string, productId?: string): ScErrorDetail {
    // Only a ServerError or RefusedError has a status: its message is the backend's words.
    const { code, reason, status } = this as Partial<RefusedError>;
    return { code: code!, message, ...(productId && { productId }), ...(reason && { reason }), ...(status && { serverMessage: this.message }) };
  }
}

/** No answer: offline, DNS, CORS, timeout. Worth retrying. */
export class NetworkError extends ScError {
  constructor(message = 'The network request failed', options?: { cause?: unknown }) {
    super(message, 'network', true, options);
    this.name = 'NetworkError';
  }
}

/** The backend answered 5xx, or 429 with how long to wait. Worth retrying. */
export class ServerError extends ScError {
  constructor(
    message: string,
    readonly status: number,
    /** From Retry-After, when the backend said how long to wait. */
    readonly retryAfterMs?: number,
  ) {
    super(message, status === 429 ? 'rate-limited' : 'server', true);
    this.name = 'ServerError';
  }
}

const refusalCodes: Record<number, ScErrorCode> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  409: 'conflict',
  413: 'too-large',
};

/** The backend said no for good (4xx other than 408/429): roll back, do not retry. */
export class RefusedError extends ScError {
  constructor(
    message: string,
    readonly status: number,
    /** The backend's own error code, e.g. `invalid_visitor_token`. */
    readonly reason?: string,
  ) {
    super(message, refusalCodes[status] ?? 'invalid', false);
    this.name = 'RefusedError';
  }
}

/** Wraps anything thrown into an ScError; unknown failures count as transient. */
export function toScError(error: unknown): ScError {
  if (error instanceof ScError) return error;
  return new NetworkError(error instanceof Error ? error.message : String(error), { cause: error });
}
