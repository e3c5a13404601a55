import { html } from 'lit';
import type { Product, Variant } from '../../core/adapter.js';
import { EntryController } from '../../core/entry-controller.js';
import { ScElement } from '../../core/sc-element.js';
import { ScPackedElement } from '../../core/packed-element.js';
import type { VariantChangeDetail } from '../../events/events.js';
import { formatMoney } from '../../i18n/money.js';
import { products } from '../../stores/products.js';
import '../buy-button/buy-button.js';
import { productCardStyles } from './product-card.styles.js';
import { productCardMessages } from './product-card.messages.js';

/** Shown on the card only when the page loaded them: a store need not pay for widgets it does not use. */
const has = (tag: string) => !!customElements.get(tag);

/**
 * One product: its picture, title and price (the chosen variant's, or "from" the lowest),
 * a discount's former price, and an `<sc-buy-button>`; its rating stars, like and wish
 * list buttons when the page has loaded `<sc-rating-summary>`, `<sc-like-button>`,
 * `<sc-wishlist-button>`.
 *
 * @tagname sc-product-card
 * @summary A product's picture, title, price and buy button, with stars and likes when loaded.
 *
 * @event {CustomEvent<CartLineDetail>} sc-cart-add - From its buy button: a person added to the cart.
 * @event {CustomEvent<CheckoutDetail>} sc-checkout - From its buy button, with `action="checkout"`.
 *
 * @csspart base - The card.
 * @csspart image - The product's picture.
 * @csspart title - The product's title.
 * @csspart price - The price.
 * @csspart compare-at - The former price, struck through.
 * @csspart actions - The row of stars, like and wish list buttons.
 * @csspart buy - The `<sc-buy-button>`.
 *
 * @cssproperty --sc-product-card-image-ratio - The picture's aspect ratio. Default: `1`.
 * @cssproperty --sc-radius - Corner radius of every widget. Default: `1em`.
 */
export class ScProductCard extends ScPackedElement {
  static override styles = [ScElement.styles, productCardStyles];
  static override properties = {
    productId: { attribute: 'product-id' },
    action: {},
    showEmpty: { attribute: 'show-empty', type: Boolean },
    variantId: { state: true },
  };

  /** The product as the shop identifies it. */
  productId = '';

  /** What its buy button does: `cart` adds to the cart, `checkout` buys now. */
  action: 'cart' | 'checkout' = 'cart';

  /** Says "No reviews yet" for a product with none; without it, an unreviewed product shows no stars. */
  showEmpty = false;

  /** The variant chosen in the buy button, whose price the card shows. */
  private variantId: string | null = null;
  private readonly entry = new EntryController(this, products);

  private price(product: Product) {
    const strings = this.strings(productCardMessages);
    const chosen = product.variants.find((variant) => variant.id === this.variantId);
    const cheapest = [...product.variants].sort((a, b) => a.price.amount - b.price.amount)[0] as Variant | undefined;
    const shown = chosen ?? cheapest;
    if (!shown) return '';
    const price = formatMoney(shown.price, this.locale);
    const varies = !chosen && product.variants.some((variant) => variant.price.amount !== shown.price.amount);
    const was = shown.compareAtPrice && shown.compareAtPrice.amount > shown.price.amount && formatMoney(shown.compareAtPrice, this.locale);
    return html`<p part="price">
      <span>${varies ? strings.from(price) : price}</span>
      ${was ? html`<s part="compare-at" aria-hidden="true">${was}</s><span class="sr-only">${strings.was(was)}</span>` : ''}
    </p>`;
  }

  protected override render() {
    const strings = this.strings(productCardMessages);
    const { status, value: product } = this.entry.value;
    if (status === 'error') {
      return html`<button part="base" class="failed" role="alert" @click=${() => products.load(this.productId, true)}>${this.failureMessage('loadFailed')}</button>`;
    }
    if (product === null) return html`<p part="base">${strings.missing}</p>`;
    // No space between the actions, so that with none loaded their row is :empty and takes no room;
    // the like button is there before the product, so that the row does not grow when it comes.
    return html`
      <article part="base" aria-busy=${!product}>
        <div class="image">${product?.images[0] ? html`<img part="image" src=${product.images[0]} alt="" loading="lazy" decoding="async" />` : ''}</div>
        <h2 part="title">${product?.title}</h2>
        ${product ? this.price(product) : html`<p part="price"></p>`}
        <div part="actions">${has('sc-rating-summary') ? html`<sc-rating-summary product-id=${this.productId} compact ?show-empty=${this.showEmpty}></sc-rating-summary>` : ''}${has('sc-like-button')
            ? html`<sc-like-button product-id=${this.productId} compact label=${product ? strings.like(product.title) : ''}></sc-like-button>`
            : ''}${has('sc-wishlist-button') ? html`<sc-wishlist-button product-id=${this.productId} compact label=${product ? strings.wish(product.title) : ''}></sc-wishlist-button>` : ''}</div>
        <sc-buy-button
          part="buy"
          product-id=${this.productId}
          action=${this.action}
          @sc-variant-change=${(event: CustomEvent<VariantChangeDetail>) => (this.variantId = event.detail.variantId)}
        ></sc-buy-button>
      </article>
    `;
  }
}
