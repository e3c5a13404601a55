import { html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { CartLine, Money, Order, Product } from '../../core/adapter.js';
import { FamilyController } from '../../core/family-controller.js';
import { RefusedError, toScError } from '../../core/errors.js';
import { ScElement } from '../../core/sc-element.js';
import { ScPackedElement } from '../../core/packed-element.js';
import { StoreController } from '../../core/store-controller.js';
import { formatMoney } from '../../i18n/money.js';
import { $cart, lineKey, MAX_QUANTITY, setQuantity } from '../../stores/cart.js';
import { products } from '../../stores/products.js';
import { $checkoutCoupon, setCheckoutCoupon } from '../../stores/checkout-coupon.js';
import { cartPanelStyles } from './cart-panel.styles.js';
import { cartButtonStyles } from './cart.styles.js';
import { fieldStyles } from '../../styles/field.styles.js';
import { cartPanelMessages, type CouponRefusal } from './cart-panel.messages.js';

export { keepInView } from './frame-view.js';

/**
 * What `<sc-cart>` shows once opened: the lines, their quantities, the subtotal and the
 * checkout. Loaded on the first opening, so a page with only the cart's badge never
 * downloads it. Internal to `<sc-cart>`, whose parts it carries.
 */
export class ScCartPanel extends ScPackedElement {
  static override styles = [ScElement.styles, fieldStyles, cartButtonStyles, cartPanelStyles];
  static override properties = {
    busy: { state: true },
    outcome: { state: true },
    said: { state: true },
    order: { state: true },
    refusal: { state: true },
  };

  private busy = false;
  private outcome?: 'ordered' | 'checkoutFailed';
  /** The order placed last, for its coupon's discount. */
  private order?: Order;
  /** What that order says, in the element's language (loaded with the checkout): its reference and what happens next. */
  private ordered?: () => string;
  /** Why the backend refused the coupon, when that is why the checkout failed. */
  private refusal?: CouponRefusal;
  private readonly coupon = new StoreController(this, $checkoutCoupon);
  /** What the last change did, for screen readers: the line's new quantity, or its removal. */
  private said = '';
  /** Where the line removed last was: focus goes to the remove button now there, once it is gone. */
  private removedAt?: number;
  private readonly cart = new StoreController(this, $cart);
  private readonly lineProducts = new FamilyController(this, products);

  private get lines(): readonly CartLine[] {
    return this.cart.value.value?.lines ?? [];
  }

  protected override willUpdate(): void {
    this.lineProducts.follow([...new Set(this.lines.map((line) => line.productId))]);
  }

  protected override updated(): void {
    if (this.removedAt === undefined) return;
    // The next line's remove button (the one before when it was last), or the close button when none is left.
    const removes = this.renderRoot.querySelectorAll<HTMLElement>('[part=remove]');
    (removes[Math.min(this.removedAt, removes.length - 1)] ?? this.closest('dialog')?.querySelector<HTMLElement>('[part=close]'))?.focus();
    this.removedAt = undefined;
  }

  private product(line: CartLine): Product | undefined {
    return this.lineProducts.get(line.productId).value ?? undefined;
  }

  private subtotal(): Money | undefined {
    let total: Money | undefined;
    for (const line of this.lines) {
      const variant = this.product(line)?.variants.find((candidate) => candidate.id === line.variantId);
      if (!variant) return undefined;
      total = { amount: (total?.amount ?? 0) + variant.price.amount * line.quantity, currency: variant.price.currency };
    }
    return total;
  }

  /**
   * Sets a line's quantity, shows it in the `field` typed in, also when it is unchanged (more
   * typed than in stock), and says it with the product's `title`.
   */
  private change(line: CartLine, title: string, quantity: number, field?: HTMLInputElement): void {
    const strings = this.strings(cartPanelMessages);
    // Where the line is, read before the change: once removed, it is no longer among the lines.
    const at = this.lines.indexOf(line);
    const changed = { ...line, quantity: setQuantity({ ...line, quantity: quantity || 0 }) };
    if (field) field.value = String(changed.quantity);
    if (!changed.quantity) this.removedAt = at;
    this.outcome = undefined;
    this.said = this.named(changed.quantity ? strings.inCart(changed.quantity) : strings.removed, title);
    this.emit('sc-cart-change', changed);
  }

  private async checkout(): Promise<void> {
    const { lines } = this;
    if (this.busy || !lines.length) return;
    this.busy = true;
    this.outcome = this.order = this.refusal = undefined;
    try {
      const { checkout, openCheckout, orderText, orderMessages } = await import('../../stores/checkout.js');
      const couponCode = this.coupon.value;
      const ask = { lines, buyNow: false, gift: false, ...(couponCode && { couponCode }) };
      const handoff = await checkout(ask);
      const { order } = handoff;
      this.order = order;
      // Redeemed: the next order has no coupon until one is given again.
      if (order?.discount) setCheckoutCoupon('');
      if (order && !handoff.url) [this.outcome, this.ordered] = ['ordered', () => orderText(order, false, this.strings(orderMessages))];
      if (this.emit('sc-checkout', { ...ask, ...handoff }, true) && handoff.url) openCheckout(handoff.url);
    } catch (failure) {
      const error = toScError(failure);
      const reason = error instanceof RefusedError && error.reason;
      this.outcome = 'checkoutFailed';
      this.refusal = reason && reason in this.strings(cartPanelMessages).couponRefused ? (reason as CouponRefusal) : undefined;
      this.emit('sc-error', error.detail(this.failure()));
    } finally {
      this.busy = false;
    }
  }

  /** Why the checkout failed, in the shopper's words: the coupon's refusal, when it was that. */
  private failure(): string {
    const strings = this.strings(cartPanelMessages);
    return this.refusal ? strings.couponRefused[this.refusal] : strings.checkoutFailed;
  }

  /** The code field, and once ordered, what its coupon took off the total. */
  private couponPart() {
    const strings = this.strings(cartPanelMessages);
    const { discount, total, couponCode } = this.order ?? {};
    return html`<label part="coupon"
        >${strings.couponCode}<input
          name="coupon"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          aria-invalid=${!!this.refusal}
          .value=${this.coupon.value}
          @change=${(event: Event) => ((this.refusal = undefined), setCheckoutCoupon((event.target as HTMLInputElement).value))}
      /></label>
      ${discount && total
        ? html`<p part="discount">
            <span>${strings.discount(couponCode ?? '')}</span><strong>−${formatMoney(discount, this.locale)}</strong>
            <span>${strings.total}</span><strong>${formatMoney(total, this.locale)}</strong>
          </p>`
        : ''}`;
  }

  private line(line: CartLine) {
    const strings = this.strings(cartPanelMessages);
    const product = this.product(line);
    const variant = product?.variants.find((candidate) => candidate.id === line.variantId);
    const title = product?.title ?? line.productId;
    const most = Math.min(MAX_QUANTITY, variant?.stock ?? MAX_QUANTITY);
    return html`<li part="line">
      <div class="image">${product?.images[0] ? html`<img src=${product.images[0]} alt="" />` : ''}</div>
      <p class="about">
        <span class="title">${title}</span>
        <span class="price">${variant ? formatMoney({ ...variant.price, amount: variant.price.amount * line.quantity }, this.locale) : ''}</span>
        <span class="options">${Object.values(variant?.options ?? {}).join(' · ')}</span>
      </p>
      <div class="quantity">
        <button aria-label=${strings.fewer(title)} @click=${() => this.change(line, title, line.quantity - 1)}>−</button>
        <input
          part="quantity"
          type="number"
          inputmode="numeric"
          min="0"
          max=${most}
          aria-label=${strings.quantityOf(title)}
          .value=${String(line.quantity)}
          @change=${(event: Event) => this.change(line, title, Math.min(most, (event.target as HTMLInputElement).valueAsNumber), event.target as HTMLInputElement)}
        />
        <button aria-label=${strings.more(title)} aria-disabled=${line.quantity >= most} @click=${() => line.quantity < most && this.change(line, title, line.quantity + 1)}>+</button>
        <button part="remove" aria-label=${strings.remove(title)} @click=${() => this.change(line, title, 0)}>
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M5 7h14M10 7V4h4v3M7 7l1 13h8l1-13" /></svg>
        </button>
      </div>
    </li>`;
  }

  protected override render() {
    const strings = this.strings(cartPanelMessages);
    const { lines } = this;
    const { error, status } = this.cart.value;
    const subtotal = this.subtotal();
    // role=none: the panel's footer is not the page's, no contentinfo landmark. The status is
    // always rendered (its span keeps it from :empty's display: none), so each change is heard.
    const cartFailure = status === 'error' ? this.failureMessage('loadFailed') : error ? this.failureMessage(error.transient ? 'retrying' : 'refused') : '';
    return html`
      ${lines.length
        ? // Keyed: a removed line's row goes with it, so focus moves to another button, which is said.
          html`<ul>${repeat(lines, lineKey, (line) => this.line(line))}</ul>`
        : // Once ordered, the order's message under the checkout button says it all.
          html`<p class="empty">${this.outcome === 'ordered' ? '' : strings.empty}</p>`}
      <footer role="none">
        <p part="subtotal"><span>${strings.subtotal}</span><strong>${subtotal ? formatMoney(subtotal, this.locale) : ''}</strong></p>
        <p class="taxes">${this.settings.value.pricesIncludeTax === false ? strings.taxesAdded : strings.taxesIncluded}</p>
        ${this.couponPart()}
        <button part="checkout" aria-disabled=${!lines.length || this.busy} aria-busy=${this.busy} @click=${this.checkout}>
          ${this.busy ? strings.checkingOut : strings.checkout}
        </button>
        <p part="message" role="status" class=${this.outcome === 'ordered' ? '' : 'sr-only'}><span>${this.outcome === 'ordered' ? this.ordered!() : this.said}</span></p>
        <p part="message" role="alert">${this.outcome === 'checkoutFailed' ? this.failure() : cartFailure}</p>
      </footer>
    `;
  }
}

ScCartPanel.define('sc-cart-panel');

declare global {
  interface HTMLElementTagNameMap {
    'sc-cart-panel': ScCartPanel;
  }
}
