import type { Adapter, CartLine, Order, OrderOptions } from '../core/adapter.js';

/** What a checkout is asked to take to payment. */
export interface CheckoutRequest {
  /** The lines to pay for: the whole cart, or the one item of a "buy now". */
  readonly lines: readonly CartLine[];
  /** True for "buy now": the lines are not the cart, which stays as it is. */
  readonly buyNow: boolean;
  /** Bought as a gift, e.g. from a friend's wish list. */
  readonly gift: boolean;
  /** The buyer's note for the shop, e.g. a gift message. */
  readonly note?: string;
  /** A coupon code to redeem with the order; the backend takes its discount off the total, or refuses. */
  readonly couponCode?: string;
  /** A gift from a friend's shared wish list: marked bought there, sent to its owner if asked. */
  readonly giftFor?: OrderOptions['giftFor'];
  /** The same for every attempt of one checkout, so a backend that keeps orders makes one. */
  readonly idempotencyKey: string;
  /** The configured backend. */
  readonly adapter: Adapter;
}

/** Where a checkout leaves the shopper. */
export interface CheckoutHandoff {
  /** Where to send the shopper to pay. Absent: the page takes over in its `sc-checkout` listener. */
  readonly url?: string;
  /** The order the backend created, when it keeps orders. */
  readonly order?: Order;
  /** The backend turned the cart into an order: the cart is now empty. */
  readonly cartOrdered?: boolean;
}

/**
 * Takes a cart to payment: a cart permalink (`urlCheckout`), an order on the backend
 * (`orderCheckout`), the page's own flow (`pageCheckout`), or a shop's own. Set it with
 * `configure({ checkout })`.
 */
export interface CheckoutProvider {
  checkout(request: CheckoutRequest): Promise<CheckoutHandoff>;
}
