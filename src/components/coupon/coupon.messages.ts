import type { Coupon } from '../../core/adapter.js';
import { packed } from '../../i18n/language-pack.js';

export interface CouponMessages {
  /** Above the coupon a shop gave for the shopper's review. */
  readonly thanks: string;
  /** What the coupon takes off: `value` is "10%" or "€5.00" in the page's language. */
  off(value: string): string;
  minOrder(price: string): string;
  validUntil(date: string): string;
  /** A coupon that no longer holds, said instead of "Use at checkout". */
  readonly states: Readonly<Record<Exclude<Coupon['state'], 'valid'>, string>>;
  /** The QR code's name for screen readers: `code` follows as text. */
  qr(code: string): string;
  readonly code: string;
  readonly copy: string;
  readonly copied: string;
  readonly copyFailed: string;
  readonly use: string;
  readonly used: string;
  /** No coupon to show: none given yet, or none valid. */
  readonly none: string;
}

export const couponMessages = packed('coupon', {
  thanks: 'Thank you for your review! Here is your coupon.',
  off: (value) => `${value} off`,
  minOrder: (price) => `On orders of ${price} or more`,
  validUntil: (date) => `Valid until ${date}`,
  states: { redeemed: 'Already used', expired: 'Expired', ended: 'No longer offered' },
  qr: (code) => `QR code of coupon ${code}`,
  code: 'Code',
  copy: 'Copy code',
  copied: 'Copied',
  copyFailed: 'Could not copy. Select the code and copy it.',
  use: 'Use at checkout',
  used: 'Added to your checkout',
  none: 'You have no coupon yet.',
});
