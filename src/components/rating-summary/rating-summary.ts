import { ScRatingSummary } from './rating-summary.component.js';

export { ScRatingSummary };

ScRatingSummary.define('sc-rating-summary');

declare global {
  interface HTMLElementTagNameMap {
    'sc-rating-summary': ScRatingSummary;
  }
}
