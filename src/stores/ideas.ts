import { atom, type WritableAtom } from 'nanostores';
import type { Idea, IdeaComment, IdeaDraft, IdeaSort, IdeaStatus, IdeasApi } from '../core/adapter.js';
import { $settings, readyAdapter } from '../core/config.js';
import { type ScError, toScError } from '../core/errors.js';
import { createOnce } from '../core/idempotency-keys.js';
import { onChange } from '../core/live.js';
import { sectionOf } from '../adapters/sections.js';
import { pageVotes } from './page-votes.js';

/** A list of ideas as a board shows it: the pages loaded so far. */
export interface IdeaList {
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly ideas: readonly Idea[];
  readonly total: number;
  /** Cursor of the next page; absent on the last. */
  readonly next?: string;
  /** Only ideas of this status; absent: all. (The done list: always `done`.) */
  readonly filter?: IdeaStatus;
  readonly sort: IdeaSort;
  /** A further page is loading. */
  readonly loadingMore: boolean;
  readonly error?: ScError;
}

/** An idea's comments, loaded when a person opens them. */
export interface CommentList {
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  readonly comments: readonly IdeaComment[];
  readonly total: number;
  readonly next?: string;
  readonly error?: ScError;
}

/** The two lists of a board: everyone's ideas, and what the shop launched from them. */
export type ListName = 'ideas' | 'done';

/** Ideas, or comments, a page asks for at a time. */
export const PAGE_SIZE = 10;

const ideasApi = async (): Promise<IdeasApi> => sectionOf(await readyAdapter(), 'ideas');

/** One store per idea: its vote count and this visitor's vote, optimistic through the outbox, as a like. */
const pagedVotes = pageVotes('idea-vote', async (adapter, ideaId, voted) => {
  const state = await (await sectionOf(adapter, 'ideas')).vote(ideaId, voted);
  return { count: state.votes, voted: state.voted };
});
export const ideaVotes = pagedVotes.family;

const EMPTY: IdeaList = { status: 'idle', ideas: [], total: 0, sort: 'top', loadingMore: false };
const lists = new Map<string, WritableAtom<IdeaList>>();
/** The latest load of each list: an answer to an older one is dropped. */
const latest = new Map<string, number>();
const listKey = (boardId: string, name: ListName) => `${name}\n${boardId}`;

/** One list of a board; it loads nothing until `loadList()`. */
export function ideaList(boardId: string, name: ListName): WritableAtom<IdeaList> {
  const key = listKey(boardId, name);
  let store = lists.get(key);
  if (!store) lists.set(key, (store = atom<IdeaList>(name === 'done' ? { ...EMPTY, filter: 'done' } : EMPTY)));
  return store;
}

/**
 * Loads a list's first page (again, with another filter or sort when given; `filter: undefined`
 * shows every status), or its next page with `more`.
 */
export async function loadList(boardId: string, name: ListName, options: { filter?: IdeaStatus | undefined; sort?: IdeaSort; more?: boolean } = {}): Promise<void> {
  const store = ideaList(boardId, name);
  const current = store.get();
  const key = listKey(boardId, name);
  const sort = options.sort ?? current.sort;
  const filter = 'filter' in options ? options.filter : current.filter;
  if (options.more && !current.next) return;
  store.set(options.more ? { ...current, loadingMore: true } : { ...current, status: 'loading', sort, filter, error: undefined });
  const load = (latest.get(key) ?? 0) + 1;
  latest.set(key, load);
  try {
    const api = await ideasApi();
    const page = { limit: PAGE_SIZE, ...(options.more && { cursor: current.next }) };
    const answer = name === 'done' ? await api.done(boardId, page) : await api.list(boardId, { ...page, sort, ...(filter && { status: filter }) });
    // A newer load (another filter or sort) may have started meanwhile: the last one wins.
    if (latest.get(key) !== load) return;
    answer.ideas.forEach((idea) => pagedVotes.remember(idea.id, idea.votes, idea.voted));
    const ideas = options.more ? [...current.ideas, ...answer.ideas] : answer.ideas;
    store.set({ status: 'ready', ideas, total: answer.total, next: answer.next, filter, sort, loadingMore: false });
  } catch (failure) {
    if (latest.get(key) !== load) return;
    // A failed further page keeps what is shown; a failed first page shows the failure.
    store.set({ ...store.get(), status: options.more ? 'ready' : 'error', loadingMore: false, error: toScError(failure) });
  }
}

