import { html, type ReactiveController } from 'lit';
import { atom } from 'nanostores';
import type { Product, Wishlist } from '../../core/adapter.js';
import type { ScError } from '../../core/errors.js';
import { FamilyController } from '../../core/family-controller.js';
import type { ViewHost } from '../../core/lazy-view.js';
import { StoreController } from '../../core/store-controller.js';
import { UrlParamController } from '../../core/url-param-controller.js';
import { whenNear } from '../../core/when-near.js';
import { copyText } from '../../core/copy-text.js';
import { formatMoney } from '../../i18n/money.js';
import type { FailureMessages } from '../../i18n/failure-messages.js';
import { products } from '../../stores/products.js';
import {
  $wishlists,
  createWishlist,
  deleteWishlist,
  loadWishlists,
  removeFromWishlist,
  shareWishlist,
  sharedWishlist,
  type WishlistsState,
} from '../../stores/wishlists.js';
import type { ScWishlist } from './wishlist.component.js';
import { wishlistStyles } from './wishlist.styles.js';
import { wishlistMessages } from './wishlist.messages.js';

export const styles = [wishlistStyles];

/** The URL parameter a shared list's link carries. */
const SHARED_PARAM = 'sc-wishlist';

/** What a friend's link shows: the list someone shared, read-only. */
type SharedState = { readonly status: 'loading' } | { readonly status: 'ready'; readonly list: Wishlist } | { readonly status: 'error'; readonly error: ScError };

/** What a visitor who has saved nothing yet sees: their default list, empty (the backend makes it on first use). */
const NOTHING_SAVED: Wishlist = { id: '', name: '', productIds: [] };

/** A friend's page holds no lists of its own: nothing is read for them. */
const notMine = atom<WishlistsState>({ status: 'idle', lists: [] });

/** The lists of one `<sc-wishlist>`: its state, rendering and the stores it follows. */
class WishlistUi implements ReactiveController {
  private shared?: SharedState;
  /** The link made for one of the visitor's lists. */
  private link?: { readonly listId: string; readonly url: string };
  /** The list whose delete button asks to be pressed again. */
  private confirming?: string;
  private message?: { readonly text: string; readonly alert?: boolean };
  /** The product removed last and where its row was: once the row is gone, focus goes to the remove button now there. */
  private removing?: { readonly productId: string; readonly index: number };
  private stopWaiting?: () => void;

  private readonly lists;
  private readonly products;
  private readonly urlShareId;
  /** The shared list last opened (or none), to open another when the id or the URL changes. */
  private openedId?: string;

  constructor(private readonly host: ViewHost<ScWishlist>) {
    const element = host.element;
    this.lists = new StoreController(element, notMine);
    this.products = new FamilyController(element, products);
    this.urlShareId = new UrlParamController(element, SHARED_PARAM);
    element.addController(this);
    // Made while the element renders, after this update's controllers ran: follow its lists now.
    this.hostUpdate();
  }

  private get element() {
    return this.host.element;
  }

  private get strings() {
    return this.host.strings(wishlistMessages);
  }

  /** The shared list this element shows, if it shows one. */
  private get sharedId(): string | undefined {
    return this.element.shareId || this.urlShareId.value;
  }

  hostConnected(): void {
    // Read each time it enters the page (first shown, or moved and added again in a
    // single-page app), once near the viewport.
    if (!this.sharedId) this.stopWaiting = whenNear(this.element, loadWishlists);
  }

  hostDisconnected(): void {
    this.stopWaiting?.();
  }

  hostUpdate(): void {
    const sharedId = this.sharedId;
    this.lists.use(sharedId ? notMine : $wishlists);
    if (sharedId === this.openedId) return;
    this.openedId = sharedId;
    if (sharedId) {
      void this.openShared(sharedId);
    } else {
      // A page that stops showing a friend's list shows the visitor's own.
      this.shared = undefined;
      loadWishlists();
    }
  }

  hostUpdated(): void {
    // The list may still show the product when its message is said: wait until it is gone.
    const { removing } = this;
    if (!removing || this.current?.productIds.includes(removing.productId)) return;
    this.removing = undefined;
    const root = this.element.renderRoot;
    const removes = root.querySelectorAll<HTMLElement>('[part=remove]');
    (removes[Math.min(removing.index, removes.length - 1)] ?? root.querySelector('select'))?.focus();
  }

  /** Changes what the element shows, and draws it again. */
  private set(change: { shared?: SharedState; confirming?: string; message?: { readonly text: string; readonly alert?: boolean } }): void {
    Object.assign(this, change);
    this.element.requestUpdate();
  }

