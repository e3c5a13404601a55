import { packed } from '../i18n/language-pack.js';

/** What a checkout says once the backend answered with an order: the cart's and the buy button's. */
export interface OrderMessages {
  /** An order was placed; `reference` is the order's, for the shopper to quote. */
  placed(reference: string): string;
  /** The same, for a gift. */
  giftPlaced(reference: string): string;
  /** What happens next when the shop hands off to its payment page. */
  readonly pay: string;
  /** What happens next when it does not: the shop takes payment itself. */
  readonly quote: string;
  /** LocalAdapter's checkout: a demo, which placed nothing. */
  readonly demo: string;
}

export const orderMessages = packed('order', {
  placed: (reference) => `Ordered. Your reference: ${reference}.`,
  giftPlaced: (reference) => `Gift ordered. Your reference: ${reference}.`,
  pay: 'Next: pay on the shop’s payment page.',
  quote: 'Next: quote this reference to the shop to pay or to ask about your order.',
  demo: 'This shop is a demo: nothing was ordered and nothing is charged.',
});
