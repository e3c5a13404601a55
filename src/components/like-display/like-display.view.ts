import { atom, type ReadableAtom } from 'nanostores';
import { css, html, type ReactiveController } from 'lit';
import { qrCode } from '../../core/qr-code.js';
import { StoreController } from '../../core/store-controller.js';
import { likeDisplay, type LikeDisplayState } from '../../stores/like-display.js';
import { products } from '../../stores/products.js';
import type { LikeDisplayHost } from './like-display.component.js';
import { likeDisplayMessages } from './like-display.messages.js';

// Sizes follow the display's box (container units), never less than the page's text size, which
// the element's least height (in em) holds on a narrow box, large text included.
export const styles = [
  css`
    [part='base'] {
      box-sizing: border-box;
      block-size: 100%;
      display: grid;
      grid-template: 'name name' auto 'count code' 1fr 'status code' auto / 1fr auto;
      gap: 2cqmin 4cqmin;
      padding: 4cqmin;
    }
    @container (aspect-ratio < 1) {
      [part='base'] {
        grid-template: 'name' auto 'count' 1fr 'code' auto 'status' auto / 1fr;
        justify-items: center;
        text-align: center;
      }
    }
    p {
      margin: 0;
    }
    [part='name'] {
      grid-area: name;
      font-size: max(1em, 7cqmin);
      font-weight: 600;
      line-height: 1.15;
      overflow-wrap: anywhere;
    }
    [part='count'] {
      grid-area: count;
      align-self: center;
      display: flex;
      flex-direction: column;
      font-size: max(1em, 6cqmin);
    }
    [part='number'] {
      font-size: max(2em, 30cqmin);
      font-weight: 800;
      line-height: 1;
      font-variant-numeric: tabular-nums;
      color: var(--sc-like-display-color, var(--_accent));
    }
    /* Behind: the number in the text's colour, dimmed, beside "Reconnecting…". */
    .behind [part='number'] {
      color: inherit;
      opacity: 0.6;
    }
    [part='status'] {
      grid-area: status;
      font-size: max(1em, 3cqmin);
    }
    .dot {
      color: var(--_accent);
    }
    [part='code'] {
      grid-area: code;
      align-self: center;
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 1cqmin;
      inline-size: 42cqmin;
      text-align: center;
      font-size: max(1em, 3.2cqmin);
    }
    [part='qr'] {
      inline-size: 100%;
    }
    [part='url'] {
      font-size: max(0.75em, 2.2cqmin);
      overflow-wrap: anywhere;
    }
  `,
];

/** The store of an element with no product yet: nothing to read. */
const nothingShown: ReadableAtom<LikeDisplayState> = atom({ live: false });

/** The address the QR code opens: `product-url` against the page, an http(s) one only; else the page's own. */
function pageToLike(productUrl: string): string {
  try {
    const url = new URL(productUrl, location.href);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
  } catch {
    // A malformed `product-url`: the page's own address still lets a phone find the product.
  }
  return location.href;
}

/** One `<sc-like-display>`: the stores it follows and its rendering. */
class LikeDisplayUi implements ReactiveController {
  private readonly product;
  private readonly count;
  /** The product whose count is followed. */
  private of = '';

  constructor(private readonly host: LikeDisplayHost) {
    const element = host.element;
    // (Made while the element is connected, so not EntryControllers, which must exist before.)
    this.product = new StoreController(element, products.get(''));
    this.count = new StoreController(element, nothingShown);
    element.addController(this);
    // Attached during a render, it missed that update's `hostUpdate`: what it does happens now.
    this.hostUpdate();
  }

  hostUpdate(): void {
    const id = this.host.element.productId;
    if (id !== this.of) {
      this.of = id;
      this.count.use(id ? likeDisplay(id) : nothingShown);
      this.product.use(products.get(id));
    }
    // A name that did not load (the server was away) is read again once the count is back.
    products.load(id, this.count.value.live);
  }

  render() {
    const { element, named } = this.host;
    const strings = this.host.strings(likeDisplayMessages);
    const { count, live } = this.count.value;
    const name = this.product.value.value?.title ?? element.productId;
    const url = pageToLike(element.productUrl);
    const shortUrl = url.replace(/^https?:\/\//, '');
    return html`<div part="base" class=${live ? '' : 'behind'}>
      <p part="name">${name}</p>
      <p part="count">
        <span part="number">${count === undefined ? '–' : new Intl.NumberFormat(element.locale).format(count)}</span>
        <span>${strings.likes(count ?? 0)}</span>
      </p>
      <p part="status" role="status">
        ${live ? html`<span class="dot" aria-hidden="true">●</span> ${strings.live}` : count === undefined ? strings.connecting : strings.reconnecting}
      </p>
      <div part="code">
        ${qrCode(url, named(strings.qrCode, name))}
        <span>${strings.scan}</span>
        <span part="url">${shortUrl}</span>
      </div>
    </div>`;
  }
}

export const attach = (host: LikeDisplayHost): { render(): unknown } => new LikeDisplayUi(host);
