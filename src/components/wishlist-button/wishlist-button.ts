import { ScWishlistButton } from './wishlist-button.component.js';

export { ScWishlistButton };

ScWishlistButton.define('sc-wishlist-button');

declare global {
  interface HTMLElementTagNameMap {
    'sc-wishlist-button': ScWishlistButton;
  }
}
