import { z } from 'zod';
import { ProductId, ServerId } from './common.js';

export const WishState = z
  .object({ count: z.int().min(0).describe('People wishing for it.'), inList: z.boolean().describe('In any of this visitor\'s lists.') })
  .meta({ id: 'WishState' });

export const Wishlist = z
  .object({
    id: ServerId,
    name: z.string().describe('The name its owner gave; empty for the default list, which widgets name in their reader\'s language.'),
    productIds: z.array(ProductId),
    shareId: ServerId.optional().describe('Set once shared: the id friends open read-only.'),
  })
  .meta({ id: 'Wishlist' });

/** The most wish lists one visitor or customer has, their default list included. */
export const MAX_LISTS = 50;
/** The most products one wish list holds. */
export const MAX_ITEMS = 500;

const Skipped = z.object({
  name: z.string().describe('The guest list\'s name (empty for the default list).'),
  productIds: z.array(ProductId).describe('Its products that did not fit, still on the guest\'s list.'),
});
export type SkippedList = z.output<typeof Skipped>;

export const WishlistMerge = z
  .object({
    wishlists: z.array(Wishlist).describe('The customer\'s lists after the merge.'),
    skipped: z
      .array(Skipped)
      .describe(`What the customer's limits (${MAX_LISTS} lists, ${MAX_ITEMS} products a list) left on the guest's lists; empty when everything moved.`),
  })
  .meta({ id: 'WishlistMerge' });
