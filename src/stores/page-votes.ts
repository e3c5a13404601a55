import type { Adapter } from '../core/adapter.js';
import { createToggleFamily, type ToggleFamily, type ToggleState } from '../core/toggle-family.js';

type Vote = ToggleState<'voted'>;

/**
 * Votes whose states arrive with a page of what they vote on (a review's helpful votes, an
 * idea's votes), so reading them costs no request: `remember` keeps what a page said, and
 * the family, optimistic through the outbox as likes are, starts from it.
 */
export function pageVotes(kind: 'vote' | 'idea-vote', write: (adapter: Adapter, id: string, voted: boolean) => Promise<Vote>): { family: ToggleFamily<Vote>; remember(id: string, count: number, voted: boolean): void } {
  const known = new Map<string, Vote>();
  const family = createToggleFamily({
    kind,
    flag: 'voted',
    read: () => async (ids) => Object.fromEntries(ids.flatMap((id) => (known.has(id) ? [[id, known.get(id)!]] : []))),
    write,
  });
  return { family, remember: (id, count, voted) => void known.set(id, { count, voted }) };
}
