import { createHash } from 'node:crypto';
import { z } from 'zod';
import { recordActivity } from '../data/activity.js';
import { clearCart, mergeGuestCart, readCart } from '../data/carts.js';
import { restock, takeStock } from '../data/catalog.js';
import { insertOrder, lockCheckout, type OrderLine, type OrderRow, readOrder, setOrderStatus } from '../data/orders.js';
import { printedCode } from '../data/coupon-codes.js';
import { redeemCoupon, releaseRedemption } from '../data/coupon-redemptions.js';
import { lockGiftList, recordGifts, type GiftList } from '../data/wishlist-gifts.js';
import type { Sql } from '../db/db.js';
import { requireActor } from '../http/actor.js';
import { endpoint } from '../http/endpoint.js';
import { shopper } from '../http/shopper.js';
import { HttpError } from '../http/errors.js';
import type { Site } from '../http/env.js';
import { newId } from '../ids.js';
import { ServerId } from '../schemas/common.js';
import { CheckoutRequest, MAX_TOTAL, Order } from '../schemas/carts.js';
import type { GiftRequest } from '../schemas/wishlists.js';
import { enqueueWebhookEvent } from '../webhooks/enqueue.js';

/** Crockford's base 32: no I, L, O or U, so a reference read out over the phone is not misheard. */
const READABLE = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The order's reference for people, e.g. `SC-7F3K-92QD`: 40 bits of a hash of its id, so it
 * needs no column of its own and is the same on every read (an id is for machines).
 */
function orderReference(id: string): string {
  const bits = createHash('sha256').update(id).digest().readBigUInt64BE() >> 24n;
  const digits = Array.from({ length: 8 }, (_, at) => READABLE[Number((bits >> BigInt(35 - 5 * at)) & 31n)]).join('');
  return `SC-${printedCode(digits)}`;
}

/** The order as its buyer sees it; `forShop` adds whom to send a gift to, which the buyer never sees. */
function toOrder(row: OrderRow, site: Site, forShop = false): z.input<typeof Order> {
  const gift = row.gift_for;
  return {
    id: row.id,
    reference: orderReference(row.id),
    status: row.status,
    total: { amount: row.total, currency: row.currency },
    lines: row.lines.map((line) => ({ ...line, price: { amount: line.price, currency: row.currency } })),
    gift: row.gift,
    discount: row.discount === null ? null : { amount: row.discount, currency: row.currency },
    couponCode: row.coupon_code && printedCode(row.coupon_code),
    ...(row.note ? { note: row.note } : {}),
    ...(gift ? { giftFor: { shareId: gift.shareId, sendToOwner: gift.sendToOwner } } : {}),
    ...(forShop && gift?.sendToOwner ? { recipient: { wishlistId: gift.wishlistId, customerId: gift.customerId } } : {}),
    ...(site.checkoutUrl ? { checkoutUrl: site.checkoutUrl.replaceAll('{orderId}', encodeURIComponent(row.id)) } : {}),
  };
}

export const checkout = endpoint(
  {
    method: 'post',
    path: '/v1/sites/{site}/orders',
    operationId: 'checkout',
    tag: 'cart',
    summary: 'Turn the cart (or, to buy now, the lines given) into a pending order and hand off to the shop\'s payment page',
    description:
      `Prices come from the catalog, never from the client. Stock is taken, and a coupon (\`couponCode\`) redeemed, in the same transaction; cancelling the order frees its coupon. Needs an \`Idempotency-Key\` header (or, as older clients send it, \`idempotencyKey\` in the body): the same key always answers the same order, so a double click orders once. A total above ${MAX_TOTAL} minor units is refused (\`order_too_large\`).`,
    auth: 'visitor',
    body: CheckoutRequest,
    status: 201,
    response: Order,
    errors: [409],
    idempotent: 'required',
  },
  async (c, { body }) => {
    const site = c.get('site');
    const actor = requireActor(c);
    return c.get('db').transaction(async (tx) => {
      await lockCheckout(tx, site.id, actor);
      await mergeGuestCart(tx, site.id, c.get('visitor'), actor);
      const lines = body.lines ?? (await readCart(tx, site.id, actor)).lines;
      if (!lines.length) throw new HttpError(409, 'cart_empty', 'The cart is empty.');
      const giftList = body.giftFor && (await giftFrom(tx, site.id, body.giftFor, lines));
      const priced: (OrderLine & { currency: string })[] = [];
      // Always lock variants in one order, so two checkouts cannot deadlock on them.
      const byVariant = [...lines].sort((a, b) => `${a.productId}\n${a.variantId}`.localeCompare(`${b.productId}\n${b.variantId}`));
      for (const line of byVariant) {
        const variant = await takeStock(tx, site.id, line);
        if (!variant) throw new HttpError(409, 'out_of_stock', `${line.productId} (${line.variantId}) is no longer available in that quantity.`);
        priced.push({ productId: line.productId, variantId: line.variantId, quantity: line.quantity, ...variant });
      }
      const currency = priced[0]!.currency;
      if (priced.some((line) => line.currency !== currency)) throw new HttpError(409, 'mixed_currencies', 'One order takes one currency.');
      // Summed as BigInt, exact however large, and refused past what a JSON number holds exactly.
      const total = priced.reduce((sum, line) => sum + BigInt(line.price) * BigInt(line.quantity), 0n);
      if (total > BigInt(MAX_TOTAL)) throw new HttpError(409, 'order_too_large', `An order totals at most ${MAX_TOTAL} minor units; split it.`);
      const id = newId('or');
      const coupon = body.couponCode === undefined ? undefined : await redeemCoupon(tx, site.id, body.couponCode, { total: { amount: Number(total), currency }, shopper: actor, orderId: id });
      const discount = coupon?.discount?.amount ?? 0;
      const row = await insertOrder(tx, site.id, {
        id,
        actor,
        total: Number(total) - discount,
        discount: coupon ? discount : null,
        coupon_code: coupon?.coupon.code ?? null,
        currency,
        lines: priced.map(({ productId, variantId, quantity, price }) => ({ productId, variantId, quantity, price })),
        gift: body.gift || !!giftList,
        note: body.note ?? null,
        gift_for: giftList ? { shareId: body.giftFor!.shareId, sendToOwner: body.giftFor!.sendToOwner, wishlistId: giftList.id, customerId: customerOf(giftList.actor) } : null,
      });
      if (giftList) await recordGifts(tx, site.id, giftList.id, id, lines.map((line) => line.productId));
      if (!body.lines) await clearCart(tx, site.id, actor);
      const order = toOrder(row, site);
      await enqueueWebhookEvent(tx, site.id, 'order.placed', toOrder(row, site, true));
      await recordActivity(tx, site.id, { kind: 'checkout', value: row.total, ...shopper(c) });
      return order;
    });
  },
);

