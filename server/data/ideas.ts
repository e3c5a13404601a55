import type { z } from 'zod';
import type { Sql } from '../db/db.js';
import { publish } from '../events/hub.js';
import { setCountedVote } from './counted-votes.js';
import { type Signature, signedBy } from '../http/signature.js';
import type { Idea, IdeaComment, IdeaCursor, IdeaStatus, ShopIdea } from '../schemas/ideas.js';

/** An idea as stored, with the status row that set its status (LEFT JOIN: NULLs while new). */
export interface IdeaRow {
  id: string;
  board_id: string;
  title: string;
  body: string;
  author: string;
  locale: string | null;
  status: IdeaStatus;
  hidden: boolean;
  votes: number;
  comments: number;
  created_at: Date;
  /** Insertion order and launch order as text: a bigint may exceed a JS number's exact range. */
  seq_text: string;
  status_seq_text: string | null;
  note: string | null;
  note_status: IdeaStatus | null;
  member_name: string | null;
  member_role: string | null;
  note_at: Date | null;
}

const ideaSelect = `SELECT i.id, i.board_id, i.title, i.body, i.author, i.locale, i.status, i.hidden, i.votes, i.comments, i.created_at,
  i.seq::text AS seq_text, i.status_seq::text AS status_seq_text,
  s.note, s.status AS note_status, s.member_name, s.member_role, s.created_at AS note_at
  FROM ideas i LEFT JOIN idea_statuses s ON s.site_id = i.site_id AND s.seq = i.status_seq`;

type ApiIdea = z.input<typeof Idea>;

function ideaOf(row: IdeaRow, voted: boolean): ApiIdea {
  return {
    id: row.id,
    boardId: row.board_id,
    title: row.title,
    text: row.body,
    author: row.author,
    status: row.status,
    ...(row.note_status && {
      note: {
        status: row.note_status,
        text: row.note ?? '',
        by: signedBy(row.member_name, row.member_role),
        at: row.note_at!.toISOString(),
      },
    }),
    votes: row.votes,
    voted,
    comments: row.comments,
    createdAt: row.created_at.toISOString(),
    ...(row.locale ? { locale: row.locale } : {}),
  };
}

/** Rows to API ideas, with whether `actor` voted for each, in one more query for the page. */
export async function withVotes(sql: Sql, site: string, rows: readonly IdeaRow[], actor: string | undefined): Promise<ApiIdea[]> {
  const mine = actor
    ? await sql.query<{ idea_id: string }>('SELECT idea_id FROM idea_votes WHERE site_id = $1 AND actor = $2 AND idea_id = ANY($3)', [site, actor, rows.map((row) => row.id)])
    : [];
  const voted = new Set(mine.map((vote) => vote.idea_id));
  return rows.map((row) => ideaOf(row, voted.has(row.id)));
}

/**
 * Announces an idea's public state to live streams on its board when `tx` commits: its
 * votes, comments, status and note, and whether the shop hid it. Whose votes stays private.
 */
export async function publishIdea(tx: Sql, site: string, row: IdeaRow): Promise<void> {
  const { votes, comments, status, note } = ideaOf(row, false);
  const data = { boardId: row.board_id, ideaId: row.id, votes, comments, status, ...(note && { note }), hidden: row.hidden };
  await publish(tx, { site, kind: 'idea', topic: row.board_id, data });
}

/** Ideas as the shop sees them: hidden ones included and marked. */
export const forShop = (rows: readonly IdeaRow[]): z.input<typeof ShopIdea>[] => rows.map((row) => ({ ...ideaOf(row, false), hidden: row.hidden }));

/**
 * Keyset paging, as for reviews (data/review-pages.ts): each order is one index of
 * migration 020 read in its direction, and the cursor holds the last row's keys.
 * `$k` and `$s` are the cursor's values.
 */
const orders: Record<IdeaCursor['sort'], { order: string; after: string; key: (row: IdeaRow) => number; seq: (row: IdeaRow) => string }> = {
  new: { order: 'i.seq DESC', after: 'i.seq < $s', key: () => 0, seq: (row) => row.seq_text },
  top: { order: 'i.votes DESC, i.seq DESC', after: '(i.votes, i.seq) < ($k, $s)', key: (row) => row.votes, seq: (row) => row.seq_text },
  // Launched most recently first: the status row that made it done orders them.
  done: { order: 'i.status_seq DESC', after: 'i.status_seq < $s', key: () => 0, seq: (row) => row.status_seq_text ?? '0' },
  // The shop's queue: oldest first, so nothing waits forever.
  shop: { order: 'i.seq', after: 'i.seq > $s', key: () => 0, seq: (row) => row.seq_text },
};

