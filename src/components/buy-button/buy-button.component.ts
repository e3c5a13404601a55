import { html, nothing, type PropertyValues } from 'lit';
import type { Variant } from '../../core/adapter.js';
import { RefusedError, toScError } from '../../core/errors.js';
import { EntryController } from '../../core/entry-controller.js';
import { ScElement } from '../../core/sc-element.js';
import { ScPackedElement } from '../../core/packed-element.js';
import { $cartAsked, addToCart, cartOnPage, MAX_QUANTITY } from '../../stores/cart.js';
import { products } from '../../stores/products.js';
import { separators } from '../../i18n/separators.js';
import { type Choice, missingOption, optionsOf, soldOut, variantOf, withSingleValues } from './variant-choice.js';
import { buyButtonStyles } from './buy-button.styles.js';
import { fieldStyles } from '../../styles/field.styles.js';
import { buyButtonMessages } from './buy-button.messages.js';

/** What the last press did: added to the cart, ordered, or why not. */
type Outcome = 'added' | 'placed' | 'checkoutFailed' | 'outOfStock' | 'orderRefused' | 'alreadyBought';

/** The shared wish list a gift is bought from. */
export interface GiftFrom {
  readonly shareId: string;
  /** The name its owner shows friends; '' for none. */
  readonly ownerName: string;
  /** A friend already bought this item from the list. */
  readonly bought: boolean;
}

/**
 * Adds a product to the cart, or buys it now: a picker for each of its options (size,
 * colour…) when it has several variants, a quantity, and a button that says why it
 * cannot be pressed yet (sold out, an option to choose). Works on its own, e.g. beside
 * each item of a shared wish list (`gift` buys it as a present, with an optional message
 * for the shop to enclose, kept for the tab until it is sent; from the list, marked bought there
 * for the owner's other friends, and sent to the owner if asked). An add is confirmed under
 * the button, where the eye is (the cart's badge may be far above, out of view, in a social
 * tab), with a "View cart" when the page has an `<sc-cart>`; focus stays on the button, and
 * the confirmation stays until the next change. Buying now, the button is busy until the
 * shop answers, then says what happened in view: ordered, with the order's reference and
 * what happens next, a demo that ordered nothing (LocalAdapter), or why not. Pressing it
 * again orders once: a second order takes another choice or quantity.
 *
 * @tagname sc-buy-button
 * @summary Add to cart or buy now, with variant pickers and a quantity.
 *
 * @event {CustomEvent<VariantChangeDetail>} sc-variant-change - A person chose an option: the variant it names, or `null`.
 * @event {CustomEvent<CartLineDetail>} sc-before-cart-add - Before an add to cart; cancel it with `preventDefault()`.
 * @event {CustomEvent<CartLineDetail>} sc-cart-add - A person added to the cart.
 * @event {CustomEvent<CheckoutDetail>} sc-checkout - "Buy now" is handed off; `preventDefault()` keeps the shopper on the page.
 * @event {CustomEvent<ScErrorDetail>} sc-error - The product did not load, or the checkout failed.
 *
 * @csspart base - Everything: pickers, quantity, button and messages.
 * @csspart option - One option's list, e.g. the sizes.
 * @csspart quantity - The quantity field.
 * @csspart button - The add-to-cart or buy-now button.
 * @csspart reason - Why the button cannot be pressed yet, in its place: "Sold out", "Choose a size".
 * @csspart note - With `gift`: the gift message, a disclosure with its field.
 * @csspart message - What a press did: how many the cart holds after an add (the product's name is said to screen readers only), ordered with its reference, or why not.
 * @csspart view-cart - After an add, the button that opens the page's `<sc-cart>`.
 *
 * @cssproperty --sc-buy-button-color - The background of the button and of the cart's "Check out". Default: `--sc-color-accent`.
 * @cssproperty --sc-buy-button-text - The button's text colour. Default: black or white, whichever reads on its background (4.5:1 or more).
 * @cssproperty --sc-radius - Corner radius of every widget. Default: `1em`.
 */
export class ScBuyButton extends ScPackedElement {
  static override styles = [ScElement.styles, fieldStyles, buyButtonStyles];
  static override properties = {
    productId: { attribute: 'product-id' },
    variantId: { attribute: 'variant-id' },
    action: {},
    gift: { type: Boolean },
    giftFrom: { attribute: false },
    label: {},
    confirming: { state: true },
    choice: { state: true },
    quantity: { state: true },
    busy: { state: true },
    outcome: { state: true },
    inCart: { state: true },
  };

  /** The product as the shop identifies it. */
  productId = '';

  /** A variant to start with, e.g. the one on a wish list. Default: none chosen, unless there is only one. */
  variantId?: string;

