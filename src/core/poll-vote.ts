import type { PollState } from './adapter.js';

/** `poll` with this visitor's vote moved to `optionId`, the counts following. */
export function withVote(poll: PollState, optionId: string): PollState {
  const change = (id: string) => Number(id === optionId) - Number(id === poll.voted);
  return { ...poll, voted: optionId, options: poll.options.map((option) => ({ ...option, votes: option.votes + change(option.id) })) };
}
