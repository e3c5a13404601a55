import { z } from 'zod';
import type { Sql } from '../db/db.js';
import { recordActivity } from '../data/activity.js';
import { castVote, findPolls, lockPoll, type PollAnswer, pollWithVotes, voteOf, withVotes } from '../data/polls.js';
import { publish } from '../events/hub.js';
import { actorOf } from '../http/actor.js';
import { endpoint } from '../http/endpoint.js';
import { shopper } from '../http/shopper.js';
import { HttpError } from '../http/errors.js';
import { takeAnonymousVote, votesPerAddressText } from '../limits/anonymous-votes.js';
import type { RateLimiter } from '../limits/rate-limit.js';
import { ServerId } from '../schemas/common.js';
import { OptionId, PollState } from '../schemas/polls.js';

/** Live streams get the counts and whether voting ended: whose vote is whose stays private. */
export async function publishPoll(tx: Sql, site: string, poll: PollAnswer): Promise<void> {
  const options = poll.options.map(({ id, votes }) => ({ id, votes }));
  await publish(tx, { site, kind: 'poll', topic: poll.id, data: { pollId: poll.id, options, closed: poll.closed } });
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
    const db = c.get('db');
    const site = c.get('site').id;
    const polls = await withVotes(db, site, await findPolls(db, site, query.ids), actorOf(c));
    return { polls: Object.fromEntries(polls.map((poll) => [poll.id, poll])) };
  },
);

/** The vote route; `perAddress` holds each address's allowance of new anonymous votes per poll. */
export const vote = (perAddress: RateLimiter) =>
  endpoint(
    {
      method: 'put',
      path: '/v1/sites/{site}/polls/{pollId}/vote',
      operationId: 'votePoll',
      tag: 'polls',
      summary: 'Vote, or move this visitor\'s vote to another option',
      description: `A signed-in customer (X-User-Token) always counts once. Without one, ${votesPerAddressText}. Moving a vote is always allowed.`,
      auth: 'visitor',
      params: z.object({ pollId: ServerId }),
      body: z.object({ optionId: OptionId }).meta({ id: 'PollVote' }),
      status: 200,
      response: PollState,
      errors: [409, 429],
    },
    async (c, { params, body }) => {
      const site = c.get('site').id;
      const who = shopper(c);
      const { actor } = who;
      return c.get('db').transaction(async (tx) => {
        const poll = await lockPoll(tx, site, params.pollId);
        if (!poll) throw new HttpError(404, 'poll_not_found', 'No such poll on this site.');
        if (poll.closed) throw new HttpError(409, 'poll_closed', 'The poll is closed.');
        const option = poll.options.find((choice) => choice.id === body.optionId);
        if (!option) throw new HttpError(400, 'unknown_option', 'The poll has no such option.');
        const before = await voteOf(tx, site, poll.id, actor);
        if (before === undefined) takeAnonymousVote(c, perAddress, `poll:${poll.id}`);
        await castVote(tx, site, poll.id, actor, body.optionId);
        const state = await pollWithVotes(tx, site, poll, actor);
        await publishPoll(tx, site, state);
        // A vote given or moved; the same vote again changes nothing. An ask's options are products.
        if (before !== body.optionId) {
          const productId = poll.kind === 'ask' ? option.id : option.productId;
          await recordActivity(tx, site, { kind: poll.kind === 'ask' ? 'ask_vote' : 'poll_vote', subject: poll.id, ...(productId ? { productId } : {}), ...who });
        }
        return state;
      });
    },
  );
