import { css, html } from 'lit';
import type { View } from '../../core/lazy-view.js';
import { LazyView } from '../../core/lazy-view.js';
import { ScPackedElement } from '../../core/packed-element.js';
import { ScElement } from '../../core/sc-element.js';
import type { Catalog } from '../../i18n/locale.js';

/** What the element lends its view: its strings, in its language. */
export interface LikeDisplayHost {
  readonly element: ScLikeDisplay;
  strings<T>(catalog: Catalog<T>): T;
  /** A label followed by what it is about, after the language's colon. */
  named(label: string, name: string): string;
}

/** The on-demand part of `<sc-like-display>` (like-display.view.ts): its rendering, store and styles. */
export interface LikeDisplayView extends View {
  attach(host: LikeDisplayHost): { render(): unknown };
}

/**
 * A product's like count for a screen in the shop, on a hanger or a shelf: its name, the
 * count in big type, and a QR code that opens the product's page, to like it from a phone.
 * The count follows every like as it comes (with a live backend: `data-live`, or
 * `new RestAdapter({ live: true })`); while the server or the connection is away the number
 * dims and says it is reconnecting, and once they are back it is read again, with no reload.
 * It fills its box (16:9 unless set), in light and dark; its rendering loads on demand.
 *
 * @tagname sc-like-display
 * @summary A big, live like count with a QR code to like the product from a phone.
 *
 * @csspart base - The whole display.
 * @csspart name - The product's name (its id where the catalog has none).
 * @csspart count - The number and the word after it.
 * @csspart number - The number.
 * @csspart status - "Live", or "Reconnecting…" while the number may be behind.
 * @csspart code - The QR code with the words under it.
 * @csspart qr - The QR code.
 * @csspart url - The address the QR code opens, as text.
 * @csspart message - The failure to load the display.
 *
 * @cssproperty --sc-like-display-ratio - The display's aspect ratio (its height follows its width); `auto` where the page gives it a height, as a full screen does. Default: `16 / 9`.
 * @cssproperty --sc-like-display-min-height - The least height, which holds its text at the page's text size on a narrow box. Default: `23em`.
 * @cssproperty --sc-like-display-color - The number's colour. Default: `--sc-color-accent`, made readable on the page's background.
 */
export class ScLikeDisplay extends ScPackedElement {
  static override styles = [
    ScElement.styles,
    css`
      :host {
        display: block;
        /* The size is the box's, never the content's, so nothing moves as the view and the numbers
           come; at least tall enough for its text at the page's size, large text included. */
        aspect-ratio: var(--sc-like-display-ratio, 16 / 9);
        min-block-size: var(--sc-like-display-min-height, 23em);
        container-type: size;
      }
    `,
  ];
  static override properties = {
    productId: { attribute: 'product-id' },
    productUrl: { attribute: 'product-url' },
  };

  /** The product as the shop identifies it. */
  productId = '';

  /** The page the QR code opens, where a phone likes the product. Default: this page. */
  productUrl = '';

  private readonly view = new LazyView<LikeDisplayView>(this, () => import('./like-display.view.js'));
  private ui?: { render(): unknown };

  protected override render() {
    const view = this.view.value;
    if (!view) return html`<p part="message" role="alert">${this.view.failed ? this.failureMessage('loadFailed') : ''}</p>`;
    this.ui ??= view.attach({ element: this, strings: (catalog) => this.strings(catalog), named: (label, name) => this.named(label, name) });
    return this.ui.render();
  }
}
