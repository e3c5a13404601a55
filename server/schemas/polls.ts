import { z } from 'zod';
import { ServerId } from './common.js';

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
