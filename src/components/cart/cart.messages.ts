import { packed } from '../../i18n/language-pack.js';
import { plural } from '../../i18n/plural.js';

export interface CartMessages {
  /** The button's name, with the count of items; `formatted` is the count in the element's language. */
  button(count: number, formatted: string): string;
  readonly title: string;
  readonly close: string;
}

export const cartMessages = packed('cart', {
  button: (count, formatted) => plural('en', count, { one: `Cart, ${formatted} item`, other: `Cart, ${formatted} items` }),
  title: 'Your cart',
  close: 'Close',
});