export interface IdeaQuery {
  readonly sort: IdeaCursor['sort'];
  /** Only ideas with this status (the done list always has `done`). */
  readonly status?: IdeaStatus;
  /** Only this board's; the shop's queue spans every board. */
  readonly board?: string;
  /** Hidden ideas too: the shop's queue only. */
  readonly withHidden?: boolean;
  readonly after?: IdeaCursor;
  /** Rows to read: one more than a page shows tells whether there is a next. */
  readonly limit: number;
}

function where(query: IdeaQuery, values: unknown[]): string[] {
  const filters = ['i.site_id = $1'];
  if (query.board !== undefined) filters.push(`i.board_id = $${values.push(query.board)}`);
  if (query.status) filters.push(`i.status = $${values.push(query.status)}`);
  if (!query.withHidden) filters.push('NOT i.hidden');
  return filters;
}

/** A page of ideas, and how many the whole list holds. */
export async function ideaPage(sql: Sql, site: string, query: IdeaQuery): Promise<{ rows: IdeaRow[]; total: number }> {
  const values: unknown[] = [site];
  const filters = where(query, values);
  const [count] = await sql.query<{ total: number }>(`SELECT count(*)::int AS total FROM ideas i WHERE ${filters.join(' AND ')}`, values);
  const order = orders[query.sort];
  const after = query.after;
  if (after) filters.push(order.after.replace(/\$([ks])\b/g, (_, name: 'k' | 's') => `$${values.push(after[name])}`));
  const rows = await sql.query<IdeaRow>(`${ideaSelect} WHERE ${filters.join(' AND ')} ORDER BY ${order.order} LIMIT ${query.limit}`, values);
  return { rows, total: count!.total };
}

/** The cursor that continues after `row`. */
export const ideaCursorAfter = (query: IdeaQuery, row: IdeaRow): IdeaCursor => ({
  sort: query.sort,
  status: query.status ?? null,
  k: orders[query.sort].key(row),
  s: orders[query.sort].seq(row),
});

/** Ideas `actor` posted in the last 24 hours. */
export async function ideasToday(sql: Sql, site: string, actor: string): Promise<number> {
  const [row] = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM ideas WHERE site_id = $1 AND actor = $2 AND created_at > now() - interval '1 day'`, [site, actor]);
  return row!.n;
}

/** Comments `actor` wrote in the last 24 hours. */
export async function commentsToday(sql: Sql, site: string, actor: string): Promise<number> {
  const [row] = await sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM idea_comments WHERE site_id = $1 AND actor = $2 AND created_at > now() - interval '1 day'`, [site, actor]);
  return row!.n;
}

export interface NewIdea {
  readonly id: string;
  readonly boardId: string;
  readonly actor: string;
  readonly title: string;
  readonly text: string;
  readonly author: string;
  readonly locale?: string;
}

export async function insertIdea(tx: Sql, site: string, idea: NewIdea): Promise<IdeaRow> {
  await tx.query('INSERT INTO ideas (site_id, id, board_id, actor, title, body, author, locale) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [
    site, idea.id, idea.boardId, idea.actor, idea.title, idea.text, idea.author, idea.locale ?? null,
  ]);
  return (await lockIdea(tx, site, idea.id))!;
}

/** An idea of the site; undefined when there is none (or it is another site's). */
export async function findIdea(sql: Sql, site: string, ideaId: string, lock = ''): Promise<IdeaRow | undefined> {
  const [row] = await sql.query<IdeaRow>(`${ideaSelect} WHERE i.site_id = $1 AND i.id = $2${lock}`, [site, ideaId]);
  return row;
}

/** Locks an idea of the site for the rest of the transaction; undefined when there is none (or it is another site's). */
export const lockIdea = (tx: Sql, site: string, ideaId: string): Promise<IdeaRow | undefined> => findIdea(tx, site, ideaId, ' FOR UPDATE OF i');

