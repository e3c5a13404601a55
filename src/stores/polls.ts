import type { PollState } from '../core/adapter.js';
import { createFamily } from '../core/family.js';
import { nullForUnknown } from '../core/nullable-read.js';
import { optimistic, type Writes } from '../core/optimistic.js';
import { withVote } from '../core/poll-vote.js';
import { sectionOf } from '../adapters/sections.js';

/**
 * One store per poll, read in batches, with live vote counts (and its closing) where the
 * adapter pushes them, and this visitor's unconfirmed vote on top. `null` when the backend
 * has no such poll.
 */
export const polls = createFamily<PollState | null>({
  read: async (adapter) => nullForUnknown((await sectionOf(adapter, 'polls')).read),
  changed(change, confirmed) {
    if (change.kind !== 'poll') return;
    const poll = confirmed.get(change.pollId);
    if (!poll) return;
    const votes = new Map(change.options.map((option) => [option.id, option.votes]));
    return [poll.id, { ...poll, closed: change.closed ?? poll.closed, options: poll.options.map((option) => ({ ...option, votes: votes.get(option.id) ?? option.votes })) }];
  },
  view(id, poll) {
    const choice = ballots.pending(id);
    return poll && choice !== undefined && poll.voted !== choice ? withVote(poll, choice) : poll;
  },
  keep: (id) => ballots.pending(id) !== undefined,
});

/** This visitor's unconfirmed votes: poll id → option id. */
const ballots: Writes<string> = optimistic<string, PollState | null>({
  kind: 'poll-vote',
  family: polls,
  send: async (adapter, { id, value }) => (await sectionOf(adapter, 'polls')).vote(id, value),
});

/** Votes (or moves the vote) optimistically; the outbox confirms it or rolls it back. */
export function vote(pollId: string, optionId: string): void {
  if (polls.confirmed.get(pollId)) ballots.write(pollId, optionId);
}
