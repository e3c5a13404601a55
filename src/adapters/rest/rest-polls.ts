import type { PollsApi, PollState } from '../../core/adapter.js';
import type { RestAdapter } from './rest-adapter.js';

/** Polls and asks on the reference server (openapi.yaml, tag `polls`); with `live`, vote counts follow. */
export function create(rest: RestAdapter): PollsApi {
  return {
    read: async (ids) => {
      const { polls } = await rest.request<{ polls: Record<string, PollState> }>('polls', { searchParams: ids.map((id) => ['ids', id]) });
      rest.follow('polls', ids);
      return polls;
    },
    // No retry inside the request: a vote over its address's limit waits minutes (Retry-After),
    // and the outbox must hear of it at once to say so, then retries when the wait is over.
    vote: (pollId, optionId) => rest.request<PollState>(`polls/${encodeURIComponent(pollId)}/vote`, { method: 'put', json: { optionId }, retry: 0 }, true),
    ask: (productIds, key) => rest.create<PollState>('asks', { productIds }, key),
  };
}
