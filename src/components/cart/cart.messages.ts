import { packed } from '../../i18n/language-pack.js';

export interface CartMessages {
  readonly cart: string;
  /** `formatted` is the count in the element's language. */
  items(count: number, formatted: string): string;
  readonly title: string;
  readonly close: string;
}

export const cartMessages = packed('cart', {
  cart: 'Cart',
  items: (count, formatted) => (count === 1 ? '1 item' : `${formatted} items`),
  title: 'Your cart',
  close: 'Close',
});
