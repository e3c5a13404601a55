import { z } from 'zod';
import { commentOf, commentPage, commentsToday, findIdea, ideaCursorAfter, ideaPage, type IdeaQuery, type IdeaRow, ideasToday, insertComment, insertIdea, lockIdea, publishIdea, setIdeaVote, withVotes } from '../data/ideas.js';
import type { Sql } from '../db/db.js';
import { actorOf, requireActor } from '../http/actor.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import type { Context } from 'hono';
import type { AppEnv } from '../http/env.js';
import { endpoint } from '../http/endpoint.js';
import { HttpError } from '../http/errors.js';
import { takeAnonymousVote, votesPerAddressText } from '../limits/anonymous-votes.js';
import type { RateLimiter } from '../limits/rate-limit.js';
import { newId } from '../ids.js';
import { enqueueWebhookEvent } from '../webhooks/enqueue.js';
import { ServerId } from '../schemas/common.js';
import { BoardId, CommentCursor, CommentDraft, Idea, IdeaComment, IdeaCommentPage, IdeaCursor, IdeaDraft, IdeaPage, IdeaSort, IdeaStatus, IdeaVoteState } from '../schemas/ideas.js';

/** Ideas one visitor or customer may post a day, and comments they may write: each is a row kept for good. */
export const IDEAS_PER_DAY = 10;
export const COMMENTS_PER_DAY = 50;

const BoardParams = z.object({ boardId: BoardId });
const IdeaParams = z.object({ ideaId: ServerId });
const boardPath = '/v1/sites/{site}/boards/{boardId}';
const ideaPath = '/v1/sites/{site}/ideas/{ideaId}';
const Limit = z.coerce.number().pipe(z.int().min(1).max(50)).default(10);
const Cursor = z.string().max(300).optional().describe('`next` of the previous page.');

/**
 * `idea` when the public may see it; 404 when there is none, it is another site's, or the
 * shop hid it: no one votes on, comments on or reads the comments of what the public cannot see.
 */
function shown(idea: IdeaRow | undefined): IdeaRow {
  if (!idea || idea.hidden) throw new HttpError(404, 'idea_not_found', 'No such idea on this site.');
  return idea;
}

/** A visible idea of the site, locked for the rest of the transaction. */
const visibleIdea = async (tx: Sql, site: string, ideaId: string): Promise<IdeaRow> => shown(await lockIdea(tx, site, ideaId));

/** A page of `query`'s list, with the cursor of the next; a cursor of another list is refused. */
async function page(c: Context<AppEnv>, query: Omit<IdeaQuery, 'after'>, cursor: string | undefined) {
  const db = c.get('db');
  const site = c.get('site').id;
  const after = cursor ? decodeCursor(c, IdeaCursor, cursor) : undefined;
  if (after && (after.sort !== query.sort || after.status !== (query.status ?? null))) {
    throw new HttpError(400, 'invalid_cursor', 'The cursor belongs to another list.');
  }
  const { rows, total } = await ideaPage(db, site, { ...query, after, limit: query.limit + 1 });
  const kept = rows.slice(0, query.limit);
  const last = kept.at(-1);
  return { rows: kept, total, ...(rows.length > query.limit && last ? { next: encodeCursor(c, ideaCursorAfter(query, last)) } : {}) };
}

export const listIdeas = endpoint(
  {
    method: 'get',
    path: `${boardPath}/ideas`,
    operationId: 'listIdeas',
    tag: 'ideas',
    summary: 'A board\'s ideas, by status, most voted or newest first, a page at a time',
    auth: 'public',
    params: BoardParams,
    query: z.object({ status: IdeaStatus.optional().describe('Only ideas with this status.'), sort: IdeaSort.default('top'), cursor: Cursor, limit: Limit }),
    status: 200,
    response: IdeaPage,
  },
  async (c, { params, query }) => {
    const { rows, ...rest } = await page(c, { sort: query.sort, status: query.status, board: params.boardId, limit: query.limit }, query.cursor);
    return { ideas: await withVotes(c.get('db'), c.get('site').id, rows, actorOf(c)), ...rest };
  },
);

export const listLaunchedIdeas = endpoint(
  {
    method: 'get',
    path: `${boardPath}/done`,
    operationId: 'listLaunchedIdeas',
    tag: 'ideas',
    summary: 'What the shop launched from the board\'s ideas: ideas marked done, the latest first',
    auth: 'public',
    params: BoardParams,
    query: z.object({ cursor: Cursor, limit: Limit }),
    status: 200,
    response: IdeaPage,
  },
  async (c, { params, query }) => {
    const { rows, ...rest } = await page(c, { sort: 'done', status: 'done', board: params.boardId, limit: query.limit }, query.cursor);
    return { ideas: await withVotes(c.get('db'), c.get('site').id, rows, actorOf(c)), ...rest };
  },
);

