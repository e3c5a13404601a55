import type { CartLine } from '../core/adapter.js';
import { $settings, readyAdapter } from '../core/config.js';
import type { CheckoutHandoff, CheckoutRequest } from '../checkout/checkout-provider.js';
import { orderCheckout } from '../checkout/order-checkout.js';
import { randomKey } from '../checkout/random-key.js';
import { urlCheckout } from '../checkout/url-checkout.js';
import { cartOrdered, cartSaved } from './cart.js';

export { openCheckout } from '../checkout/open-checkout.js';

/**
 * The checkout, loaded on the first click of a checkout or buy-now button: visitors who
 * only look never download it.
 */

/** What a widget asks to check out: the cart, or (`buyNow`) one item. */
export type CheckoutAsk = Pick<CheckoutRequest, 'lines' | 'buyNow' | 'gift' | 'note'>;

/**
 * Idempotency keys of checkouts not yet handed off, by what they buy: a double click, or
 * another try after a lost answer, reuses the key and so makes one order.
 */
const keys = new Map<string, string>();

/**
 * Takes the lines to payment through the configured provider: `configure({ checkout })`,
 * else a cart link from `checkoutUrl`, else an order on the backend. The cart is saved
 * first, so the order holds what the person saw.
 */
export async function checkout(ask: CheckoutAsk): Promise<CheckoutHandoff> {
  if (!ask.buyNow) await cartSaved();
  const { checkout: provider, checkoutUrl } = $settings.get();
  const chosen = provider ?? (checkoutUrl ? urlCheckout(checkoutUrl) : orderCheckout);
  const what = JSON.stringify([$settings.get().site, ask.buyNow, ask.gift, ask.note, ask.lines.map(lineText)]);
  if (!keys.has(what)) keys.set(what, randomKey());
  const handoff = await chosen.checkout({ ...ask, idempotencyKey: keys.get(what)!, adapter: await readyAdapter() });
  keys.delete(what);
  if (handoff.cartOrdered) cartOrdered();
  return handoff;
}

const lineText = ({ productId, variantId, quantity }: CartLine) => [productId, variantId, quantity];
