import { z } from 'zod';
import { recordActivity } from '../data/activity.js';
import { asksToday, insertAsk, productTitles } from '../data/asks.js';
import { pollWithVotes } from '../data/polls.js';
import { endpoint } from '../http/endpoint.js';
import { shopper } from '../http/shopper.js';
import { HttpError } from '../http/errors.js';
import { newId } from '../ids.js';
import { ProductId } from '../schemas/common.js';
import { PollState } from '../schemas/polls.js';

/** The products one ask may hold: a "which one?" among more is no longer a quick question. */
export const MAX_ASK_PRODUCTS = 6;
/** Asks one visitor may make a day: each is a row kept for good, unlike a rate limiter's memory. */
export const ASKS_PER_DAY = 30;

export const createAsk = endpoint(
  {
    method: 'post',
    path: '/v1/sites/{site}/asks',
    operationId: 'createAsk',
    tag: 'polls',
    summary: 'Ask friends "which one?": a public poll among the products this visitor picked',
    description: `Options are the product ids, labelled with the products' titles where the catalog has them. Anyone may vote (PUT /polls/{pollId}/vote) and read it (GET /polls). At most ${ASKS_PER_DAY} asks per visitor a day.`,
    auth: 'visitor',
    body: z
      .object({ productIds: z.array(ProductId).min(2).max(MAX_ASK_PRODUCTS).describe('The products to choose between, in the order shown.') })
      .meta({ id: 'AskDraft' }),
    status: 201,
    response: PollState,
    errors: [429],
    idempotent: 'optional',
  },
  async (c, { body }) => {
    if (new Set(body.productIds).size !== body.productIds.length) {
      throw new HttpError(400, 'invalid_request', 'body.productIds: product ids must be unique');
    }
    const site = c.get('site').id;
    const who = shopper(c);
    const { actor } = who;
    return c.get('db').transaction(async (tx) => {
      if ((await asksToday(tx, site, actor)) >= ASKS_PER_DAY) throw new HttpError(429, 'too_many_asks', `At most ${ASKS_PER_DAY} asks a day.`, 3600);
      const titles = await productTitles(tx, site, body.productIds);
      const options = body.productIds.map((id) => ({ id, label: titles.get(id) ?? id }));
      const ask = await insertAsk(tx, site, newId('ask'), options, actor);
      await recordActivity(tx, site, { kind: 'ask', subject: ask.id, ...who });
      return pollWithVotes(tx, site, ask, actor);
    });
  },
);