  /** `cart` adds to the cart; `checkout` buys now, this item alone. */
  action: 'cart' | 'checkout' = 'cart';

  /** Buys as a gift (the order says so, with the buyer's message if any); implies buying now. */
  gift = false;

  /**
   * With `gift`, the shared wish list it is bought from (`<sc-wishlist>` sets it): the order
   * marks the item bought there. An item a friend already bought says so, and buys only
   * when pressed again to confirm.
   */
  giftFrom?: GiftFrom;

  /** Replaces the button's translated text. */
  label?: string;

  private choice: Choice = {};
  private quantity = 1;
  private busy = false;
  /** The item was already bought as a gift, and the person pressed once: the next press buys it anyway. */
  private confirming = false;
  private outcome?: Outcome;
  /** How many of the variant the cart holds after the last add: a second add says a new number, so it is heard. */
  private inCart?: number;
  /** What the order a buy-now placed says, in the element's language (loaded with the checkout). */
  private placed?: () => string;
  /** The site, product and variant the choice was made for. */
  private choiceOf = '';
  private readonly entry = new EntryController(this, products);

  private get variants(): readonly Variant[] {
    return this.entry.value.value?.variants ?? [];
  }

  private get variant(): Variant | undefined {
    return variantOf(this.variants, withSingleValues(this.variants, this.choice));
  }

  protected override willUpdate(): void {
    // Only gift buttons load the gift message's field.
    if (this.gift) void import('./gift-note.js');
  }

  /**
   * Another product, variant or site (single-page apps): start again from its variant. Here,
   * not in `willUpdate`: the entry controller takes the product's entry just before, so a
   * product already loaded (a store's card) is seen at the first render, and the next update
   * does not take it for another product (and forget what the last press did).
   */
  protected override update(changed: PropertyValues): void {
    const choiceOf = `${this.settings.value.site}\n${this.productId}\n${this.variantId}\n${this.variants.length}`;
    if (choiceOf !== this.choiceOf) {
      this.choiceOf = choiceOf;
      this.choice = this.variants.find((variant) => variant.id === this.variantId)?.options ?? {};
      this.outcome = undefined;
    }
    super.update(changed);
  }

  /** Why the button cannot be pressed, or '' when it can. */
  private reason(): string {
    const strings = this.strings(buyButtonMessages);
    const { status, value } = this.entry.value;
    if (status === 'error') return this.failureMessage('loadFailed');
    if (value === null) return strings.unavailable;
    if (!value) return '';
    const missing = missingOption(this.variants, withSingleValues(this.variants, this.choice));
    if (missing && this.variants.length > 1) return strings.chooseOption(missing);
    const variant = this.variant;
    if (!variant) return strings.unavailable;
    return variant.stock === 0 ? strings.soldOut : '';
  }

  private choose(event: Event): void {
    const { name, value } = event.target as HTMLSelectElement;
    this.choice = { ...this.choice, [name]: value };
    this.outcome = undefined;
    this.emit('sc-variant-change', { productId: this.productId, variantId: this.variant?.id ?? null });
  }

  private setQuantity(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.quantity = Math.max(1, Math.min(this.maxQuantity(), Math.round(input.valueAsNumber) || 1));
    this.outcome = undefined;
    // The field shows what will be added, also when the quantity it held is unchanged (2 typed, 1 left).
    input.value = String(this.quantity);
  }

  private maxQuantity(): number {
    return Math.min(MAX_QUANTITY, this.variant?.stock ?? MAX_QUANTITY) || 1;
  }

  private async press(): Promise<void> {
    const { status } = this.entry.value;
    if (status === 'error') return products.load(this.productId, true);
    const variant = this.variant;
    if (this.busy || this.outcome === 'placed' || this.reason() || !variant) return;
    const line = { productId: this.productId, variantId: variant.id, quantity: Math.min(this.quantity, this.maxQuantity()) };
    if (this.gift && this.giftFrom?.bought && !this.confirming) return void (this.confirming = true);
    if (this.action === 'checkout' || this.gift) return this.buyNow(line);
    if (!this.emit('sc-before-cart-add', line, true)) return;
    this.inCart = await addToCart(line);
    this.outcome = 'added';
    this.emit('sc-cart-add', line);
  }

