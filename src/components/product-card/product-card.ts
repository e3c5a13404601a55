import { ScProductCard } from './product-card.component.js';

export { ScProductCard };

ScProductCard.define('sc-product-card');

declare global {
  interface HTMLElementTagNameMap {
    'sc-product-card': ScProductCard;
  }
}
