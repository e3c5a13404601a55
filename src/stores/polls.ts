import type { PollState } from '../core/adapter.js';
import { $settings } from '../core/config.js';
import { createFamily } from '../core/family.js';
import { nullForUnknown } from '../core/nullable-read.js';
import type { WriteHandler } from '../core/outbox.js';
import { withVote } from '../core/poll-vote.js';
import { sectionOf } from '../adapters/sections.js';

/** This visitor's unconfirmed votes (poll id → option id), shown on top of the confirmed counts. */
const pending = new Map<string, string>();

/**
 * One store per poll, read in batches, with live vote counts where the adapter pushes
 * them. `null` when the backend has no such poll.
 */
export const polls = createFamily<PollState | null>({
  read: async (adapter) => {
    void restoreVotes();
    return nullForUnknown((await sectionOf(adapter, 'polls')).read);
  },
  changed(change, confirmed) {
    if (change.kind !== 'poll') return;
    const poll = confirmed.get(change.pollId);
    if (!poll) return;
    const votes = new Map(change.options.map((option) => [option.id, option.votes]));
    return [poll.id, { ...poll, options: poll.options.map((option) => ({ ...option, votes: votes.get(option.id) ?? option.votes })) }];
  },
  view(id, poll) {
    const choice = pending.get(id);
    return poll && choice !== undefined && poll.voted !== choice ? withVote(poll, choice) : poll;
  },
  reset: (siteChanged) => siteChanged && pending.clear(),
});

const writer: WriteHandler<string, PollState> = {
  send: async (adapter, { id, value }) => (await sectionOf(adapter, 'polls')).vote(id, value),
  answered(write, settled, state, error) {
    if (write.site !== $settings.get().site) return;
    if (state) polls.confirmed.set(write.id, state);
    if (settled) pending.delete(write.id);
    polls.show(write.id, { error });
  },
};

const outbox = () => import('../core/outbox.js').then((module) => (module.registerWriter('poll-vote', writer), module));

/** Votes (or moves the vote) optimistically; the outbox confirms it or rolls it back. */
export function vote(pollId: string, optionId: string): void {
  if (!polls.confirmed.get(pollId)) return;
  pending.set(pollId, optionId);
  polls.show(pollId, { error: undefined });
  const write = { kind: 'poll-vote', site: $settings.get().site, id: pollId, value: optionId };
  void outbox().then(({ enqueue }) => enqueue(write));
}

/**
 * Loads the outbox with the first poll read (a page with a poll is one people vote on),
 * to show and send again the votes a previous page left unconfirmed.
 */
let restored: Promise<unknown> | undefined;
const restoreVotes = () =>
  (restored ??= outbox().then(({ pendingWrites }) =>
    pendingWrites<string>('poll-vote').forEach((write) => {
      pending.set(write.id, write.value);
      if (polls.confirmed.has(write.id)) polls.show(write.id);
    }),
  ));
