import { z } from 'zod';
import type { Sql } from '../db/db.js';
import { publish } from '../events/hub.js';
import { actorOf, requireActor } from '../http/actor.js';
import { endpoint } from '../http/endpoint.js';
import { HttpError } from '../http/errors.js';
import { ServerId } from '../schemas/common.js';

/** Up to 128 characters: an ask's options are product ids. */
export const OptionId = z.string().min(1).max(128);

export const PollState = z
  .object({
    id: ServerId,
    kind: z.enum(['poll', 'ask']).describe('`ask`: a shopper\'s "which one?" poll; its options are product ids and its question is empty (widgets show their own).'),
    question: z.string(),
    options: z.array(z.object({ id: OptionId, label: z.string(), votes: z.int().min(0) })),
    voted: OptionId.optional().describe('The option this visitor chose.'),
    closed: z.boolean(),
  })
  .meta({ id: 'PollState' });
type State = z.input<typeof PollState>;

interface PollRow {
  id: string;
  kind: 'poll' | 'ask';
  question: string;
  options: { id: string; label: string }[];
  closed: boolean;
}

/** Polls with vote counts and `actor`'s choice; unknown ids are left out. */
async function readPolls(sql: Sql, site: string, ids: readonly string[], actor: string | undefined): Promise<State[]> {
  const [polls, votes, mine] = await Promise.all([
    sql.query<PollRow>('SELECT id, kind, question, options, closed FROM polls WHERE site_id = $1 AND id = ANY($2)', [site, ids]),
    sql.query<{ poll_id: string; option_id: string; votes: number }>(
      'SELECT poll_id, option_id, count(*)::int AS votes FROM poll_votes WHERE site_id = $1 AND poll_id = ANY($2) GROUP BY poll_id, option_id',
      [site, ids],
    ),
    actor ? sql.query<{ poll_id: string; option_id: string }>('SELECT poll_id, option_id FROM poll_votes WHERE site_id = $1 AND actor = $2 AND poll_id = ANY($3)', [site, actor, ids]) : [],
  ]);
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

export async function readPoll(sql: Sql, site: string, id: string, actor: string | undefined): Promise<State> {
  const [poll] = await readPolls(sql, site, [id], actor);
  if (!poll) throw new HttpError(404, 'poll_not_found', 'No such poll on this site.');
  return poll;
}

/** Live streams get the counts only: whose vote is whose stays private. */
async function publishPoll(tx: Sql, site: string, poll: State): Promise<void> {
  const options = poll.options.map(({ id, votes }) => ({ id, votes }));
  await publish(tx, { site, kind: 'poll', topic: poll.id, data: { pollId: poll.id, options } });
}

export const readPollStates = endpoint(
  {
    method: 'get',
    path: '/v1/sites/{site}/polls',
    operationId: 'readPolls',
    tag: 'polls',
    summary: 'Polls with their vote counts, many in one request; unknown ids are left out',
    auth: 'public',
    query: z.object({ ids: z.array(ServerId).min(1).max(100) }),
    status: 200,
    response: z.object({ polls: z.record(ServerId, PollState) }),
  },
  async (c, { query }) => {
    const polls = await readPolls(c.get('db'), c.get('site').id, query.ids, actorOf(c));
    return { polls: Object.fromEntries(polls.map((poll) => [poll.id, poll])) };
  },
);

export const vote = endpoint(
  {
    method: 'put',
    path: '/v1/sites/{site}/polls/{pollId}/vote',
    operationId: 'votePoll',
    tag: 'polls',
    summary: 'Vote, or move this visitor\'s vote to another option',
    auth: 'visitor',
    params: z.object({ pollId: ServerId }),
    body: z.object({ optionId: OptionId }).meta({ id: 'PollVote' }),
    status: 200,
    response: PollState,
    errors: [409],
  },
  async (c, { params, body }) => {
    const site = c.get('site').id;
    const actor = requireActor(c);
    return c.get('db').transaction(async (tx) => {
      const [poll] = await tx.query<PollRow>('SELECT id, kind, question, options, closed FROM polls WHERE site_id = $1 AND id = $2 FOR SHARE', [site, params.pollId]);
      if (!poll) throw new HttpError(404, 'poll_not_found', 'No such poll on this site.');
      if (poll.closed) throw new HttpError(409, 'poll_closed', 'The poll is closed.');
      if (!poll.options.some((option) => option.id === body.optionId)) throw new HttpError(400, 'unknown_option', 'The poll has no such option.');
      await tx.query(
        `INSERT INTO poll_votes (site_id, poll_id, actor, option_id) VALUES ($1, $2, $3, $4)
         ON CONFLICT (site_id, poll_id, actor) DO UPDATE SET option_id = $4`,
        [site, params.pollId, actor, body.optionId],
      );
      const state = await readPoll(tx, site, params.pollId, actor);
      await publishPoll(tx, site, state);
      return state;
    });
  },
);

export const putPoll = endpoint(
  {
    method: 'put',
    path: '/v1/sites/{site}/polls/{pollId}',
    operationId: 'putPoll',
    tag: 'seller',
    summary: 'Create, change or close a poll (server to server)',
    description: 'Votes for options that are removed are dropped.',
    auth: 'seller',
    params: z.object({ pollId: ServerId }),
    body: z
      .object({
        question: z.string().min(1).max(300),
        options: z.array(z.object({ id: OptionId, label: z.string().min(1).max(120) })).min(2).max(10),
        closed: z.boolean().default(false),
      })
      .meta({ id: 'PollDraft' }),
    status: 200,
    response: PollState,
  },
  async (c, { params, body }) => {
    const site = c.get('site').id;
    if (new Set(body.options.map((option) => option.id)).size !== body.options.length) {
      throw new HttpError(400, 'invalid_request', 'body.options: option ids must be unique');
    }
    return c.get('db').transaction(async (tx) => {
      await tx.query(
        `INSERT INTO polls (site_id, id, question, options, closed) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (site_id, id) DO UPDATE SET question = $3, options = $4, closed = $5`,
        [site, params.pollId, body.question, JSON.stringify(body.options), body.closed],
      );
      await tx.query('DELETE FROM poll_votes WHERE site_id = $1 AND poll_id = $2 AND NOT (option_id = ANY($3))', [site, params.pollId, body.options.map((option) => option.id)]);
      const state = await readPoll(tx, site, params.pollId, undefined);
      await publishPoll(tx, site, state);
      return state;
    });
  },
);
