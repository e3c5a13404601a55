import type { Idea, IdeaComment, IdeaSort, IdeasApi } from '../../core/adapter.js';
import { RefusedError } from '../../core/errors.js';
import { storage as guardedStorage, type KeptStorage } from '../../core/storage.js';
import { once } from './local-once.js';

interface Stored {
  readonly ideas: Idea[];
  readonly comments: IdeaComment[];
}

const order: Record<IdeaSort, (a: Idea, b: Idea) => number> = {
  new: (a, b) => b.createdAt.localeCompare(a.createdAt),
  top: (a, b) => b.votes - a.votes || order.new(a, b),
};

/** A page of `items` from the offset `cursor` holds. */
function slice<T>(items: readonly T[], { cursor, limit }: { readonly cursor?: string; readonly limit: number }) {
  const start = Number(cursor ?? 0);
  return { items: items.slice(start, start + limit), total: items.length, ...(start + limit < items.length && { next: String(start + limit) }) };
}

/** A guest's name, required as the server requires it. */
function authorOf(author: string | undefined): string {
  if (!author?.trim()) throw new RefusedError('A guest needs an author name.', 400, 'author_required');
  return author.trim();
}

/**
 * Ideas boards kept in this browser: a shop's demo with no server. Votes are this
 * browser's own, and no one gives a status (there is no shop), so every idea stays new.
 */
export function localIdeas(site: string, storage: KeptStorage = guardedStorage()): IdeasApi {
  const key = `sc-widgets:${site}:ideas`;
  const all = (): Stored => ({ ideas: [], comments: [], ...JSON.parse(storage.getItem(key) ?? '{}') });
  const save = (stored: Stored) => storage.setItem(key, JSON.stringify(stored));
  const now = () => new Date().toISOString();

  /** Applies `change` to one idea and saves; refuses an unknown id as the server would. */
  function update(ideaId: string, change: (idea: Idea) => Idea, comment?: IdeaComment): Idea {
    const stored = all();
    const index = stored.ideas.findIndex((idea) => idea.id === ideaId);
    if (index < 0) throw new RefusedError('No such idea', 404, 'idea_not_found');
    stored.ideas[index] = change(stored.ideas[index]!);
    save({ ideas: stored.ideas, comments: comment ? [...stored.comments, comment] : stored.comments });
    return stored.ideas[index]!;
  }

  const onBoard = (boardId: string) => all().ideas.filter((idea) => idea.boardId === boardId);

  return {
    async list(boardId, { status, sort, ...page }) {
      // Newest first before sorting: ties keep that order, sort being stable.
      const { items, ...rest } = slice(onBoard(boardId).reverse().filter((idea) => !status || idea.status === status).sort(order[sort]), page);
      return { ideas: items, ...rest };
    },
    async done(boardId, page) {
      const { items, ...rest } = slice(onBoard(boardId).filter((idea) => idea.status === 'done').sort((a, b) => (b.note?.at ?? '').localeCompare(a.note?.at ?? '')), page);
      return { ideas: items, ...rest };
    },
    create: (boardId, draft, idempotencyKey) => once(storage, site, idempotencyKey, async () => {
      const idea: Idea = {
        id: crypto.randomUUID(),
        boardId,
        title: draft.title.trim(),
        text: draft.text,
        author: authorOf(draft.author),
        status: 'new',
        votes: 0,
        voted: false,
        comments: 0,
        createdAt: now(),
        ...(draft.locale && { locale: draft.locale }),
      };
      if (!idea.title) throw new RefusedError('An idea needs a title.', 400, 'invalid_request');
      const stored = all();
      save({ ...stored, ideas: [...stored.ideas, idea] });
      return idea;
    }),
    async vote(ideaId, voted) {
      const idea = update(ideaId, (idea) => (idea.voted === voted ? idea : { ...idea, voted, votes: idea.votes + (voted ? 1 : -1) }));
      return { votes: idea.votes, voted: idea.voted };
    },
    async comments(ideaId, page) {
      const { items, ...rest } = slice(all().comments.filter((comment) => comment.ideaId === ideaId), page);
      return { comments: items, ...rest };
    },
    comment: (ideaId, draft, idempotencyKey) => once(storage, site, idempotencyKey, async () => {
      const comment: IdeaComment = { id: crypto.randomUUID(), ideaId, author: authorOf(draft.author), text: draft.text, createdAt: now(), ...(draft.locale && { locale: draft.locale }) };
      update(ideaId, (idea) => ({ ...idea, comments: idea.comments + 1 }), comment);
      return comment;
    }),
  };
}