  private async openShared(shareId: string): Promise<void> {
    this.set({ shared: { status: 'loading' } });
    try {
      await this.readShared(shareId);
    } catch (error) {
      this.set({ shared: { status: 'error', error: error as ScError } });
      await this.fail(error as ScError, 'loadFailed');
    }
  }

  /** Reads the shared list, leaving what is shown until it answers. */
  private async readShared(shareId: string): Promise<void> {
    const list = await sharedWishlist(shareId);
    if (shareId === this.sharedId) this.set({ shared: { status: 'ready', list } });
  }

  /** After a gift (or a refused one: another friend was quicker), what friends bought has changed; a failed read leaves the list as shown. */
  private rereadShared(list: Wishlist): void {
    this.readShared(list.shareId!).catch(() => undefined);
  }

  private get current(): Wishlist | undefined {
    const { lists, status } = this.lists.value;
    return lists.find((list) => list.id === this.element.listId) ?? lists[0] ?? (status === 'ready' ? NOTHING_SAVED : undefined);
  }

  /** The default list (always the first) in the visitor's language; others by the name they gave. */
  private listName(list: Wishlist): string {
    const [first = NOTHING_SAVED] = this.lists.value.lists;
    return list === first ? this.strings.defaultName : list.name;
  }

  /** Says in an alert what failed: a change by default; a read, such as a shared list's, says `loadFailed` (nothing was undone). */
  private async fail(error: ScError, kind: keyof FailureMessages = error.transient ? 'loadFailed' : 'refused'): Promise<void> {
    const text = await this.host.loadedFailure(kind, this.strings.failed);
    this.set({ message: { text, alert: true } });
    this.host.emit('sc-error', error.detail(text));
  }

  /** Runs a change the visitor asked for, announcing how it went. */
  private async act<T>(change: () => Promise<T>, done: (result: T) => string): Promise<void> {
    try {
      this.set({ message: { text: done(await change()) } });
    } catch (error) {
      await this.fail(error as ScError);
    }
  }