  private async buyNow(line: { productId: string; variantId: string; quantity: number }): Promise<void> {
    this.busy = true;
    this.outcome = undefined;
    try {
      const { checkout, openCheckout, orderText, orderMessages } = await import('../../stores/checkout.js');
      const giftNote = this.gift ? this.renderRoot.querySelector('sc-gift-note') : null;
      const note = giftNote?.value;
      const from = this.gift && this.giftFrom;
      const giftFor = from && { shareId: from.shareId, sendToOwner: !!giftNote?.sendToOwner, again: from.bought };
      const ask = { lines: [line], buyNow: true, gift: this.gift, ...(note && { note }), ...(giftFor && { giftFor }) };
      const handoff = await checkout(ask);
      if (note) giftNote!.sent();
      const { order } = handoff;
      if (order) [this.outcome, this.placed] = ['placed', () => orderText(order, this.gift, this.strings(orderMessages))];
      if (this.emit('sc-checkout', { ...ask, ...handoff }, true) && handoff.url) openCheckout(handoff.url);
    } catch (failure) {
      const error = toScError(failure);
      const reason = error instanceof RefusedError && error.reason;
      this.outcome = !reason ? 'checkoutFailed' : reason === 'out_of_stock' ? 'outOfStock' : reason === 'already_bought' ? 'alreadyBought' : 'orderRefused';
      // Another friend was quicker: from now on it says so, and buys only when confirmed.
      if (reason === 'already_bought') this.giftFrom = { ...this.giftFrom!, bought: true };
      this.emit('sc-error', error.detail(this.message(), this.productId));
    } finally {
      this.busy = false;
    }
  }

  /** What the last buy-now did, in words; '' when there is nothing to say (an add says itself, see `addedText`). */
  private message(): string {
    const strings = this.strings(buyButtonMessages);
    if (this.outcome === 'placed') return this.placed!();
    return this.outcome && this.outcome !== 'added' ? strings[this.outcome] : '';
  }

  /** An add's confirmation: how many the cart holds, seen; the product's name, only heard (it is above, on the card or page). */
  private addedText(title?: string) {
    const said = this.named('', title);
    return html`${this.strings(buyButtonMessages).inCart(this.inCart!)}<span class="sr-only">${said}</span>`;
  }

  protected override render() {
    const strings = this.strings(buyButtonMessages);
    const choice = withSingleValues(this.variants, this.choice);
    const reason = this.reason();
    const bought = this.gift && this.giftFrom?.bought;
    const text = this.label || (bought ? strings[this.confirming ? 'buyAgain' : 'alreadyBought'] : this.gift ? strings.buyAsGift : this.action === 'checkout' ? strings.buyNow : strings.addToCart);
    // Every control says its product: a grid or a wish list repeats them for each.
    const title = this.entry.value.value?.title;
    const name = this.named(text, title);
    const message = this.message();
    const failed = this.outcome !== undefined && this.outcome !== 'added' && this.outcome !== 'placed';
    // Pressing a product that failed to load loads it again.
    const pressable = this.entry.value.status === 'error' || (!reason && !this.busy && this.outcome !== 'placed' && !!this.variant);
    // The gift note takes `lang` as an attribute: its element may load after this renders, and
    // a property set on a plain element would turn an undefined one into lang="undefined".
    return html`
      <div part="base">
        ${optionsOf(this.variants)
          .filter(([, values]) => values.length > 1)
          .map(
            ([name, values]) => html`<label class="option"
              ><span>${name}</span>
              <select part="option" name=${name} aria-label=${this.named(name, title)} @change=${this.choose}>
                <option value="" ?selected=${!choice[name]}>${strings.choose}</option>
                ${values.map(
                  (value) =>
                    html`<option value=${value} ?selected=${choice[name] === value}>${soldOut(this.variants, name, value) ? strings.soldOutValue(value) : value}</option>`,
                )}
              </select></label
            >`,
          )}
        ${this.gift ? html`<sc-gift-note part="note" product-id=${this.productId} .product=${title} .owner=${this.giftFrom?.ownerName}></sc-gift-note>` : ''}
        <label class="quantity"
          ><input
            part="quantity"
            type="number"
            inputmode="numeric"
            min="1"
            max=${this.maxQuantity()}
            aria-label=${this.named(strings.quantity, title)}
            .value=${String(this.quantity)}
            @change=${this.setQuantity}
        /></label>
        <button
          part="button"
          aria-label=${this.busy ? nothing : reason ? name + this.strings(separators).comma + reason : name}
          aria-disabled=${!pressable}
          aria-busy=${this.busy}
          @click=${this.press}
        >
          ${this.busy ? strings.checkingOut : reason ? html`<span part="reason">${reason}</span>` : text}
        </button>
        <div class=${this.outcome === 'added' || this.outcome === 'placed' ? 'said' : 'sr-only'}>
          <span part="message" role="status" class=${this.outcome ?? ''}>${this.outcome === 'added' ? this.addedText(title) : failed ? '' : message}</span>
          ${this.outcome === 'added' && cartOnPage() ? html`<button part="view-cart" @click=${() => $cartAsked.set({})}>${strings.viewCart}</button>` : ''}
        </div>
        <span part="message" role="alert">${failed ? message : ''}</span>
      </div>
    `;
  }
}
