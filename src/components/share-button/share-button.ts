import { ScShareButton } from './share-button.component.js';

export { ScShareButton };

ScShareButton.define('sc-share-button');

declare global {
  interface HTMLElementTagNameMap {
    'sc-share-button': ScShareButton;
  }
}
