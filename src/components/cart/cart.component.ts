import { html } from 'lit';
import { ScElement } from '../../core/sc-element.js';
import { ScPackedElement } from '../../core/packed-element.js';
import { StoreController } from '../../core/store-controller.js';
import { $added, $cart, $cartAsked, $cartCount, loadCart } from '../../stores/cart.js';
import { cartButtonStyles, cartStyles } from './cart.styles.js';
import { cartMessages } from './cart.messages.js';

/** The panel's parts, passed through so a shop styles them on `sc-cart`. */
const PANEL_PARTS = 'line, quantity, remove, subtotal, checkout, message';

/**
 * The shopper's cart: a button with the item count (for any page's header) that opens
 * the cart as a modal panel: its lines with quantities, remove, the subtotal, and
 * checkout through the configured `CheckoutProvider`. Escape or the close button
 * closes it and focus goes back where it was. In a frame taller than the screen (a
 * social tab), the panel opens in the part of the frame in view, and follows the page's
 * scroll. A buy button's "View cart", beside its confirmation of an add, opens it too. The cart is kept for the visitor across reloads and tabs, and with the server
 * for a signed-in customer across devices.
 *
 * @tagname sc-cart
 * @summary Cart button with an item count, and a cart panel with checkout.
 *
 * @event {CustomEvent<CartLineDetail>} sc-cart-change - A person changed a line's quantity, or removed it (0).
 * @event {CustomEvent<CheckoutDetail>} sc-checkout - The cart is handed off; `preventDefault()` keeps the shopper on the page (a shop's own flow).
 * @event {CustomEvent<ScErrorDetail>} sc-error - The backend refused a change to the cart (it was undone), or the checkout failed.
 *
 * @csspart button - The button that opens the cart.
 * @csspart badge - The item count on the button.
 * @csspart dialog - The cart panel.
 * @csspart close - The panel's close button.
 * @csspart line - One line: picture, title, price, quantity and remove.
 * @csspart quantity - A line's quantity field.
 * @csspart remove - A line's remove button.
 * @csspart subtotal - The subtotal.
 * @csspart checkout - The checkout button.
 * @csspart message - Status and failure messages.
 *
 * @cssproperty --sc-cart-width - The panel's width. Default: `min(26rem, 100vw)`.
 * @cssproperty --sc-cart-badge-color - The badge's background; its count is black or white, whichever reads on it. Default: `--sc-color-accent`.
 * @cssproperty --sc-cart-surface - The panel's background. Default: `Canvas` (white, or dark on dark pages).
 */
export class ScCart extends ScPackedElement {
  static override styles = [ScElement.styles, cartButtonStyles, cartStyles];
  static override properties = {
    open: { type: Boolean, reflect: true },
    openOnAdd: { type: Boolean, attribute: 'open-on-add' },
    panelLoaded: { state: true },
  };

  /** Whether the cart panel is open. */
  open = false;

  /** Opens the panel each time a person adds to the cart. */
  openOnAdd = false;

  private panelLoaded = false;
  private readonly cart = new StoreController(this, $cart);
  private readonly count = new StoreController(this, $cartCount);
  private stopAdded?: () => void;
  private stopAsked?: () => void;
  /** Keeping the open panel in view in a tall frame: resolves, once placed, with the function that stops. */
  private view?: Promise<() => void>;
  private lastError?: unknown;

  override connectedCallback(): void {
    super.connectedCallback();
    loadCart();
    this.stopAdded = $added.listen(() => this.openOnAdd && this.show());
    // A buy button's "View cart", e.g. far below this one's badge in a tall frame.
    this.stopAsked = $cartAsked.listen(() => this.show());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopAdded?.();
    this.stopAsked?.();
    this.leaveView();
  }

  private leaveView(): void {
    void this.view?.then((stop) => stop());
    this.view = undefined;
  }

  /** Opens the cart panel. */
  show(): void {
    this.open = true;
  }

  /** Closes the cart panel. */
  close(): void {
    this.open = false;
  }

  protected override async updated(): Promise<void> {
    const { error } = this.cart.value;
    // Once per refusal, and only once its message has loaded, so the event carries it.
    const message = error && !error.transient && this.failureMessage('refused');
    if (error && error !== this.lastError && message) {
      this.lastError = error;
      this.emit('sc-error', error.detail(message));
    }
    const dialog = this.renderRoot.querySelector('dialog')!;
    if (!this.open) return this.leaveView(), dialog.close();
    const { keepInView } = await import('./cart-panel.js');
    this.panelLoaded = true;
    if (!this.open || this.view) return;
    // Where the person is, in a tall frame: placed before it shows, so it never jumps.
    const view = (this.view = keepInView(dialog));
    await view;
    if (this.view === view && !dialog.open) dialog.showModal();
  }

  protected override render() {
    const strings = this.strings(cartMessages);
    const count = this.count.value;
    const formatted = count.toLocaleString(this.locale);
    // role=none: the panel's header is not the page's, no banner landmark.
    return html`
      <button part="button" aria-haspopup="dialog" @click=${this.show}>
        <svg part="icon" viewBox="0 0 24 24" aria-hidden="true"><path d="M3 4h2l2.4 11h11L21 7H6.2M9 20h.01M18 20h.01" /></svg>
        <span class="sr-only">${strings.button(count, formatted)}</span>
        <span part="badge" aria-hidden="true" ?hidden=${!count}>${formatted}</span>
      </button>
      <dialog part="dialog" aria-labelledby="title" @close=${this.close} @click=${(event: Event) => event.target === event.currentTarget && this.close()}>
        <header role="none">
          <h2 id="title">${strings.title}</h2>
          <button part="close" aria-label=${strings.close} @click=${this.close}>✕</button>
        </header>
        ${this.panelLoaded ? html`<sc-cart-panel exportparts=${PANEL_PARTS}></sc-cart-panel>` : ''}
      </dialog>
    `;
  }
}
