import { packed } from '../../i18n/language-pack.js';
import { plural } from '../../i18n/plural.js';

export interface CartMessages {
  readonly cart: string;
  /** `formatted` is the count in the element's language. */
  items(count: number, formatted: string): string;
  readonly title: string;
  readonly close: string;
}

export const cartMessages = packed('cart', {
  cart: 'Cart',
  items: (count, formatted) => plural('en', count, { one: `${formatted} item`, other: `${formatted} items` }),
  title: 'Your cart',
  close: 'Close',
});
