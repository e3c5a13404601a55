import { html } from 'lit';
import type { ProductQuery } from '../../core/adapter.js';
import { toScError } from '../../core/errors.js';
import { keepStorage } from '../../core/storage.js';
import { ScElement } from '../../core/sc-element.js';
import { ScPackedElement } from '../../core/packed-element.js';
import { whenNear } from '../../core/when-near.js';
import { listProducts } from '../../stores/products.js';
import '../product-card/product-card.js';
import { reportFrameHeight } from './frame-height.js';
import { storeStyles } from './store.styles.js';
import { fieldStyles } from '../../styles/field.styles.js';
import { storeMessages } from './store.messages.js';

type Sort = NonNullable<ProductQuery['sort']>;
const SORTS: readonly Sort[] = ['title', 'price-asc', 'price-desc', 'newest'];
/** Typing pauses this long before the search runs. */
const SEARCH_DELAY_MS = 300;

const capitalized = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * The site's products as a grid of `<sc-product-card>`, with search, a category filter
 * and sorting, a page at a time. Fits a social tab 320 px wide as well as a desktop
 * page. Inside an iframe it posts its page's height to the parent
 * (`{ type: 'sc-widgets:height', height }`), so the frame can grow to fit and never scroll.
 *
 * @tagname sc-store
 * @summary A searchable, filterable grid of the site's products, for a page or a social tab.
 *
 * @event {CustomEvent<CartLineDetail>} sc-cart-add - From a card: a person added to the cart.
 * @event {CustomEvent<CheckoutDetail>} sc-checkout - From a card, with `action="checkout"`: "Buy now" is handed off; `preventDefault()` keeps the shopper on the page.
 * @event {CustomEvent<ScErrorDetail>} sc-error - The products did not load.
 *
 * @csspart toolbar - The search, category and sort controls.
 * @csspart search - The search field.
 * @csspart category - The category list.
 * @csspart sort - The sort list.
 * @csspart count - How many products are shown, of how many.
 * @csspart grid - The grid of cards.
 * @csspart card - One `<sc-product-card>`.
 * @csspart more - The button that shows the next page.
 * @csspart message - A failure message.
 *
 * @cssproperty --sc-store-card-width - The narrowest a card gets before the grid drops a column. Default: `9.5rem`.
 * @cssproperty --sc-store-gap - Space between cards. Default: `1rem`.
 * @cssproperty --sc-store-height - Height reserved before the first page arrives. Default: `30em`.
 */
export class ScStore extends ScPackedElement {
  static override styles = [ScElement.styles, fieldStyles, storeStyles];
  static override properties = {
    category: { reflect: true },
    sort: { reflect: true },
    search: {},
    pageSize: { attribute: 'page-size', type: Number },
    action: {},
    ids: { state: true },
    categories: { state: true },
    total: { state: true },
    status: { state: true },
  };

  /** Only this category; a person can change it. Default: all. */
  category = '';

  /** The order: `title`, `price-asc`, `price-desc` or `newest`. */
  sort: Sort = 'title';

  /** Words to find in titles and descriptions; a person can change them. */
  search = '';

  /** Products per page. */
  pageSize = 12;

  /** What the cards' buy buttons do: `cart` adds to the cart, `checkout` buys now. */
  action: 'cart' | 'checkout' = 'cart';

  private ids: readonly string[] = [];
  private categories: readonly string[] = [];
  private total = 0;
  private status: 'loading' | 'ready' | 'error' = 'loading';
  private next?: string;
  /** The query the shown products answer; a new one starts from the first page. */
  private shownQuery = '';
  private adapterShown?: unknown;
  private searchTimer?: ReturnType<typeof setTimeout>;
  private stopReporting?: () => void;
  /** Set once the store nears the viewport: a store far below the fold reads nothing before. */
  private near = false;
  private stopWaiting?: () => void;

  /** In a frame where the browser denies storage, a first click may ask it to keep the cart across visits. */
  private readonly askToKeepStorage = () => void keepStorage(true);

