import { z } from 'zod';
import { commentOf, forShop, hideComment, hideIdea, ideaCursorAfter, ideaPage, lockIdea, publishIdea, setStatus } from '../data/ideas.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import { endpoint } from '../http/endpoint.js';
import { HttpError } from '../http/errors.js';
import { signatureOf } from '../http/signature.js';
import { ServerId } from '../schemas/common.js';
import { BoardId, IdeaComment, IdeaCursor, IdeaStatus, ShopIdea, ShopIdeaPage, StatusDraft } from '../schemas/ideas.js';

const IdeaParams = z.object({ ideaId: ServerId });
const ideaPath = '/v1/sites/{site}/ideas/{ideaId}';
const Visibility = z.object({ hidden: z.boolean() }).meta({ id: 'IdeaVisibility' });

/** The shop's ideas routes; hidden ideas are the shop's to see and change, so none of these 404s on them. */
export const listIdeasForShop = endpoint(
  {
    method: 'get',
    path: '/v1/sites/{site}/ideas',
    operationId: 'listIdeasForShop',
    tag: 'seller',
    summary: 'Ideas of every board by status, oldest first, hidden ones included (the shop\'s queue)',
    description: '`status=new` is what waits for the shop: ideas no one has given a status yet.',
    auth: 'member:answer',
    query: z.object({
      status: IdeaStatus.optional(),
      board: BoardId.optional().describe('Only this board\'s ideas.'),
      cursor: z.string().max(300).optional(),
      limit: z.coerce.number().pipe(z.int().min(1).max(100)).default(50),
    }),
    status: 200,
    response: ShopIdeaPage,
  },
  async (c, { query }) => {
    const after = query.cursor ? decodeCursor(c, IdeaCursor, query.cursor) : undefined;
    if (after && (after.sort !== 'shop' || after.status !== (query.status ?? null))) throw new HttpError(400, 'invalid_cursor', 'The cursor belongs to another list.');
    const list = { sort: 'shop', status: query.status, board: query.board, withHidden: true, limit: query.limit } as const;
    const { rows, total } = await ideaPage(c.get('db'), c.get('site').id, { ...list, after, limit: query.limit + 1 });
    const shown = rows.slice(0, query.limit);
    return { ideas: forShop(shown), total, ...(rows.length > query.limit ? { next: encodeCursor(c, ideaCursorAfter(list, shown.at(-1)!)) } : {}) };
  },
);

export const setIdeaStatus = endpoint(
  {
    method: 'put',
    path: `${ideaPath}/status`,
    operationId: 'setIdeaStatus',
    tag: 'seller',
    summary: 'Give an idea a status with a note, signed by the team member',
    description: 'The note shows with the status, signed with the member\'s name and role (`by`; null when the site\'s secret key set it). Each status is kept; the idea shows the latest. `done` puts it on the board\'s done list.',
    auth: 'member:answer',
    params: IdeaParams,
    body: StatusDraft,
    status: 200,
    response: ShopIdea,
  },
  async (c, { params, body }) => {
    const site = c.get('site').id;
    return c.get('db').transaction(async (tx) => {
      if (!(await lockIdea(tx, site, params.ideaId))) throw new HttpError(404, 'idea_not_found', 'No such idea on this site.');
      const idea = await setStatus(tx, site, params.ideaId, body.status, body.note, signatureOf(c));
      await publishIdea(tx, site, idea);
      return forShop([idea])[0]!;
    });
  },
);

export const moderateIdea = endpoint(
  {
    method: 'patch',
    path: ideaPath,
    operationId: 'moderateIdea',
    tag: 'seller',
    summary: 'Hide an idea from the board, or show it again',
    description: 'A hidden idea leaves every list, its votes and comments kept; no one can vote on or comment on it.',
    auth: 'member:moderate',
    params: IdeaParams,
    body: Visibility,
    status: 200,
    response: ShopIdea,
  },
  async (c, { params, body }) => {
    const site = c.get('site').id;
    return c.get('db').transaction(async (tx) => {
      const before = await lockIdea(tx, site, params.ideaId);
      if (!before) throw new HttpError(404, 'idea_not_found', 'No such idea on this site.');
      const idea = await hideIdea(tx, site, before.id, body.hidden);
      if (before.hidden !== body.hidden) await publishIdea(tx, site, idea);
      return forShop([idea])[0]!;
    });
  },
);

export const moderateIdeaComment = endpoint(
  {
    method: 'patch',
    path: `${ideaPath}/comments/{commentId}`,
    operationId: 'moderateIdeaComment',
    tag: 'seller',
    summary: 'Hide a comment on an idea, or show it again',
    auth: 'member:moderate',
    params: IdeaParams.extend({ commentId: ServerId }),
    body: Visibility,
    status: 200,
    response: IdeaComment.extend({ hidden: z.boolean() }).meta({ id: 'ShopIdeaComment' }),
  },
  async (c, { params, body }) => {
    const site = c.get('site').id;
    return c.get('db').transaction(async (tx) => {
      const before = await lockIdea(tx, site, params.ideaId);
      const comment = before && (await hideComment(tx, site, before.id, params.commentId, body.hidden));
      if (!before || !comment) throw new HttpError(404, 'comment_not_found', 'No such comment on this idea.');
      const idea = (await lockIdea(tx, site, before.id))!;
      if (idea.comments !== before.comments) await publishIdea(tx, site, idea);
      return { ...commentOf(comment), hidden: comment.hidden };
    });
  },
);
