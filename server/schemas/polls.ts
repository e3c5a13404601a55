import { z } from 'zod';
import { Instant, ProductId, ServerId } from './common.js';

/** Up to 128 characters: an ask's options are product ids. */
export const OptionId = z.string().min(1).max(128);

/** The most options a seller's poll has, as an ask: more is no longer a quick question. */
export const MAX_POLL_OPTIONS = 6;

export const PollState = z
  .object({
    id: ServerId,
    kind: z.enum(['poll', 'ask']).describe('`ask`: a shopper\'s "which one?" poll; its options are product ids and its question is empty (widgets show their own).'),
    question: z.string(),
    options: z.array(
      z.object({
        id: OptionId,
        label: z.string(),
        productId: ProductId.optional().describe('A seller\'s option that is a product; its label is the title the catalog had when the poll was saved.'),
        votes: z.int().min(0),
      }),
    ),
    voted: OptionId.optional().describe('The option this visitor chose.'),
    closed: z.boolean(),
    closesAt: z.iso.datetime().optional().describe('When voting ends, or ended; absent: open until the seller closes it.'),
  })
  .meta({ id: 'PollState' });

/** A date-time PostgreSQL and JavaScript both hold: ISO 8601 with an offset, from the year 2000. */

const DraftOptionId = OptionId.optional().describe('The option to keep (with its votes, if its text or product is unchanged); absent: a new option, given an id.');

export const PollDraft = z
  .object({
    question: z.string().min(1).max(300),
    options: z
      .array(
        z.union([
          z.strictObject({ id: DraftOptionId, label: z.string().min(1).max(120) }).meta({ id: 'PollTextOption' }),
          z.strictObject({ id: DraftOptionId, productId: ProductId.describe('A product of the catalog; shown by its title.') }).meta({ id: 'PollProductOption' }),
        ]),
      )
      .min(2)
      .max(MAX_POLL_OPTIONS),
    closesAt: Instant.nullable().optional().describe('When voting ends; absent or null: open until closed. A time past closes the poll.'),
    closed: z.boolean().optional().describe('`true`: voting ends now (or stays ended, at its first closing time). Otherwise `closesAt` alone decides, so a draft without either reopens the poll.'),
  })
  .meta({ id: 'PollDraft' });

export type PollDraftInput = z.output<typeof PollDraft>;

export const SellerPollPage = z
  .object({
    polls: z.array(PollState).describe('Newest first; asks (the shoppers\' polls) are left out.'),
    next: z.string().optional().describe('The cursor of the next page; absent on the last.'),
  })
  .meta({ id: 'SellerPollPage' });

export const SellerPollCursor = z.object({ t: z.string().max(64), id: ServerId });
