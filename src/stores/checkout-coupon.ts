import { atom } from 'nanostores';
import { $consent, $settings } from '../core/config.js';
import { storage } from '../core/storage.js';

const key = () => `sc-widgets:${$settings.get().site}:checkout-coupon`;

/**
 * The coupon code the next checkout redeems: typed in the cart, or put there by a coupon's
 * "Use at checkout". Kept for the tab (with consent, like a gift note), so that a reload
 * between the coupon and the cart does not lose it.
 */
export const $checkoutCoupon = atom(($consent.get() && storage('sessionStorage').getItem(key())) || '');

/** Sets the code (trimmed, upper case as the shop's codes are); `''` clears it, as after an order that redeemed it. */
export function setCheckoutCoupon(code: string): void {
  const kept = code.trim().toUpperCase();
  $checkoutCoupon.set(kept);
  try {
    if (!kept) storage('sessionStorage').removeItem(key());
    else if ($consent.get()) storage('sessionStorage').setItem(key(), kept);
  } catch {
    // Storage full: the code lives on for this page.
  }
}
