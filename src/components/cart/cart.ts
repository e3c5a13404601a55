import { ScCart } from './cart.component.js';

export { ScCart };

ScCart.define('sc-cart');

declare global {
  interface HTMLElementTagNameMap {
    'sc-cart': ScCart;
  }
}
