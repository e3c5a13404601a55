import type { Order } from '../core/adapter.js';
import type { OrderMessages } from './order.messages.js';

/**
 * What an order placed tells the shopper, in `strings`' language: its reference and what
 * happens next, as far as the backend knows it (a payment page, or the shop's own way); a
 * demo says that it placed nothing.
 */
export function orderText(order: Order, gift: boolean, strings: OrderMessages): string {
  if (order.demo) return strings.demo;
  const reference = order.reference ?? order.id;
  return `${(gift ? strings.giftPlaced : strings.placed)(reference)} ${order.checkoutUrl ? strings.pay : strings.quote}`;
}
