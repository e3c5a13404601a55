import type { IdeaSort, IdeaStatus } from '../../core/adapter.js';
import { packed } from '../../i18n/language-pack.js';
import { plural } from '../../i18n/plural.js';

export interface IdeasMessages {
  readonly ideas: string;
  /** The list of what the shop launched from customers' ideas. */
  readonly done: string;
  readonly statusFilter: string;
  readonly allStatuses: string;
  readonly statuses: Readonly<Record<IdeaStatus, string>>;
  readonly sortBy: string;
  readonly sorts: Readonly<Record<IdeaSort, string>>;
  /** The vote button's text; `aria-pressed` says whether this visitor voted. */
  readonly vote: string;
  /** `formatted` has group separators. */
  votes(count: number, formatted: string): string;
  comments(count: number, formatted: string): string;
  /** Who signed the shop's note: a team member's name and role. */
  signed(name: string, role: string): string;
  /** The note's signature when no team member signed it. */
  readonly theShop: string;
  readonly postTitle: string;
  readonly title: string;
  readonly text: string;
  readonly yourName: string;
  readonly post: string;
  readonly posted: string;
  readonly yourComment: string;
  readonly sendComment: string;
  readonly more: string;
  readonly moreComments: string;
  showing(shown: string, total: string): string;
  readonly empty: string;
  readonly noneDone: string;
  readonly noComments: string;
  /** A failure, said until the detailed message has loaded (or where it cannot load). */
  readonly failed: string;
  readonly tooMany: string;
}

export const ideasMessages = packed('ideas', {
  ideas: 'Ideas',
  done: 'Launched',
  statusFilter: 'Status',
  allStatuses: 'All',
  statuses: { new: 'New', under_review: 'Under review', planned: 'Planned', done: 'Done', declined: 'Declined' },
  sortBy: 'Sort by',
  sorts: { top: 'Top', new: 'Newest' },
  vote: 'Vote',
  votes: (count, formatted) => plural('en', count, { one: `${formatted} vote`, other: `${formatted} votes` }),
  comments: (count, formatted) => plural('en', count, { one: `${formatted} comment`, other: `${formatted} comments` }),
  signed: (name, role) => `${name}, ${role}`,
  theShop: 'The shop',
  postTitle: 'Share an idea',
  title: 'Your idea in a few words',
  text: 'Tell us more (optional)',
  yourName: 'Your name',
  post: 'Post idea',
  posted: 'Thank you! Your idea is on the board.',
  yourComment: 'Your comment',
  sendComment: 'Send comment',
  more: 'Show more ideas',
  moreComments: 'Show more comments',
  showing: (shown, total) => `Showing ${shown} of ${total}`,
  empty: 'No ideas yet. Be the first.',
  noneDone: 'Nothing launched yet.',
  noComments: 'No comments yet.',
  failed: 'Something went wrong.',
  tooMany: 'You have posted a lot today. Try again tomorrow.',
});
