import { ScReviewThread } from './review-thread.component.js';

export { ScReviewThread };

ScReviewThread.define('sc-review-thread');

declare global {
  interface HTMLElementTagNameMap {
    'sc-review-thread': ScReviewThread;
  }
}