/** Sets `actor`'s vote (setCountedVote); resolves to the idea's vote count. */
export const setIdeaVote = (tx: Sql, site: string, idea: IdeaRow, actor: string, voted: boolean): Promise<number> =>
  setCountedVote(tx, { table: 'idea_votes', subject: 'idea_id', counted: 'ideas', counter: 'votes' }, site, idea.id, actor, voted, idea.votes);

/** Gives an idea a status and a signed note (kept as history); resolves to the idea as it now is. */
export async function setStatus(tx: Sql, site: string, ideaId: string, status: IdeaStatus, note: string, by: Signature): Promise<IdeaRow> {
  const [row] = await tx.query<{ seq: string }>(
    'INSERT INTO idea_statuses (site_id, idea_id, status, note, member_id, member_name, member_role) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING seq::text AS seq',
    [site, ideaId, status, note, by.memberId, by.name, by.role],
  );
  await tx.query('UPDATE ideas SET status = $3, status_seq = $4 WHERE site_id = $1 AND id = $2', [site, ideaId, status, row!.seq]);
  return (await lockIdea(tx, site, ideaId))!;
}

export async function hideIdea(tx: Sql, site: string, ideaId: string, hidden: boolean): Promise<IdeaRow> {
  await tx.query('UPDATE ideas SET hidden = $3 WHERE site_id = $1 AND id = $2', [site, ideaId, hidden]);
  return (await lockIdea(tx, site, ideaId))!;
}

export interface CommentRow {
  id: string;
  idea_id: string;
  author: string;
  body: string;
  locale: string | null;
  hidden: boolean;
  created_at: Date;
  seq_text: string;
}
const commentColumns = 'id, idea_id, author, body, locale, hidden, created_at, seq::text AS seq_text';

export const commentOf = (row: CommentRow): z.input<typeof IdeaComment> => ({
  id: row.id,
  ideaId: row.idea_id,
  author: row.author,
  text: row.body,
  createdAt: row.created_at.toISOString(),
  ...(row.locale ? { locale: row.locale } : {}),
});

/** Adds a comment and counts it on its idea. */
export async function insertComment(tx: Sql, site: string, comment: { id: string; ideaId: string; actor: string; author: string; text: string; locale?: string }): Promise<CommentRow> {
  const [row] = await tx.query<CommentRow>(
    `INSERT INTO idea_comments (site_id, id, idea_id, actor, author, body, locale) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${commentColumns}`,
    [site, comment.id, comment.ideaId, comment.actor, comment.author, comment.text, comment.locale ?? null],
  );
  await tx.query('UPDATE ideas SET comments = comments + 1 WHERE site_id = $1 AND id = $2', [site, comment.ideaId]);
  return row!;
}

/** A page of an idea's visible comments, oldest first (a conversation reads down). */
export async function commentPage(sql: Sql, site: string, ideaId: string, after: string | undefined, limit: number): Promise<CommentRow[]> {
  const values: unknown[] = [site, ideaId];
  const since = after ? ` AND seq > $${values.push(after)}` : '';
  return sql.query<CommentRow>(`SELECT ${commentColumns} FROM idea_comments WHERE site_id = $1 AND idea_id = $2 AND NOT hidden${since} ORDER BY seq LIMIT ${limit}`, values);
}

/** Hides a comment of `ideaId` or shows it again, keeping the idea's count of visible comments; undefined when there is no such comment. */
export async function hideComment(tx: Sql, site: string, ideaId: string, commentId: string, hidden: boolean): Promise<CommentRow | undefined> {
  const [before] = await tx.query<{ hidden: boolean }>('SELECT hidden FROM idea_comments WHERE site_id = $1 AND idea_id = $2 AND id = $3 FOR UPDATE', [site, ideaId, commentId]);
  if (!before) return undefined;
  const [row] = await tx.query<CommentRow>(`UPDATE idea_comments SET hidden = $4 WHERE site_id = $1 AND idea_id = $2 AND id = $3 RETURNING ${commentColumns}`, [site, ideaId, commentId, hidden]);
  if (before.hidden !== hidden) await tx.query('UPDATE ideas SET comments = comments + $3 WHERE site_id = $1 AND id = $2', [site, ideaId, hidden ? -1 : 1]);
  return row;
}