  override connectedCallback(): void {
    super.connectedCallback();
    void keepStorage(false);
    this.addEventListener('click', this.askToKeepStorage);
    this.stopReporting = reportFrameHeight();
    if (!this.near) this.stopWaiting = whenNear(this, () => ((this.near = true), this.requestUpdate()));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this.askToKeepStorage);
    this.stopReporting?.();
    this.stopWaiting?.();
    clearTimeout(this.searchTimer);
  }

  protected override willUpdate(): void {
    if (!this.near) return;
    const { site, adapter } = this.settings.value;
    const query = JSON.stringify([site, this.search.trim(), this.category, this.sort, this.pageSize]);
    // A new query, site or backend: its first page. (A language switch is none of these.)
    if (query === this.shownQuery && adapter === this.adapterShown) return;
    this.shownQuery = query;
    this.adapterShown = adapter;
    this.ids = [];
    this.next = undefined;
    void this.loadPage();
  }

  private async loadPage(): Promise<void> {
    const asked = this.shownQuery;
    this.status = 'loading';
    try {
      const search = this.search.trim();
      const page = await listProducts({
        limit: this.pageSize,
        sort: this.sort,
        ...(search && { search }),
        ...(this.category && { category: this.category }),
        ...(this.next && { cursor: this.next }),
      });
      if (asked !== this.shownQuery) return;
      this.ids = [...this.ids, ...page.products.map((product) => product.id)];
      this.next = page.next;
      this.total = page.total;
      this.categories = page.categories ?? this.categories;
      this.status = 'ready';
    } catch (failure) {
      if (asked !== this.shownQuery) return;
      this.status = 'error';
      this.emit('sc-error', toScError(failure).detail(await this.loadedFailureMessage('loadFailed')));
    }
  }

  private async more(): Promise<void> {
    const first = this.ids.length;
    await this.loadPage();
    // Keyboard users continue where the new products start.
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('li')[first]?.focus();
  }

  private typed(event: Event): void {
    const { value } = event.target as HTMLInputElement;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => (this.search = value), SEARCH_DELAY_MS);
  }

  private submitted(event: SubmitEvent): void {
    event.preventDefault();
    clearTimeout(this.searchTimer);
    this.search = this.renderRoot.querySelector<HTMLInputElement>('[part=search]')!.value;
  }

  protected override render() {
    const strings = this.strings(storeMessages);
    const shown = this.ids.length;
    const count = (n: number) => n.toLocaleString(this.locale);
    const retry = () => ((this.status = 'loading'), void this.loadPage());
    return html`
      <form part="toolbar" role="search" @submit=${this.submitted}>
        <label class="search"
          >${strings.search}
          <input part="search" type="search" enterkeyhint="search" .value=${this.search} @input=${this.typed}
        /></label>
        <label
          >${strings.category}
          <select part="category" @change=${(event: Event) => (this.category = (event.target as HTMLSelectElement).value)}>
            <option value="">${strings.all}</option>
            ${this.categories.map((category) => html`<option value=${category} ?selected=${category === this.category}>${capitalized(category)}</option>`)}
          </select></label
        >
        <label
          >${strings.sort}
          <select part="sort" @change=${(event: Event) => (this.sort = (event.target as HTMLSelectElement).value as Sort)}>
            ${SORTS.map((sort) => html`<option value=${sort} ?selected=${sort === this.sort}>${strings.sorts[sort]}</option>`)}
          </select></label
        >
      </form>
      <p part="count" role="status">${this.status === 'ready' ? (this.total ? (shown === this.total ? strings.products(shown, count(shown)) : strings.showing(this.total, count(shown), count(this.total))) : strings.none) : ''}</p>
      <ul part="grid" aria-busy=${this.status === 'loading'} class=${shown ? '' : 'empty'}>
        ${this.ids.map(
          // The item, not the card, takes focus after "show more": a shadow host with tabindex=-1 would take its buttons out of the tab order.
          (id) => html`<li tabindex="-1"><sc-product-card part="card" product-id=${id} action=${this.action}></sc-product-card></li>`,
        )}
      </ul>
      ${this.status === 'error' ? html`<button part="message" role="alert" @click=${retry}>${this.failureMessage('loadFailed')}</button>` : ''}
      ${this.next ? html`<button part="more" aria-busy=${this.status === 'loading'} @click=${() => this.status === 'ready' && this.more()}>${strings.more}</button>` : ''}
    `;
  }
}
