import { ScReviewThread } from './review-thread.component.js';
// The thread shows a form to write a review: both come with one script.
import '../review-form/review-form.js';

export { ScReviewThread };

ScReviewThread.define('sc-review-thread');

declare global {
  interface HTMLElementTagNameMap {
    'sc-review-thread': ScReviewThread;
  }
}
