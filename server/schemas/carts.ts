import { z } from 'zod';
import { Money, ProductId, ServerId } from './common.js';
import { CouponCode } from './coupons.js';
import { GiftFor, GiftRequest, Recipient } from './wishlists.js';

/** The most of one variant a cart line holds. */
export const MAX_QUANTITY = 99;
/** The most lines a cart (or a buy-now order) holds. */
export const MAX_LINES = 100;
/** The highest order total: JSON numbers are exact up to here. */
export const MAX_TOTAL = Number.MAX_SAFE_INTEGER;

export const CartLine = z
  .object({
    productId: ProductId,
    variantId: z.string().min(1).max(128),
    quantity: z.int().min(0).max(MAX_QUANTITY).describe('0 removes the line.'),
  })
  .meta({ id: 'CartLine' });

export const Cart = z.object({ lines: z.array(CartLine) }).meta({ id: 'Cart' });

export const Order = z
  .object({
    id: ServerId,
    reference: z.string().describe('The order\'s reference for people (shopper, shop and e-mails), e.g. `SC-7F3K-92QD`: derived from the id, the same on every read.'),
    status: z.enum(['pending', 'paid', 'cancelled']),
    total: Money.describe(`At most ${MAX_TOTAL} minor units: checkout refuses a larger order (\`order_too_large\`).`),
    lines: z.array(z.object({ productId: ProductId, variantId: z.string(), quantity: z.int().min(1), price: Money })),
    gift: z.boolean().describe('Bought as a gift, e.g. from a friend\'s wish list.'),
    note: z.string().optional().describe('The buyer\'s note for the shop, e.g. a gift message.'),
    checkoutUrl: z.string().optional().describe('Where to send the shopper to pay, when the shop hands off to a payment page.'),
    discount: Money.nullable().describe('What the coupon took off; `total` is after it. Null without a coupon.'),
    couponCode: z.string().nullable().describe('The coupon redeemed for this order, as printed.'),
    giftFor: GiftFor.optional().describe('A gift bought from a friend\'s shared wish list.'),
    recipient: Recipient.optional().describe('Only to the shop (seller routes, webhooks): whom to send a gift `sendToOwner` to.'),
  })
  .meta({ id: 'Order' });

export const CheckoutRequest = z
  .object({
    idempotencyKey: z.string().min(8).max(128).optional().describe('Deprecated: send the `Idempotency-Key` header. Kept for older clients; when both are sent they must agree.'),
    lines: z
      .array(CartLine.extend({ quantity: z.int().min(1).max(MAX_QUANTITY) }))
      .min(1)
      .max(MAX_LINES)
      .optional()
      .describe('Buy now: order these lines and leave the cart as it is. Absent: order the cart.'),
    gift: z.boolean().default(false),
    note: z.string().max(500).optional(),
    giftFor: GiftRequest.optional().describe('Buy as a gift from a friend\'s shared wish list (implies `gift`): every line\'s product must be on it (409 `not_on_wishlist`).'),
    couponCode: CouponCode.optional().describe('A coupon to redeem for this order: its discount comes off the total, and the coupon is used (once, whoever races). Refusals: 404 `coupon_not_found`; 409 `coupon_redeemed`, `coupon_expired`, `coupon_ended`; 422 `coupon_min_order`, `coupon_currency`.'),
  })
  .meta({ id: 'CheckoutRequest' });
