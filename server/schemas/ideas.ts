import { z } from 'zod';
import { ServerId, SignedBy } from './common.js';

/** A board as the page names it: `<sc-ideas board="roadmap">`. */
export const BoardId = z.string().min(1).max(128).meta({ id: 'BoardId', description: 'A board id as the shop names it in its page.' });

export const IdeaStatus = z
  .enum(['new', 'under_review', 'planned', 'done', 'declined'])
  .meta({ id: 'IdeaStatus', description: '`new` until the shop sets another; `done`: launched.' });
export type IdeaStatus = z.infer<typeof IdeaStatus>;

export const IdeaSort = z.enum(['top', 'new']).describe('`top`: most votes first; `new`: newest first.');
export type IdeaSort = z.infer<typeof IdeaSort>;

/** A display name a guest gives; a signed-in customer's comes from the user token. */
const GuestName = z.string().trim().min(1).max(60);

const Locale = z.string().regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/).describe('BCP 47 language tag of the text.');

export const StatusNote = z
  .object({
    status: IdeaStatus,
    text: z.string().describe('The shop\'s note, plain text; may be empty.'),
    by: SignedBy,
    at: z.iso.datetime(),
  })
  .meta({ id: 'IdeaStatusNote' });

export const Idea = z
  .object({
    id: ServerId,
    boardId: BoardId,
    title: z.string(),
    text: z.string().describe('As the author typed it: plain text, never HTML.'),
    author: z.string(),
    status: IdeaStatus,
    note: StatusNote.optional().describe('The shop\'s latest status and why, signed; absent while the idea is new.'),
    votes: z.int().min(0),
    voted: z.boolean().describe('This visitor or customer voted for it.'),
    comments: z.int().min(0),
    createdAt: z.iso.datetime(),
    locale: z.string().optional(),
  })
  .meta({ id: 'Idea' });

export const IdeaPage = z
  .object({
    ideas: z.array(Idea),
    next: z.string().optional().describe('Cursor of the next page; absent on the last.'),
    total: z.int().min(0),
  })
  .meta({ id: 'IdeaPage' });

export const ShopIdea = Idea.extend({ hidden: z.boolean() }).meta({ id: 'ShopIdea' });
export const ShopIdeaPage = z
  .object({ ideas: z.array(ShopIdea), next: z.string().optional(), total: z.int().min(0) })
  .meta({ id: 'ShopIdeaPage' });

export const IdeaComment = z
  .object({ id: ServerId, ideaId: ServerId, author: z.string(), text: z.string(), createdAt: z.iso.datetime(), locale: z.string().optional() })
  .meta({ id: 'IdeaComment' });

export const IdeaCommentPage = z
  .object({ comments: z.array(IdeaComment), next: z.string().optional(), total: z.int().min(0) })
  .meta({ id: 'IdeaCommentPage' });

export const IdeaVoteState = z.object({ votes: z.int().min(0), voted: z.boolean() }).meta({ id: 'IdeaVoteState' });

export const IdeaDraft = z
  .object({
    title: z.string().trim().min(1).max(120),
    text: z.string().max(5000).default(''),
    author: GuestName.optional().describe('For guests; a signed-in customer\'s name comes from the user token.'),
    locale: Locale.optional(),
  })
  .meta({ id: 'IdeaDraft' });

export const CommentDraft = z
  .object({
    text: z.string().trim().min(1).max(2000),
    author: GuestName.optional().describe('For guests; a signed-in customer\'s name comes from the user token.'),
    locale: Locale.optional(),
  })
  .meta({ id: 'IdeaCommentDraft' });

export const StatusDraft = z
  .object({ status: IdeaStatus, note: z.string().max(2000).default('').describe('Why, in the shop\'s words: shown with the status.') })
  .meta({ id: 'IdeaStatusDraft' });

/** An insertion order as a cursor holds it: digits of a positive PostgreSQL bigint. */
const Seq = z
  .string()
  .regex(/^\d{1,19}$/)
  .refine((digits) => BigInt(digits) <= 2n ** 63n - 1n);

/** What a page cursor holds: the sort, the last idea's vote count `k` (top) and `seq`, the filter it was made for. */
export const IdeaCursor = z.object({
  sort: z.enum(['top', 'new', 'done', 'shop']),
  status: IdeaStatus.nullable(),
  k: z.int().min(0).max(2 ** 31 - 1),
  s: Seq,
});
export type IdeaCursor = z.infer<typeof IdeaCursor>;

export const CommentCursor = z.object({ s: Seq });
