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