  private async create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const name = (new FormData(form).get('name') as string).trim();
    if (!name) return;
    await this.act(
      () => createWishlist(name),
      (list) => ((this.element.listId = list.id), form.reset(), this.strings.created(name)),
    );
  }

  private async share(event: SubmitEvent, list: Wishlist): Promise<void> {
    event.preventDefault();
    const ownerName = new FormData(event.target as HTMLFormElement).get('owner') as string;
    await this.act(
      () => shareWishlist(list.id, ownerName),
      ({ shareId }) => {
        const url = new URL(this.element.sharePage || location.href, location.href);
        url.searchParams.set(SHARED_PARAM, shareId!);
        this.link = { listId: list.id, url: url.href };
        this.host.emit('sc-wishlist-share', { listId: list.id, shareId: shareId!, url: url.href });
        return '';
      },
    );
    await this.element.updateComplete;
    this.element.renderRoot.querySelector<HTMLInputElement>('[part=share] input')?.select();
  }

  /** Takes an item off the list: removed by the visitor, or `moved` to the cart. */
  private async removeItem(list: Wishlist, productId: string, title: string, moved = false): Promise<void> {
    this.removing = { productId, index: list.productIds.indexOf(productId) };
    await this.act(() => removeFromWishlist(productId, list.id), () => this.strings[moved ? 'moved' : 'removed'](title));
  }

  private async delete(list: Wishlist): Promise<void> {
    if (this.confirming !== list.id) return this.set({ confirming: list.id });
    this.confirming = undefined;
    await this.act(
      () => deleteWishlist(list.id),
      () => ((this.element.listId = undefined), this.strings.deleted(list.name)),
    );
    this.element.renderRoot.querySelector('select')?.focus();
  }

  private async copy(): Promise<void> {
    const copied = await copyText(this.link!.url);
    this.set({ message: copied ? { text: this.strings.copied } : { text: this.strings.copyFailed, alert: true } });
  }

  render() {
    // One status and one alert, rendered whatever the list shows, so a change in them is heard.
    return html`
      ${this.body()}
      <p part="message" role="status">${this.message?.alert ? '' : this.message?.text}</p>
      <p part="message" role="alert">${this.message?.alert ? this.message.text : ''}</p>
    `;
  }

  private body() {
    const strings = this.strings;
    if (this.sharedId) {
      const shared = this.shared;
      if (shared?.status !== 'ready') return html`<p>${shared?.status === 'error' ? '' : strings.loading}</p>`;
      const { list } = shared;
      return html`<h2 part="heading">${list.ownerName ? strings.ownersList(list.ownerName) : strings.someonesList}</h2>
        ${list.name ? html`<p part="list-name">${list.name}</p>` : ''}${this.items(list, true)}`;
    }
    const { status, lists } = this.lists.value;
    const failed = status === 'error' ? html`<button part="message" role="alert" @click=${loadWishlists}>${this.host.failure('loadFailed') || strings.failed}</button>` : '';
    const list = this.current;
    if (!list) return failed || html`<p>${strings.loading}</p>`;
    return html`
      ${failed}
      <div part="toolbar">
        <label>
          ${strings.chooseList}
          <select @change=${(event: Event) => (this.element.listId = (event.target as HTMLSelectElement).value)}>
            ${(lists.length ? lists : [list]).map(
              (option) => html`<option value=${option.id} ?selected=${option === list}>${strings.listOption(this.listName(option), option.productIds.length)}</option>`,
            )}
          </select>
        </label>
        ${list.productIds.length
          ? html`<form part="share-form" @submit=${(event: SubmitEvent) => this.share(event, list)}>
              <label>${strings.ownerName}<input name="owner" maxlength="40" autocomplete="given-name" .value=${list.ownerName ?? ''} /></label>
              <button>${strings.share}</button>
            </form>`
          : ''}
        ${list === lists[0] || list === NOTHING_SAVED
          ? ''
          : html`<button @click=${() => this.delete(list)}>${this.confirming === list.id ? strings.confirmDelete(list.name) : strings.deleteList}</button>`}
      </div>
      ${this.link?.listId === list.id ? this.shareLink(list) : ''}
      ${this.items(list, false)}
      <form part="new-list" @submit=${(event: SubmitEvent) => this.create(event)}>
        <label for="name">${strings.newListName}</label>
        <input id="name" name="name" required maxlength="80" autocomplete="off" />
        <button>${strings.create}</button>
      </form>
    `;
  }

  private shareLink(list: Wishlist) {
    const strings = this.strings;
    const { url } = this.link!;
    return html`<div part="share">
      <label for="link">${strings.shareLink}</label>
      <input id="link" readonly .value=${url} />
      <button @click=${() => this.copy()}>${strings.copy}</button>
      ${customElements.get('sc-share-button') ? html`<sc-share-button url=${url} title=${this.listName(list)}></sc-share-button>` : ''}
    </div>`;
  }

  /** The products of a list; `gift` for a friend's view: buy, not remove, and see what other friends bought. */
  private items(list: Wishlist, gift: boolean) {
    const strings = this.strings;
    if (!list.productIds.length) return html`<p>${gift ? strings.sharedEmpty : strings.empty}</p>`;
    const entries = this.products.entries(list.productIds);
    const buy = !!customElements.get('sc-buy-button');
    const reread = () => gift && this.rereadShared(list);
    return html`<ul part="list">
      ${list.productIds.map((id, index) => {
        const product = entries[index].value;
        const title = product?.title ?? id;
        const variantId = list.variants?.[id];
        const variant = product?.variants.find((each) => each.id === variantId);
        const bought = gift && !!list.bought?.includes(id);
        return html`<li part="item">
          ${product?.images[0] ? html`<img src=${product.images[0]} alt="" width="64" height="64" loading="lazy" />` : html`<span class="placeholder"></span>`}
          <span part="title">${title}${variant ? html`<span part="variant">${Object.values(variant.options).map((value) => ` · ${value}`)}</span>` : ''}</span>
          ${bought ? html`<span part="bought">${strings.bought}</span>` : ''}
          <span part="price">${product ? this.price(product) : ''}</span>
          <span class="actions">
            ${buy
              ? // A friend buys it as a gift (the list, read again, then shows it bought); the visitor moves it to the cart (off the list once it is in).
                html`<sc-buy-button
                  product-id=${id}
                  .variantId=${variantId}
                  ?gift=${gift}
                  .giftFrom=${gift ? { shareId: list.shareId!, ownerName: list.ownerName ?? '', bought } : undefined}
                  @sc-checkout=${reread}
                  @sc-error=${reread}
                  @sc-cart-add=${() => gift || this.removeItem(list, id, title, true)}
                ></sc-buy-button>`
              : ''}
            ${gift ? '' : html`<button part="remove" @click=${() => this.removeItem(list, id, title)}>${strings.remove(title)}</button>`}
          </span>
        </li>`;
      })}
    </ul>`;
  }

  /** The lowest price of the product's variants. */
  private price(product: Product): string {
    const [first, ...others] = product.variants.map((variant) => variant.price);
    if (!first) return '';
    const lowest = others.reduce((low, price) => (price.amount < low.amount ? price : low), first);
    return formatMoney(lowest, this.element.locale);
  }
}

export const attach = (host: ViewHost<ScWishlist>): { render(): unknown } => new WishlistUi(host);