/** Applies `change` to every shown copy of one idea; `drop` removes it (the shop hid it). */
function patchIdea(ideaId: string, change: (idea: Idea) => Idea, drop = false): void {
  for (const store of lists.values()) {
    const current = store.get();
    if (!current.ideas.some((idea) => idea.id === ideaId)) continue;
    const ideas = drop ? current.ideas.filter((idea) => idea.id !== ideaId) : current.ideas.map((idea) => (idea.id === ideaId ? change(idea) : idea));
    store.set({ ...current, ideas, total: current.total - (drop ? 1 : 0) });
  }
}

/**
 * Posts an idea. Resolves with it and shows it first on its board (where the filter lets
 * it in); rejects with an ScError, the draft untouched. Sending the same draft again
 * (after a failure, after a reload) posts it once.
 */
export async function submitIdea(boardId: string, draft: IdeaDraft): Promise<Idea> {
  try {
    const api = await ideasApi();
    const idea = await createOnce(`idea ${boardId}`, draft, (key) => api.create(boardId, draft, key));
    const store = ideaList(boardId, 'ideas');
    const current = store.get();
    if (current.status === 'ready' && (!current.filter || current.filter === idea.status) && !current.ideas.some((shown) => shown.id === idea.id)) {
      pagedVotes.remember(idea.id, idea.votes, idea.voted);
      store.set({ ...current, ideas: [idea, ...current.ideas], total: current.total + 1 });
    }
    return idea;
  } catch (failure) {
    throw toScError(failure);
  }
}

const commentLists = new Map<string, WritableAtom<CommentList>>();

/** An idea's comments; nothing loads until `loadComments()`. */
export function commentList(ideaId: string): WritableAtom<CommentList> {
  let store = commentLists.get(ideaId);
  if (!store) commentLists.set(ideaId, (store = atom<CommentList>({ status: 'idle', comments: [], total: 0 })));
  return store;
}

/** Loads an idea's first page of comments, or with `more` the next. */
export async function loadComments(ideaId: string, more = false): Promise<void> {
  const store = commentList(ideaId);
  const current = store.get();
  if (more && !current.next) return;
  if (!more) store.set({ ...current, status: 'loading', error: undefined });
  try {
    const page = await (await ideasApi()).comments(ideaId, { limit: PAGE_SIZE, ...(more && { cursor: current.next }) });
    store.set({ status: 'ready', comments: more ? [...current.comments, ...page.comments] : page.comments, total: page.total, next: page.next });
  } catch (failure) {
    store.set({ ...store.get(), status: more ? 'ready' : 'error', error: toScError(failure) });
  }
}

/** Comments on an idea, once however often the same comment is sent; it shows under the idea, counted. */
export async function submitComment(ideaId: string, draft: Omit<IdeaDraft, 'title'>): Promise<IdeaComment> {
  try {
    const api = await ideasApi();
    const comment = await createOnce(`comment ${ideaId}`, draft, (key) => api.comment(ideaId, draft, key));
    const store = commentList(ideaId);
    const current = store.get();
    if (!current.comments.some((shown) => shown.id === comment.id)) {
      store.set({ ...current, comments: [...current.comments, comment], total: current.total + 1 });
      patchIdea(ideaId, (idea) => ({ ...idea, comments: idea.comments + 1 }));
    }
    return comment;
  } catch (failure) {
    throw toScError(failure);
  }
}

// Another window's votes, comments and the shop's statuses, live.
onChange((change) => {
  if (change.kind !== 'idea') return;
  const { ideaId, votes, comments, status, note, hidden } = change;
  patchIdea(ideaId, (idea) => ({ ...idea, votes, comments, status, ...(note ? { note } : {}) }), hidden);
  const confirmed = ideaVotes.confirmed.get(ideaId);
  if (confirmed) ideaVotes.confirmed.set(ideaId, { ...confirmed, count: votes });
  if (confirmed) ideaVotes.show(ideaId);
});

// Another backend, site or customer: lists on screen load again, others are forgotten.
let previous = $settings.get();
$settings.listen((settings) => {
  const stale = (['adapter', 'site', 'userToken'] as const).some((key) => settings[key] !== previous[key]);
  previous = settings;
  if (!stale) return;
  for (const [key, store] of lists) {
    if (store.get().status === 'idle') continue;
    const [name, boardId] = key.split('\n') as [ListName, string];
    if (store.lc) void loadList(boardId, name);
    else store.set(name === 'done' ? { ...EMPTY, filter: 'done' } : EMPTY);
  }
  commentLists.clear();
});
