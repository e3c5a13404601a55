import { z } from 'zod';
import { Money, ProductId, ServerId } from './common.js';

export const CartLine = z
  .object({
    productId: ProductId,
    variantId: z.string().min(1).max(128),
    quantity: z.int().min(0).max(99).describe('0 removes the line.'),
  })
  .meta({ id: 'CartLine' });

export const Cart = z.object({ lines: z.array(CartLine) }).meta({ id: 'Cart' });

export const Order = z
  .object({
    id: ServerId,
    status: z.enum(['pending', 'paid', 'cancelled']),
    total: Money,
    lines: z.array(z.object({ productId: ProductId, variantId: z.string(), quantity: z.int().min(1), price: Money })),
    checkoutUrl: z.string().optional().describe('Where to send the shopper to pay, when the shop hands off to a payment page.'),
  })
  .meta({ id: 'Order' });
