import { css, html, type PropertyValues } from 'lit';
import type { Coupon } from '../../core/adapter.js';
import { readyAdapter } from '../../core/config.js';
import { copyText } from '../../core/copy-text.js';
import { ScError, toScError } from '../../core/errors.js';
import { ScPackedElement } from '../../core/packed-element.js';
import { qrCode } from '../../core/qr-code.js';
import { ScElement } from '../../core/sc-element.js';
import { formatMoney } from '../../i18n/money.js';
import { setCheckoutCoupon } from '../../stores/checkout-coupon.js';
import { filled } from '../../styles/filled.styles.js';
import { couponMessages } from './coupon.messages.js';

/** The coupon `code` names, else the one given for `reviewId`, else the newest valid one; null when there is none. */
async function findCoupon(code: string, reviewId: string): Promise<Coupon | null> {
  const { sectionOf } = await import('../../adapters/sections.js');
  const coupons = await sectionOf(await readyAdapter(), 'coupons');
  if (code) return coupons.get(code);
  const mine = await coupons.mine();
  return mine.find((coupon) => (reviewId ? coupon.reason?.review === reviewId : coupon.state === 'valid')) ?? null;
}

/**
 * What `<sc-coupon>` shows once its view is in: the coupon, its QR code, copy and use.
 * Its own module, with the QR encoder, so a page pays for them only where a coupon shows.
 */
export class ScCouponView extends ScPackedElement {
  static override styles = [
    ScElement.styles,
    filled(css`[part='use']`),
    css`
      :host {
        display: block;
      }
      [part='base'] {
        display: grid;
        gap: 0.4em;
        justify-items: start;
        padding: 1em;
        border: 2px dashed var(--sc-coupon-color, var(--_accent));
        border-radius: var(--sc-radius, 1em);
      }
      p {
        margin: 0;
      }
      [part='name'] {
        font-weight: 600;
      }
      [part='discount'] {
        font-size: 1.6em;
        font-weight: 700;
        color: var(--sc-coupon-color, var(--_accent));
      }
      [part='state'] {
        font-weight: 600;
      }
      [part='qr'] {
        inline-size: var(--sc-coupon-qr-size, 10em);
        max-inline-size: 100%;
      }
      [part='code'] {
        font-family: ui-monospace, monospace;
        font-size: 1.2em;
        letter-spacing: 0.08em;
        overflow-wrap: anywhere;
      }
      button {
        min-block-size: 2.75em;
        padding: 0 1em;
        border: 1px solid currentColor;
        border-radius: var(--sc-radius, 1em);
        cursor: pointer;
      }
      [aria-disabled='true'] {
        cursor: not-allowed;
        opacity: 0.55;
      }
      [part='message']:empty {
        display: none;
      }
    `,
  ];
  static override properties = {
    code: {},
    reviewId: {},
    coupon: { state: true },
    failed: { state: true },
    notice: { state: true },
  };

  code = '';
  reviewId = '';
  /** Undefined while loading; null when there is none to show. */
  private coupon?: Coupon | null;
  private failed?: ScError;
  /** The last action's outcome, announced: [message, failed]. */
  private notice?: [string, boolean];
  /** Which request answers last: a code changed while one was under way wins. */
  private asked = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('code') || changed.has('reviewId')) void this.load();
  }

  private async load(): Promise<void> {
    const asked = ++this.asked;
    this.coupon = this.failed = this.notice = undefined;
    try {
      const coupon = await findCoupon(this.code.trim(), this.reviewId);
      if (asked === this.asked) this.coupon = coupon;
    } catch (failure) {
      if (asked !== this.asked) return;
      this.failed = toScError(failure);
      this.emit('sc-error', this.failed.detail(await this.loadedFailureMessage(this.failed.code === 'not-found' ? 'refused' : 'loadFailed')));
    }
  }

  private async copy(coupon: Coupon): Promise<void> {
    const strings = this.strings(couponMessages);
    if (await copyText(coupon.code)) {
      this.notice = [strings.copied, false];
      this.emit('sc-coupon-copy', { code: coupon.code, coupon });
    } else {
      this.notice = [strings.copyFailed, true];
      this.emit('sc-error', new ScError('The clipboard refused', 'forbidden', false).detail(strings.copyFailed));
    }
  }

  private use(coupon: Coupon): void {
    if (coupon.state !== 'valid' || !this.emit('sc-coupon-use', { code: coupon.code, coupon }, true)) return;
    setCheckoutCoupon(coupon.code);
    this.notice = [this.strings(couponMessages).used, false];
  }

  private discount({ discount }: Coupon): string {
    return discount.kind === 'amount'
      ? formatMoney(discount.amount, this.locale)
      : new Intl.NumberFormat(this.locale, { style: 'percent', maximumFractionDigits: 1 }).format(discount.percent / 100);
  }

  protected override render() {
    const strings = this.strings(couponMessages);
    const { coupon, failed } = this;
    if (failed) return html`<p part="message" role="alert">${this.failureMessage(failed.code === 'not-found' ? 'refused' : 'loadFailed')}</p>`;
    // Loading, or a review without a coupon: nothing to show (the shell reserved the room where one is due).
    if (!coupon) return html`<p part="message" role="status">${coupon === null && !this.reviewId ? strings.none : ''}</p>`;
    const { code, campaign, minOrder, expiresAt, state } = coupon;
    const date = expiresAt && new Intl.DateTimeFormat(this.locale, { dateStyle: 'medium' }).format(new Date(expiresAt));
    const terms = [minOrder && strings.minOrder(formatMoney(minOrder, this.locale)), date && strings.validUntil(date)].filter(Boolean).join(' · ');
    const [message, failedNotice] = this.notice ?? [];
    return html`<div part="base">
      ${this.reviewId ? html`<p part="thanks">${strings.thanks}</p>` : ''}
      <p part="name">${campaign.name}</p>
      <p part="discount">${strings.off(this.discount(coupon))}</p>
      ${terms ? html`<p part="terms">${terms}</p>` : ''}
      ${state === 'valid' ? '' : html`<p part="state">${strings.states[state]}</p>`}
      ${qrCode(code, strings.qr(code))}
      <p>${strings.code}: <strong part="code">${code}</strong></p>
      <!-- Named with the code: a page may show several coupons, each with these two buttons. -->
      <button part="copy" aria-label=${this.named(strings.copy, code)} @click=${() => this.copy(coupon)}>${strings.copy}</button>
      <button part="use" aria-label=${this.named(strings.use, code)} aria-disabled=${state !== 'valid'} @click=${() => this.use(coupon)}>${strings.use}</button>
      <p part="message" role="status">${failedNotice ? '' : message}</p>
      <p part="message" role="alert">${failedNotice ? message : ''}</p>
    </div>`;
  }
}

ScCouponView.define('sc-coupon-view');

declare global {
  interface HTMLElementTagNameMap {
    'sc-coupon-view': ScCouponView;
  }
}

/** The shell's View: the styles are the inner element's own. */
export const styles = [];
