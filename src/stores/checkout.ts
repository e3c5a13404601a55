import type { CartLine } from '../core/adapter.js';
import { $settings, readyAdapter } from '../core/config.js';
import type { CheckoutHandoff, CheckoutRequest } from '../checkout/checkout-provider.js';
import { orderCheckout } from '../checkout/order-checkout.js';
import { createOnce } from '../core/idempotency-keys.js';
import { urlCheckout } from '../checkout/url-checkout.js';
import { cartOrdered, cartSaved } from './cart.js';

export { openCheckout } from '../checkout/open-checkout.js';
// Said once an order is placed: loaded with the checkout, not with the buttons.
export { orderText } from '../checkout/order-text.js';
export { orderMessages } from '../checkout/order.messages.js';

/**
 * The checkout, loaded on the first click of a checkout or buy-now button: visitors who
 * only look never download it.
 */

/** What a widget asks to check out: the cart, or (`buyNow`) one item. */
export type CheckoutAsk = Pick<CheckoutRequest, 'lines' | 'buyNow' | 'gift' | 'note' | 'couponCode' | 'giftFor'>;

/**
 * Takes the lines to payment through the configured provider: `configure({ checkout })`,
 * else a cart link from `checkoutUrl`, else an order on the backend. The cart is saved
 * first, so the order holds what the person saw. Another try of the same checkout (a
 * double click, a retry after a lost answer, after a reload) reuses its key: one order.
 */
export async function checkout(ask: CheckoutAsk): Promise<CheckoutHandoff> {
  if (!ask.buyNow) await cartSaved();
  const { checkout: provider, checkoutUrl } = $settings.get();
  const chosen = provider ?? (checkoutUrl ? urlCheckout(checkoutUrl) : orderCheckout);
  const adapter = await readyAdapter();
  // One pending order per thing bought; another variant, quantity or note is an edit of it.
  const what = ask.buyNow ? `order ${ask.lines.map((line) => line.productId).join(' ')}` : 'order cart';
  const request = [ask.gift, ask.note, ask.lines.map(lineText), ask.couponCode, ask.giftFor];
  const handoff = await createOnce(what, request, (idempotencyKey) => chosen.checkout({ ...ask, idempotencyKey, adapter }));
  if (handoff.cartOrdered) cartOrdered();
  return handoff;
}

const lineText = ({ productId, variantId, quantity }: CartLine) => [productId, variantId, quantity];