export const createIdea = endpoint(
  {
    method: 'post',
    path: `${boardPath}/ideas`,
    operationId: 'createIdea',
    tag: 'ideas',
    summary: 'Post an idea to a board',
    description: `A signed-in customer (X-User-Token) posts under their name; a guest must give \`author\`. At most ${IDEAS_PER_DAY} ideas per visitor or customer a day. A new idea has status \`new\`; the shop sees it in its queue (GET /ideas), and webhooks that take \`idea.posted\` get it.`,
    auth: 'visitor',
    params: BoardParams,
    body: IdeaDraft,
    status: 201,
    response: Idea,
    errors: [429],
    idempotent: 'optional',
  },
  async (c, { params, body }) => {
    const author = c.get('user')?.name ?? body.author;
    if (!author) throw new HttpError(400, 'author_required', 'A guest idea needs an author name.');
    const site = c.get('site').id;
    const actor = requireActor(c);
    return c.get('db').transaction(async (tx) => {
      if ((await ideasToday(tx, site, actor)) >= IDEAS_PER_DAY) throw new HttpError(429, 'too_many_ideas', `At most ${IDEAS_PER_DAY} ideas a day.`, 3600);
      const row = await insertIdea(tx, site, { id: newId('idea'), boardId: params.boardId, actor, title: body.title, text: body.text, author, locale: body.locale });
      const idea = (await withVotes(tx, site, [row], undefined))[0]!;
      await enqueueWebhookEvent(tx, site, 'idea.posted', idea);
      return idea;
    });
  },
);

const voteSpec = { path: `${ideaPath}/vote`, tag: 'ideas', auth: 'visitor', params: IdeaParams, status: 200, response: IdeaVoteState } as const;

/** The vote; `perAddress` holds each address's allowance of new anonymous votes per idea. */
export const voteIdea = (perAddress: RateLimiter) =>
  endpoint(
    {
      ...voteSpec,
      method: 'put',
      operationId: 'voteIdea',
      summary: 'Vote an idea up (idempotent)',
      description: `One vote per visitor or customer. A signed-in customer (X-User-Token) always counts once. Without one, ${votesPerAddressText}.`,
      errors: [429],
    },
    async (c, { params }) =>
      c.get('db').transaction(async (tx) => {
        const site = c.get('site').id;
        const idea = await visibleIdea(tx, site, params.ideaId);
        const votes = await setIdeaVote(tx, site, idea, requireActor(c), true);
        // Counted first, refused after: the vote rolls back with the 429.
        if (votes !== idea.votes) {
          takeAnonymousVote(c, perAddress, `idea:${idea.id}`);
          await publishIdea(tx, site, { ...idea, votes });
        }
        return { votes, voted: true };
      }),
  );

export const unvoteIdea = endpoint(
  { ...voteSpec, method: 'delete', operationId: 'unvoteIdea', summary: 'Take a vote for an idea back (idempotent)' },
  async (c, { params }) =>
    c.get('db').transaction(async (tx) => {
      const site = c.get('site').id;
      const idea = await visibleIdea(tx, site, params.ideaId);
      const votes = await setIdeaVote(tx, site, idea, requireActor(c), false);
      if (votes !== idea.votes) await publishIdea(tx, site, { ...idea, votes });
      return { votes, voted: false };
    }),
);

export const listIdeaComments = endpoint(
  {
    method: 'get',
    path: `${ideaPath}/comments`,
    operationId: 'listIdeaComments',
    tag: 'ideas',
    summary: 'An idea\'s comments, oldest first, a page at a time',
    auth: 'public',
    params: IdeaParams,
    query: z.object({ cursor: Cursor, limit: Limit }),
    status: 200,
    response: IdeaCommentPage,
  },
  async (c, { params, query }) => {
    const db = c.get('db');
    const site = c.get('site').id;
    // Read, not locked: a GET takes no row lock (and may run on a replica).
    const idea = shown(await findIdea(db, site, params.ideaId));
    const after = query.cursor ? decodeCursor(c, CommentCursor, query.cursor).s : undefined;
    const rows = await commentPage(db, site, idea.id, after, query.limit + 1);
    const page = rows.slice(0, query.limit);
    return {
      comments: page.map(commentOf),
      total: idea.comments,
      ...(rows.length > query.limit ? { next: encodeCursor(c, { s: page.at(-1)!.seq_text }) } : {}),
    };
  },
);

export const createIdeaComment = endpoint(
  {
    method: 'post',
    path: `${ideaPath}/comments`,
    operationId: 'createIdeaComment',
    tag: 'ideas',
    summary: 'Comment on an idea',
    description: `A signed-in customer (X-User-Token) comments under their name; a guest must give \`author\`. At most ${COMMENTS_PER_DAY} comments per visitor or customer a day.`,
    auth: 'visitor',
    params: IdeaParams,
    body: CommentDraft,
    status: 201,
    response: IdeaComment,
    errors: [429],
    idempotent: 'optional',
  },
  async (c, { params, body }) => {
    const author = c.get('user')?.name ?? body.author;
    if (!author) throw new HttpError(400, 'author_required', 'A guest comment needs an author name.');
    const site = c.get('site').id;
    const actor = requireActor(c);
    return c.get('db').transaction(async (tx) => {
      const idea = await visibleIdea(tx, site, params.ideaId);
      if ((await commentsToday(tx, site, actor)) >= COMMENTS_PER_DAY) throw new HttpError(429, 'too_many_comments', `At most ${COMMENTS_PER_DAY} comments a day.`, 3600);
      const comment = await insertComment(tx, site, { id: newId('ic'), ideaId: idea.id, actor, author, text: body.text, locale: body.locale });
      await publishIdea(tx, site, { ...idea, comments: idea.comments + 1 });
      return commentOf(comment);
    });
  },
);
