import { packed } from '../../i18n/language-pack.js';

export interface CartPanelMessages {
  readonly empty: string;
  readonly subtotal: string;
  /** Under the subtotal when prices include VAT, as the shop says (`configure({ pricesIncludeTax })`). */
  readonly taxesIncluded: string;
  /** The same when taxes are added at checkout. */
  readonly taxesAdded: string;
  readonly checkout: string;
  readonly checkingOut: string;
  readonly checkoutFailed: string;
  readonly ordered: string;
  quantityOf(title: string): string;
  fewer(title: string): string;
  more(title: string): string;
  remove(title: string): string;
  /** After a change, how many of the line the cart holds; the product's name follows. */
  inCart(count: number): string;
  /** After a line is removed; the product's name follows. */
  readonly removed: string;
}

export const cartPanelMessages = packed('cartPanel', {
  empty: 'Your cart is empty.',
  subtotal: 'Subtotal',
  taxesIncluded: 'Including VAT. Shipping is added at checkout.',
  taxesAdded: 'Shipping and taxes are added at checkout.',
  checkout: 'Check out',
  checkingOut: 'One moment…',
  checkoutFailed: 'Could not go to checkout. Try again?',
  ordered: 'Thank you! Your order is placed.',
  quantityOf: (title) => `Quantity: ${title}`,
  fewer: (title) => `One less: ${title}`,
  more: (title) => `One more: ${title}`,
  remove: (title) => `Remove from cart: ${title}`,
  inCart: (count) => `${count} in cart`,
  removed: 'Removed from cart',
});
