import type { Context } from 'hono';
import { z } from 'zod';
import { productTitles } from '../data/asks.js';
import { closePoll, type PollRow, pollWithVotes, savePoll, sellerPolls, type StoredOption, withVotes } from '../data/polls.js';
import type { Sql } from '../db/db.js';
import { decodeCursor, encodeCursor } from '../http/cursor.js';
import { endpoint } from '../http/endpoint.js';
import type { AppEnv } from '../http/env.js';
import { HttpError } from '../http/errors.js';
import { newId } from '../ids.js';
import { ServerId } from '../schemas/common.js';
import { MAX_POLL_OPTIONS, PollDraft, type PollDraftInput, PollState, SellerPollCursor, SellerPollPage } from '../schemas/polls.js';
import { publishPoll } from './polls.js';

const PollParams = z.object({ pollId: ServerId });

const editing = `Options are text, or products of the catalog (labelled with their titles). An option keeps its votes while it keeps its id and its text or product; votes for an option removed, or whose text or product changed, are dropped, and those visitors may vote again. ${MAX_POLL_OPTIONS} options at most.`;

/** A draft's options as stored: ids kept or given, products labelled with their catalog titles. */
async function storedOptions(tx: Sql, site: string, options: PollDraftInput['options']): Promise<StoredOption[]> {
  const ids = options.flatMap((option) => option.id ?? []);
  const products = options.flatMap((option) => ('productId' in option ? [option.productId] : []));
  if (new Set(ids).size !== ids.length) throw new HttpError(400, 'invalid_request', 'body.options: option ids must be unique');
  if (new Set(products).size !== products.length) throw new HttpError(400, 'invalid_request', 'body.options: products must be different');
  const titles = await productTitles(tx, site, products);
  const unknown = products.find((id) => !titles.has(id));
  if (unknown !== undefined) throw new HttpError(400, 'unknown_product', `The catalog has no product ${JSON.stringify(unknown)}.`);
  return options.map((option) => {
    const id = option.id ?? newId('opt');
    return 'productId' in option ? { id, label: titles.get(option.productId)!, productId: option.productId } : { id, label: option.label };
  });
}

/** Runs `write` in a transaction, and answers the poll it wrote, told to the pages that show it. */
function writePoll(c: Context<AppEnv>, write: (tx: Sql, site: string) => Promise<PollRow>) {
  const site = c.get('site').id;
  return c.get('db').transaction(async (tx) => {
    const state = await pollWithVotes(tx, site, await write(tx, site), undefined);
    await publishPoll(tx, site, state);
    return state;
  });
}

/** Saves `draft` as poll `id`; 409 when `id` is a shopper's ask. */
const save = (c: Context<AppEnv>, id: string, draft: PollDraftInput) =>
  writePoll(c, async (tx, site) => {
    const options = await storedOptions(tx, site, draft.options);
    const closesAt = draft.closesAt ? new Date(draft.closesAt) : null;
    const row = await savePoll(tx, site, id, { question: draft.question, options, closesAt, close: draft.closed === true });
    if (!row) throw new HttpError(409, 'poll_is_ask', 'This id is a shopper\'s ask, not a seller\'s poll.');
    return row;
  });

export const createPoll = endpoint(
  {
    method: 'post',
    path: '/v1/sites/{site}/polls',
    operationId: 'createPoll',
    tag: 'seller',
    summary: 'Create a poll, with an id the server gives',
    description: `${editing} Show it with \`<sc-poll poll-id>\`.`,
    auth: 'member:catalog',
    body: PollDraft,
    status: 201,
    response: PollState,
  },
  (c, { body }) => save(c, newId('poll'), body),
);

export const putPoll = endpoint(
  {
    method: 'put',
    path: '/v1/sites/{site}/polls/{pollId}',
    operationId: 'putPoll',
    tag: 'seller',
    summary: 'Create or replace a poll with an id of your own, or change one (a team member, or the shop\'s servers)',
    description: `The poll becomes the draft: what it leaves out is unset. ${editing}`,
    auth: 'member:catalog',
    params: PollParams,
    body: PollDraft,
    status: 200,
    response: PollState,
    errors: [409],
  },
  (c, { params, body }) => save(c, params.pollId, body),
);

export const closePollNow = endpoint(
  {
    method: 'post',
    path: '/v1/sites/{site}/polls/{pollId}/close',
    operationId: 'closePoll',
    tag: 'seller',
    summary: 'End voting now; the poll shows its results',
    description: 'A poll closed already keeps its closing time. Votes after it are refused with 409 `poll_closed`. To reopen, PUT the poll with a later `closesAt`, or none.',
    auth: 'member:catalog',
    params: PollParams,
    status: 200,
    response: PollState,
  },
  (c, { params }) =>
    writePoll(c, async (tx, site) => {
      const row = await closePoll(tx, site, params.pollId);
      if (!row) throw new HttpError(404, 'poll_not_found', 'No such poll of the seller\'s on this site.');
      return row;
    }),
);

export const listSellerPolls = endpoint(
  {
    method: 'get',
    path: '/v1/sites/{site}/seller-polls',
    operationId: 'listSellerPolls',
    tag: 'seller',
    summary: 'The site\'s polls, newest first, with their counts and whether voting ended',
    auth: 'member:catalog',
    query: z.object({
      cursor: z.string().max(200).optional(),
      limit: z.coerce.number().pipe(z.int().min(1).max(100)).default(50),
    }),
    status: 200,
    response: SellerPollPage,
  },
  async (c, { query }) => {
    const db = c.get('db');
    const site = c.get('site').id;
    const rows = await sellerPolls(db, site, query.limit + 1, query.cursor ? decodeCursor(c, SellerPollCursor, query.cursor) : undefined);
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      polls: await withVotes(db, site, page, undefined),
      ...(rows.length > query.limit && last ? { next: encodeCursor(c, { t: last.created_text, id: last.id }) } : {}),
    };
  },
);
