import { ScReviewForm } from './review-form.component.js';

export { ScReviewForm };

ScReviewForm.define('sc-review-form');

declare global {
  interface HTMLElementTagNameMap {
    'sc-review-form': ScReviewForm;
  }
}
