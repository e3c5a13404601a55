import type { z } from 'zod';
import type { Sql } from '../db/db.js';
import type { PollState } from '../schemas/polls.js';

export type PollAnswer = z.input<typeof PollState>;

export interface PollRow {
  id: string;
  kind: 'poll' | 'ask';
  question: string;
  options: { id: string; label: string }[];
  closed: boolean;
}

/** The columns a PollRow needs, for SELECT and RETURNING. */
export const pollColumns = 'id, kind, question, options, closed';

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

/** Creates or changes a seller's poll; votes for options it no longer has are dropped. */
export async function savePoll(
  tx: Sql,
  site: string,
  id: string,
  draft: { question: string; options: readonly { id: string; label: string }[]; closed: boolean },
): Promise<PollRow> {
  const [poll] = await tx.query<PollRow>(
    `INSERT INTO polls (site_id, id, question, options, closed) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (site_id, id) DO UPDATE SET question = $3, options = $4, closed = $5
     RETURNING ${pollColumns}`,
    [site, id, draft.question, JSON.stringify(draft.options), draft.closed],
  );
  await tx.query('DELETE FROM poll_votes WHERE site_id = $1 AND poll_id = $2 AND NOT (option_id = ANY($3))', [site, id, draft.options.map((option) => option.id)]);
  return poll!;
}