/**
 * The shared list a gift is bought from, locked: every line's product must be on it, and none
 * bought by another friend already unless the buyer says `again` (two friends, one bouquet).
 */
async function giftFrom(tx: Sql, site: string, gift: z.output<typeof GiftRequest>, lines: readonly { productId: string }[]): Promise<GiftList> {
  const list = await lockGiftList(tx, site, gift.shareId);
  if (!list) throw new HttpError(404, 'wishlist_not_found', 'No list is shared under this id.');
  const missing = lines.find((line) => !list.productIds.includes(line.productId));
  if (missing) throw new HttpError(409, 'not_on_wishlist', `${missing.productId} is not on this wish list.`);
  const bought = lines.find((line) => list.bought.includes(line.productId));
  if (bought && !gift.again) throw new HttpError(409, 'already_bought', `${bought.productId} was already bought as a gift from this list; send \`again\` to buy it anyway.`);
  return list;
}

/** The shop's own id of a signed-in customer (actor `u:<sub>`); null for a guest. */
const customerOf = (actor: string): string | null => (actor.startsWith('u:') ? actor.slice(2) : null);

const OrderParams = z.object({ orderId: ServerId });

export const getOrder = endpoint(
  {
    method: 'get',
    path: '/v1/sites/{site}/orders/{orderId}',
    operationId: 'getOrder',
    tag: 'cart',
    summary: 'One of this visitor\'s orders',
    auth: 'visitor',
    params: OrderParams,
    status: 200,
    response: Order,
  },
  async (c, { params }) => {
    const site = c.get('site');
    const row = await readOrder(c.get('db'), site.id, params.orderId, { actor: requireActor(c) });
    if (!row) throw new HttpError(404, 'order_not_found', 'No such order of this visitor.');
    return toOrder(row, site);
  },
);

export const updateOrder = endpoint(
  {
    method: 'patch',
    path: '/v1/sites/{site}/orders/{orderId}',
    operationId: 'updateOrder',
    tag: 'seller',
    summary: 'Mark an order paid or cancelled (server to server, e.g. from the payment webhook)',
    description: 'Cancelling a pending order puts its stock back. Only pending orders change.',
    auth: 'seller',
    params: OrderParams,
    body: z.object({ status: z.enum(['paid', 'cancelled']) }).meta({ id: 'OrderUpdate' }),
    status: 200,
    response: Order,
    errors: [409],
  },
  async (c, { params, body }) => {
    const site = c.get('site');
    return c.get('db').transaction(async (tx) => {
      const row = await readOrder(tx, site.id, params.orderId, { forUpdate: true });
      if (!row) throw new HttpError(404, 'order_not_found', 'No such order.');
      if (row.status === body.status) return toOrder(row, site, true);
      if (row.status !== 'pending') throw new HttpError(409, 'order_closed', `The order is already ${row.status}.`);
      if (body.status === 'cancelled') {
        await restock(tx, site.id, row.lines);
        await releaseRedemption(tx, site.id, row.id);
      }
      await setOrderStatus(tx, site.id, params.orderId, body.status);
      return toOrder({ ...row, status: body.status }, site, true);
    });
  },
);
