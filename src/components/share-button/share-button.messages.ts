import { packed } from '../../i18n/language-pack.js';
import { plural } from '../../i18n/plural.js';
import { englishAskQuestion } from '../../seo/ask-question.js';

export interface ShareButtonMessages {
  readonly share: string;
  readonly ask: string;
  /** What friends read above an ask's link when its products' titles are unknown. */
  readonly askText: string;
  /** The ask's own question: `choices` are its products' titles, joined with the language's "or". */
  askQuestion(choices: string): string;
  /** The button that shows or hides an ask's votes; `formatted` has group separators. */
  seeVotes(count: number, formatted: string): string;
  readonly copy: string;
  readonly email: string;
  readonly weibo: string;
  readonly copied: string;
  readonly copyFailed: string;
  readonly askFailed: string;
  /** The full count for screen readers; `formatted` has group separators. */
  shares(count: number, formatted: string): string;
}

export const shareButtonMessages = packed('shareButton', {
  share: 'Share',
  ask: 'Ask my friends',
  askText: 'Which one should I get? Help me choose:',
  askQuestion: englishAskQuestion,
  seeVotes: (_count, formatted) => `See the votes (${formatted})`,
  copy: 'Copy link',
  email: 'E-mail',
  weibo: 'Weibo',
  copied: 'Link copied',
  copyFailed: 'Could not copy the link',
  askFailed: 'Could not make the poll. Try again?',
  shares: (count, formatted) => plural('en', count, { one: `${formatted} share`, other: `${formatted} shares` }),
});
