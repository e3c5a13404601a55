import { packed } from '../../i18n/language-pack.js';

export interface CartPanelMessages {
  readonly empty: string;
  readonly subtotal: string;
  readonly taxes: string;
  readonly checkout: string;
  readonly checkingOut: string;
  readonly checkoutFailed: string;
  readonly ordered: string;
  quantityOf(title: string): string;
  fewer(title: string): string;
  more(title: string): string;
  remove(title: string): string;
}

export const cartPanelMessages = packed('cartPanel', {
  empty: 'Your cart is empty.',
  subtotal: 'Subtotal',
  taxes: 'Shipping and taxes are added at checkout.',
  checkout: 'Check out',
  checkingOut: 'One moment…',
  checkoutFailed: 'Could not go to checkout. Try again?',
  ordered: 'Thank you! Your order is placed.',
  quantityOf: (title) => `Quantity of ${title}`,
  fewer: (title) => `One ${title} less`,
  more: (title) => `One more ${title}`,
  remove: (title) => `Remove ${title}`,
});
