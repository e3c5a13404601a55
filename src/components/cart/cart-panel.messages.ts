import { packed } from '../../i18n/language-pack.js';

/** The backend's reasons for refusing a coupon at checkout (openapi.yaml, createOrder). */
export type CouponRefusal = 'coupon_not_found' | 'coupon_redeemed' | 'coupon_expired' | 'coupon_ended' | 'coupon_min_order';

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
  quantityOf(title: string): string;
  fewer(title: string): string;
  more(title: string): string;
  remove(title: string): string;
  /** After a change, how many of the line the cart holds; the product's name follows. */
  inCart(count: number): string;
  /** After a line is removed; the product's name follows. */
  readonly removed: string;
  readonly couponCode: string;
  /** Before the amount a coupon took off; `code` is the coupon's. */
  discount(code: string): string;
  /** The order's total after the discount. */
  readonly total: string;
  /** Why the checkout stopped: the coupon was refused (the order was not placed). */
  readonly couponRefused: Readonly<Record<CouponRefusal, string>>;
}

export const cartPanelMessages = packed('cartPanel', {
  empty: 'Your cart is empty.',
  subtotal: 'Subtotal',
  taxesIncluded: 'Including VAT. Shipping is added at checkout.',
  taxesAdded: 'Shipping and taxes are added at checkout.',
  checkout: 'Check out',
  checkingOut: 'One moment…',
  checkoutFailed: 'Could not go to checkout. Try again?',
  quantityOf: (title) => `Quantity: ${title}`,
  fewer: (title) => `One less: ${title}`,
  more: (title) => `One more: ${title}`,
  remove: (title) => `Remove from cart: ${title}`,
  inCart: (count) => `${count} in cart`,
  removed: 'Removed from cart',
  couponCode: 'Coupon code (optional)',
  discount: (code) => `Coupon ${code}`,
  total: 'Total',
  couponRefused: {
    coupon_not_found: 'This coupon code does not exist. Check it, or remove it to order without it.',
    coupon_redeemed: 'This coupon was already used. Remove it to order without it.',
    coupon_expired: 'This coupon has expired. Remove it to order without it.',
    coupon_ended: 'This coupon is no longer offered. Remove it to order without it.',
    coupon_min_order: 'Your order is below this coupon’s minimum. Add more, or remove the coupon.',
  },
});
