import { css, html } from 'lit';
import { LazyView } from '../../core/lazy-view.js';
import { ScElement } from '../../core/sc-element.js';

/** The view's parts, passed through so a page styles them as the element's own. */
const PARTS = 'base, thanks, name, discount, terms, state, qr, code, copy, use, message';

/**
 * A personal coupon: its campaign's name, what it takes off (an amount or a percentage), the
 * minimum order, until when it holds and whether it is still valid; the code as text with a
 * copy button, as a QR code a till's scanner reads, and "Use at checkout", which puts the code
 * into the cart's checkout. With `code`, that coupon; with `review-id`, the thank-you coupon
 * the shop gave for that review (nothing while there is none); with neither, the shopper's
 * newest valid coupon. Its view and the QR encoder load when the element is first used.
 *
 * @tagname sc-coupon
 * @summary A personal coupon: discount, terms, the code as text and QR code, copy and use at checkout.
 *
 * @event {CustomEvent<CouponDetail>} sc-coupon-use - Cancelable: "Use at checkout" was pressed; `preventDefault()` keeps the code out of the cart's checkout.
 * @event {CustomEvent<CouponDetail>} sc-coupon-copy - The code was copied.
 * @event {CustomEvent<ScErrorDetail>} sc-error - The coupon could not be loaded, or the code not copied.
 *
 * @csspart base - The coupon.
 * @csspart thanks - "Thank you, here is your coupon" above a review's coupon.
 * @csspart name - The campaign's name.
 * @csspart discount - What the coupon takes off.
 * @csspart terms - The minimum order and the expiry.
 * @csspart state - Used, expired or ended, when it no longer holds.
 * @csspart qr - The QR code (dark on white in every theme).
 * @csspart code - The code as text.
 * @csspart copy - The copy button.
 * @csspart use - The "Use at checkout" button.
 * @csspart message - Status and failure messages.
 *
 * @cssproperty --sc-coupon-height - Height reserved before the coupon arrives. Default: `28em`.
 * @cssproperty --sc-coupon-qr-size - The QR code's width. Default: `10em`.
 * @cssproperty --sc-coupon-color - The coupon's dashed border and discount. Default: `--sc-color-accent`.
 */
export class ScCoupon extends ScElement {
  static override styles = [
    ScElement.styles,
    css`
      :host {
        display: block;
        /* Reserved before the coupon arrives, so nothing below it moves; a review's coupon may never come. */
        min-block-size: var(--sc-coupon-height, 28em);
      }
      :host([review-id]) {
        min-block-size: 0;
      }
    `,
  ];
  static override properties = { code: {}, reviewId: { attribute: 'review-id' } };

  /** The coupon's code; empty: the review's coupon, or the shopper's newest valid one. */
  code = '';

  /** A review of the shopper's: shows the coupon the shop gave for it, once published. */
  reviewId = '';

  private readonly view = new LazyView(this, () => import('./coupon-view.js'));

  protected override render() {
    if (this.view.value) return html`<sc-coupon-view exportparts=${PARTS} .code=${this.code} .reviewId=${this.reviewId}></sc-coupon-view>`;
    return html`<p part="message" role="alert">${this.view.failed ? this.failureMessage('loadFailed') : ''}</p>`;
  }
}
