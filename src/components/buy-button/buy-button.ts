import { ScBuyButton } from './buy-button.component.js';

export { ScBuyButton };

ScBuyButton.define('sc-buy-button');

declare global {
  interface HTMLElementTagNameMap {
    'sc-buy-button': ScBuyButton;
  }
}
