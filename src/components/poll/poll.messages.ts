import { packed } from '../../i18n/language-pack.js';
import { plural } from '../../i18n/plural.js';

export interface PollMessages {
  /** The question of an ask, which has none of its own. */
  readonly whichOne: string;
  /** `formatted` has group separators. */
  votes(count: number, formatted: string): string;
  /** Announced after a vote. */
  voted(label: string): string;
  readonly closed: string;
  readonly missing: string;
}

export const pollMessages = packed('poll', {
  whichOne: 'Which one?',
  votes: (count, formatted) => plural('en', count, { one: `${formatted} vote`, other: `${formatted} votes` }),
  voted: (label) => `Your vote: ${label}`,
  closed: 'Voting has closed',
  missing: 'This poll is no longer here',
});
