import { ScWishlist } from './wishlist.component.js';

export { ScWishlist };

ScWishlist.define('sc-wishlist');

declare global {
  interface HTMLElementTagNameMap {
    'sc-wishlist': ScWishlist;
  }
}
