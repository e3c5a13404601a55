import { ScCoupon } from './coupon.component.js';

export { ScCoupon };

ScCoupon.define('sc-coupon');

declare global {
  interface HTMLElementTagNameMap {
    'sc-coupon': ScCoupon;
  }
}
