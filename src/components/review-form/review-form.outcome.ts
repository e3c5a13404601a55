import type { Review } from '../../core/adapter.js';
import { RefusedError, type ScError } from '../../core/errors.js';

/** What became of a submit: sent (published or awaiting the shop), or why not. */
export type Outcome = Review['status'] | 'alreadyReviewed' | 'authorRequired' | 'notSent' | 'refused';

export const isSent = (outcome: Outcome): boolean => outcome === 'published' || outcome === 'pending';

/** Why a submit failed: the server's own reason where a person can act on it, else whether trying again may help. */
export function failureOf(error: ScError): Outcome {
  if (error instanceof RefusedError && error.reason === 'already_reviewed') return 'alreadyReviewed';
  if (error instanceof RefusedError && error.reason === 'author_required') return 'authorRequired';
  return error.transient ? 'notSent' : 'refused';
}
