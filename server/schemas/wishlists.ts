import { z } from 'zod';
import { ProductId, ServerId } from './common.js';

/** As a cart line names it. */
export const VariantId = z.string().min(1).max(128);
/** The longest name shown to friends, such as a first name. */
export const MAX_OWNER_NAME = 40;
export const OwnerName = z.string().max(MAX_OWNER_NAME);

export const WishState = z
  .object({ count: z.int().min(0).describe('People wishing for it.'), inList: z.boolean().describe('In any of this visitor\'s lists.') })
  .meta({ id: 'WishState' });

export const Wishlist = z
  .object({
    id: ServerId,
    name: z.string().describe('The name its owner gave; empty for the default list, which widgets name in their reader\'s language.'),
    productIds: z.array(ProductId),
    shareId: ServerId.optional().describe('Set once shared: the id friends open read-only.'),
    variants: z.record(ProductId, VariantId).describe('The variant (size, colour) each product was wished in, where one was chosen.'),
    ownerName: OwnerName.describe('The name friends see on the shared list, as its owner chose it; empty for none.'),
    bought: z
      .array(ProductId)
      .optional()
      .describe('A shared list read by a friend: its products bought as gifts. Never sent to the owner, to keep the surprise.'),
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

/** What a gift order says about the friend's list it was bought from (the buyer's side). */
export const GiftFor = z
  .object({
    shareId: ServerId.describe('The shared list the gift is bought from: its items are marked bought for the owner\'s other friends.'),
    sendToOwner: z.boolean().default(false).describe('Send it to the list\'s owner: the shop receives the owner\'s reference (`recipient`), never an address.'),
  })
  .meta({ id: 'GiftFor' });

export const GiftRequest = GiftFor.extend({
  again: z
    .boolean()
    .default(false)
    .describe('Buy an item a friend already bought as a gift anyway; without it such an order is refused (409 `already_bought`).'),
}).meta({ id: 'GiftRequest' });

/** Who receives a gift sent to a list's owner, as the shop (never the buyer) sees it. */
export const Recipient = z
  .object({
    wishlistId: ServerId.describe('The owner\'s list the gift was bought from.'),
    customerId: z.string().nullable().describe('The shop\'s own customer id of the owner (the `sub` of their user token) when they were signed in; null for a guest.'),
  })
  .meta({ id: 'Recipient' });
