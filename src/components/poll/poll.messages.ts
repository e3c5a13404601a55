import type { Catalog } from '../../i18n/locale.js';

interface PollMessages {
  /** The question of an ask, which has none of its own. */
  readonly whichOne: string;
  /** `formatted` has group separators. */
  votes(count: number, formatted: string): string;
  /** Announced after a vote. */
  voted(label: string): string;
  readonly closed: string;
  readonly missing: string;
}

export const pollMessages: Catalog<PollMessages> = {
  en: {
    whichOne: 'Which one?',
    votes: (count, formatted) => (count === 1 ? '1 vote' : `${formatted} votes`),
    voted: (label) => `Your vote: ${label}`,
    closed: 'Voting has closed',
    missing: 'This poll is no longer here',
  },
  nl: {
    whichOne: 'Welke?',
    votes: (count, formatted) => (count === 1 ? '1 stem' : `${formatted} stemmen`),
    voted: (label) => `Je stem: ${label}`,
    closed: 'De stemming is gesloten',
    missing: 'Deze peiling is er niet meer',
  },
  fr: {
    whichOne: 'Lequel ?',
    votes: (count, formatted) => (count < 2 ? `${formatted} vote` : `${formatted} votes`),
    voted: (label) => `Votre vote : ${label}`,
    closed: 'Le vote est clos',
    missing: 'Ce sondage n’existe plus',
  },
  'zh-CN': {
    whichOne: '选哪个？',
    votes: (_count, formatted) => `${formatted} 票`,
    voted: (label) => `你投给了：${label}`,
    closed: '投票已结束',
    missing: '此投票已不存在',
  },
};
