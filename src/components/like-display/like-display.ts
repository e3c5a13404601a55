import { ScLikeDisplay } from './like-display.component.js';

export { ScLikeDisplay };

ScLikeDisplay.define('sc-like-display');

declare global {
  interface HTMLElementTagNameMap {
    'sc-like-display': ScLikeDisplay;
  }
}
