import { html } from 'lit';
import type { Stars } from '../../core/adapter.js';
import { EntryController } from '../../core/entry-controller.js';
import { ScElement } from '../../core/sc-element.js';
import { ScPackedElement } from '../../core/packed-element.js';
import { StoreController } from '../../core/store-controller.js';
import { ratings, starFilter } from '../../stores/ratings.js';
import { stars, starStyles } from '../stars/stars.js';
import { ratingSummaryStyles } from './rating-summary.styles.js';
import { ratingSummaryMessages } from './rating-summary.messages.js';
import { separators } from '../../i18n/separators.js';

const STARS: readonly Stars[] = [5, 4, 3, 2, 1];

/**
 * A product's rating: average, count and a histogram whose bars filter the product's
 * `<sc-review-thread>`. `compact` shows stars and the count only, for product cards (and
 * nothing for a product with no reviews, unless `show-empty`): a grid of 100 costs one request.
 *
 * @tagname sc-rating-summary
 * @summary Average rating, review count and star histogram.
 *
 * @event {CustomEvent<RatingFilterDetail>} sc-rating-filter - A bar was pressed: the reviews shown are now those with `stars` (or all, `null`).
 *
 * @csspart base - The whole summary.
 * @csspart average - The average, one decimal.
 * @csspart stars - The stars.
 * @csspart count - The number of reviews.
 * @csspart histogram - The list of bars.
 * @csspart bar - One star rating's button: its label, share and count.
 * @csspart message - A failure message.
 *
 * @cssproperty --sc-star-color - Filled stars and bars. Default: amber, lighter on dark pages.
 * @cssproperty --sc-star-empty - Empty stars' outline. Default: a grey with 3:1 or more on white and on #121212.
 * @cssproperty --sc-star-size - Height of the stars. Default: `1.5em` beside the average, `1.1em` when compact.
 * @cssproperty --sc-rating-summary-height - Height reserved before the data arrives. Default: `11em`.
 */
export class ScRatingSummary extends ScPackedElement {
  static override styles = [ScElement.styles, starStyles, ratingSummaryStyles];
  static override properties = {
    productId: { attribute: 'product-id' },
    compact: { type: Boolean, reflect: true },
    showEmpty: { attribute: 'show-empty', type: Boolean },
  };

  /** The product as the shop identifies it. */
  productId = '';

  /** Stars and the count only, on one line. */
  compact = false;

  /** When compact, says "No reviews yet" for a product with none, instead of showing nothing. */
  showEmpty = false;

  private readonly entry = new EntryController(this, ratings);
  private readonly filter = new StoreController(this, starFilter(''));

  protected override willUpdate(): void {
    this.filter.use(starFilter(this.productId));
  }

  private choose(stars: Stars): void {
    const chosen = this.filter.value === stars ? undefined : stars;
    starFilter(this.productId).set(chosen);
    this.emit('sc-rating-filter', { productId: this.productId, stars: chosen ?? null });
  }

  protected override render() {
    const { status, value } = this.entry.value;
    const strings = this.strings(ratingSummaryMessages);
    if (status === 'error') {
      return html`<button part="message" role="alert" @click=${() => ratings.load(this.productId, true)}>
        ${this.failureMessage('loadFailed')}
      </button>`;
    }
    if (!value) return html`<span part="base" aria-busy="true"></span>`;
    const average = value.average.toLocaleString(this.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const count = strings.reviews(value.count, value.count.toLocaleString(this.locale));
    const { comma, colon } = this.strings(separators);
    if (this.compact) {
      // An unreviewed product's card shows no stars and no "(0)": nothing to read either, unless asked.
      if (!value.count) return html`<span part="base">${this.showEmpty ? html`<span part="count">${strings.none}</span>` : ''}</span>`;
      return html`<span part="base" role="img" aria-label=${`${strings.rated(average)}${comma}${count}`}>
        ${stars(value.average)}<span part="count" aria-hidden="true">(${value.count.toLocaleString(this.locale)})</span>
      </span>`;
    }
    if (!value.count) return html`<p part="base">${stars(0)}<span part="count">${strings.none}</span></p>`;
    return html`
      <div part="base">
        <p class="head">
          <span part="average" aria-hidden="true">${average}</span>
          <span class="of">
            ${stars(value.average)}
            <span class="sr-only">${strings.rated(average)}</span>
            <span part="count">${count}</span>
          </span>
        </p>
        <ul part="histogram">
          ${STARS.map((rating) => {
            const reviews = value.histogram[rating - 1];
            return html`<li>
              <button
                part="bar"
                aria-pressed=${this.filter.value === rating}
                aria-label=${`${strings.stars(rating)}${colon}${strings.reviews(reviews, reviews.toLocaleString(this.locale))}`}
                @click=${() => this.choose(rating)}
              >
                <span aria-hidden="true">${strings.stars(rating)}</span>
                <span class="track" aria-hidden="true"><span class="fill" .style=${`--share:${(reviews / value.count) * 100}%`}></span></span>
                <span class="count" aria-hidden="true">${reviews.toLocaleString(this.locale)}</span>
              </button>
            </li>`;
          })}
        </ul>
      </div>
    `;
  }
}

