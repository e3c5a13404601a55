import type { Idea, IdeaComment, IdeaCommentPage, IdeaPage, IdeasApi } from '../../core/adapter.js';
import type { RestAdapter } from './rest-adapter.js';

const path = (...parts: string[]) => parts.map(encodeURIComponent).join('/');
const paging = ({ cursor, limit }: { readonly cursor?: string; readonly limit: number }) => ({ limit, ...(cursor && { cursor }) });

/** Ideas boards on the reference server (openapi.yaml, tag `ideas`); with `live`, votes and statuses of the boards read follow. */
export function create(rest: RestAdapter): IdeasApi {
  return {
    list: async (boardId, { status, sort, ...page }) => {
      const answer = await rest.request<IdeaPage>(`${path('boards', boardId)}/ideas`, { searchParams: { sort, ...paging(page), ...(status && { status }) } });
      rest.follow('ideas', [boardId]);
      return answer;
    },
    done: (boardId, page) => rest.request<IdeaPage>(`${path('boards', boardId)}/done`, { searchParams: paging(page) }),
    create: (boardId, draft, key) => rest.create<Idea>(`${path('boards', boardId)}/ideas`, draft, key),
    // No retry inside the request: a vote over its address's limit waits minutes (Retry-After), the outbox's to wait.
    vote: (ideaId, voted) => rest.request<Pick<Idea, 'votes' | 'voted'>>(`${path('ideas', ideaId)}/vote`, { method: voted ? 'put' : 'delete', retry: 0 }, true),
    comments: (ideaId, page) => rest.request<IdeaCommentPage>(`${path('ideas', ideaId)}/comments`, { searchParams: paging(page) }),
    comment: (ideaId, draft, key) => rest.create<IdeaComment>(`${path('ideas', ideaId)}/comments`, draft, key),
  };
}
