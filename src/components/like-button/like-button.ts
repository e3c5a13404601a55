import { ScLikeButton } from './like-button.component.js';

export { ScLikeButton };

ScLikeButton.define('sc-like-button');

declare global {
  interface HTMLElementTagNameMap {
    'sc-like-button': ScLikeButton;
  }
}
