import type { z } from 'zod';
import type { Sql } from '../db/db.js';
import type { PollState } from '../schemas/polls.js';

export type PollAnswer = z.input<typeof PollState>;

/** A poll's option as stored: a seller's may be a product, labelled with its title. */
export interface StoredOption {
  id: string;
  label: string;
  productId?: string;
}

export interface PollRow {
  id: string;
  kind: 'poll' | 'ask';
  question: string;
  options: StoredOption[];
  closes_at: Date | null;
  /** Whether voting has ended, as of the transaction's start. */
  closed: boolean;
}

/** The columns a PollRow needs, for SELECT and RETURNING. */
export const pollColumns = 'id, kind, question, options, closes_at, coalesce(closes_at <= now(), false) AS closed';

/** Polls by id; unknown ids are left out. */
export function findPolls(sql: Sql, site: string, ids: readonly string[]): Promise<PollRow[]> {
  return sql.query<PollRow>(`SELECT ${pollColumns} FROM polls WHERE site_id = $1 AND id = ANY($2)`, [site, ids]);
}

/** One poll, share-locked so it cannot change or go while a vote for it is written. */
export async function lockPoll(tx: Sql, site: string, id: string): Promise<PollRow | undefined> {
  const [poll] = await tx.query<PollRow>(`SELECT ${pollColumns} FROM polls WHERE site_id = $1 AND id = $2 FOR SHARE`, [site, id]);
  return poll;
}

/** Rows to API polls with their vote counts and `actor`'s choice, one query after the other. */
export async function withVotes(sql: Sql, site: string, polls: readonly PollRow[], actor: string | undefined): Promise<PollAnswer[]> {
  const ids = polls.map((poll) => poll.id);
  const votes = await sql.query<{ poll_id: string; option_id: string; votes: number }>(
    'SELECT poll_id, option_id, count(*)::int AS votes FROM poll_votes WHERE site_id = $1 AND poll_id = ANY($2) GROUP BY poll_id, option_id',
    [site, ids],
  );
  const mine = actor
    ? await sql.query<{ poll_id: string; option_id: string }>('SELECT poll_id, option_id FROM poll_votes WHERE site_id = $1 AND actor = $2 AND poll_id = ANY($3)', [site, actor, ids])
    : [];
  const count = new Map(votes.map((row) => [`${row.poll_id}\n${row.option_id}`, row.votes]));
  const choice = new Map(mine.map((row) => [row.poll_id, row.option_id]));
  return polls.map((poll) => ({
    id: poll.id,
    kind: poll.kind,
    question: poll.question,
    options: poll.options.map((option) => ({ ...option, votes: count.get(`${poll.id}\n${option.id}`) ?? 0 })),
    ...(choice.has(poll.id) ? { voted: choice.get(poll.id) } : {}),
    closed: poll.closed,
    ...(poll.closes_at ? { closesAt: poll.closes_at.toISOString() } : {}),
  }));
}

/** One poll row to its API form. */
export async function pollWithVotes(sql: Sql, site: string, poll: PollRow, actor: string | undefined): Promise<PollAnswer> {
  const [answer] = await withVotes(sql, site, [poll], actor);
  return answer!;
}

/** The option `actor` voted for, if they did. */
export async function voteOf(sql: Sql, site: string, pollId: string, actor: string): Promise<string | undefined> {
  const [row] = await sql.query<{ option_id: string }>('SELECT option_id FROM poll_votes WHERE site_id = $1 AND poll_id = $2 AND actor = $3', [site, pollId, actor]);
  return row?.option_id;
}

/** Records `actor`'s vote, or moves it: the key makes it one vote per actor and poll. */
export async function castVote(tx: Sql, site: string, pollId: string, actor: string, optionId: string): Promise<void> {
  await tx.query(
    `INSERT INTO poll_votes (site_id, poll_id, actor, option_id) VALUES ($1, $2, $3, $4)
     ON CONFLICT (site_id, poll_id, actor) DO UPDATE SET option_id = $4`,
    [site, pollId, actor, optionId],
  );
}

/** What a seller's poll is saved as: options with their ids and labels, and when voting ends. */
export interface PollRecord {
  readonly question: string;
  readonly options: readonly StoredOption[];
  readonly closesAt: Date | null;
  /** Ends voting now, unless it ended before (that time is kept). */
  readonly close: boolean;
}

/** Whether a vote for `before` still counts for `after`: the same text, or the same product. */
const sameChoice = (before: StoredOption, after: StoredOption): boolean =>
  before.productId === after.productId && (before.productId !== undefined || before.label === after.label);

/**
 * Creates or replaces a seller's poll; undefined when `id` is a shopper's ask, which is not
 * the seller's to change. A vote stays with its option while the option keeps its id and
 * its text or product; votes for an option removed or changed are dropped, since they were
 * given to something the poll no longer offers (those voters may vote again).
 */
export async function savePoll(tx: Sql, site: string, id: string, poll: PollRecord): Promise<PollRow | undefined> {
  const [before] = await tx.query<PollRow>(`SELECT ${pollColumns} FROM polls WHERE site_id = $1 AND id = $2 FOR UPDATE`, [site, id]);
  if (before?.kind === 'ask') return undefined;
  // Closed now: the transaction's now(), the time `closed` is read against.
  const closeNow = poll.close && !before?.closed;
  const closesAt = poll.close ? (before?.closes_at ?? null) : poll.closesAt;
  const [saved] = await tx.query<PollRow>(
    `INSERT INTO polls (site_id, id, question, options, closes_at) VALUES ($1, $2, $3, $4, CASE WHEN $6 THEN now() ELSE $5::timestamptz END)
     ON CONFLICT (site_id, id) DO UPDATE SET question = EXCLUDED.question, options = EXCLUDED.options, closes_at = EXCLUDED.closes_at
     RETURNING ${pollColumns}`,
    [site, id, poll.question, JSON.stringify(poll.options), closesAt, closeNow],
  );
  const kept = poll.options.filter((option) => before?.options.some((old) => old.id === option.id && sameChoice(old, option))).map((option) => option.id);
  await tx.query('DELETE FROM poll_votes WHERE site_id = $1 AND poll_id = $2 AND NOT (option_id = ANY($3))', [site, id, kept]);
  return saved!;
}

/** Ends voting on a seller's poll now, unless it ended before; undefined when there is no such seller's poll. */
export async function closePoll(tx: Sql, site: string, id: string): Promise<PollRow | undefined> {
  const [poll] = await tx.query<PollRow>(
    `UPDATE polls SET closes_at = CASE WHEN closes_at <= now() THEN closes_at ELSE now() END
     WHERE site_id = $1 AND id = $2 AND kind = 'poll' RETURNING ${pollColumns}`,
    [site, id],
  );
  return poll;
}

/** A page of the site's seller polls, newest first, from after `before` (the last row of the previous page). */
export function sellerPolls(sql: Sql, site: string, limit: number, before?: { t: string; id: string }): Promise<(PollRow & { created_text: string })[]> {
  return sql.query(
    `SELECT ${pollColumns}, created_at::text AS created_text FROM polls
     WHERE site_id = $1 AND kind = 'poll' AND ($2::timestamptz IS NULL OR (created_at, id) < ($2::timestamptz, $3))
     ORDER BY created_at DESC, id DESC LIMIT $4`,
    [site, before?.t ?? null, before?.id ?? '', limit],
  );
}
