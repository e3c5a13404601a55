import type { PollsApi, PollState } from '../../core/adapter.js';
import { RefusedError } from '../../core/errors.js';
import { withVote } from '../../core/poll-vote.js';
import { storage as guardedStorage, type KeptStorage } from '../../core/storage.js';
import { once } from './local-once.js';

/**
 * Polls kept in this browser, so a shop can try "ask my friends" with no server: an ask
 * works within this one browser (other tabs, the page it links to), and its votes are
 * this browser's own. Option labels are the product ids; widgets show catalog titles.
 */
export function localPolls(site: string, storage: KeptStorage = guardedStorage()): PollsApi {
  const key = `sc-widgets:${site}:polls`;
  const all = (): Record<string, PollState> => JSON.parse(storage.getItem(key) ?? '{}');
  const save = (poll: PollState) => (storage.setItem(key, JSON.stringify({ ...all(), [poll.id]: poll })), poll);

  return {
    read: async (ids) => {
      const polls = all();
      return Object.fromEntries(ids.filter((id) => polls[id]).map((id) => [id, polls[id]]));
    },
    async vote(pollId, optionId) {
      const poll = all()[pollId];
      if (!poll) throw new RefusedError('No such poll', 404, 'poll_not_found');
      if (!poll.options.some((option) => option.id === optionId)) throw new RefusedError('The poll has no such option.', 400, 'unknown_option');
      return save(withVote(poll, optionId));
    },
    ask: (productIds, idempotencyKey) => once(storage, site, idempotencyKey, async () => {
      if (productIds.length < 2 || productIds.length > 6 || new Set(productIds).size < productIds.length) {
        throw new RefusedError('An ask takes 2 to 6 different products.', 400, 'invalid_request');
      }
      const options = productIds.map((id) => ({ id, label: id, votes: 0 }));
      return save({ id: `ask_${crypto.randomUUID()}`, kind: 'ask', question: '', options, closed: false });
    }),
  };
}
