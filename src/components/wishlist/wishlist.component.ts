import { css } from 'lit';
import { LazyUi } from '../../core/lazy-view.js';
import { ScElement } from '../../core/sc-element.js';
import { ScPackedElement } from '../../core/packed-element.js';

/**
 * The visitor's wish lists: a default one and named ones they create, each product with
 * its picture, name and price, to remove or (with `<sc-buy-button>` on the page) to move to the cart;
 * and "share list": a read-only link, headed with the name the owner chose to show, that
 * friends open to see the list (each item in the variant wished for) and buy an item as a
 * gift, marked bought for the other friends (never for the owner, to keep the surprise). Opened from such a link (`?sc-wishlist=…`, or `share-id`), it shows that list.
 * Its rendering loads on demand, when the element is first used, and its data when it nears
 * the viewport.
 *
 * @tagname sc-wishlist
 * @summary The visitor's wish lists, named lists, and read-only shared lists for friends.
 *
 * @event {CustomEvent<WishlistShareDetail>} sc-wishlist-share - The visitor made a link to one of their lists.
 * @event {CustomEvent<ScErrorDetail>} sc-error - Loading or a change failed.
 *
 * @csspart heading - A shared list's heading: whose it is, by the name its owner chose to show.
 * @csspart list-name - A shared named list's name, below the heading.
 * @csspart toolbar - The list picker and the share and delete buttons.
 * @csspart share-form - The name friends see and the "Share list" button.
 * @csspart share - The link for friends, with its copy button.
 * @csspart list - The list of products.
 * @csspart item - One product.
 * @csspart title - A product's name, with the variant wished for.
 * @csspart variant - The variant wished for, e.g. " · M · Blue".
 * @csspart bought - On a friend's view of a shared list: an item another friend bought as a gift (never shown to the owner).
 * @csspart price - A product's price.
 * @csspart remove - A product's remove button.
 * @csspart new-list - The form that creates a named list.
 * @csspart message - Status and failure messages.
 *
 * @cssproperty --sc-wishlist-min-height - Height reserved before the lists arrive. Default: `12em`.
 */
export class ScWishlist extends ScPackedElement {
  static override styles = [
    ScElement.styles,
    css`
      :host {
        display: block;
        /* Reserved before the view and the lists arrive, so the page below does not move. */
        min-block-size: var(--sc-wishlist-min-height, 12em);
      }
    `,
  ];
  static override properties = {
    shareId: { attribute: 'share-id' },
    sharePage: { attribute: 'share-page' },
    listId: { attribute: 'list-id' },
  };

  /** Shows the list shared under this id, read-only. Default: the page URL's `sc-wishlist` parameter (followed as a single-page app changes the URL). */
  shareId?: string;

  /** The page friends open, which holds an `<sc-wishlist>`. Default: this page. */
  sharePage?: string;

  /** Which of the visitor's lists is shown. Default: the first, their default list. */
  listId?: string;

  private readonly view = new LazyUi<ScWishlist>(this, () => import('./wishlist.view.js'));

  protected override render() {
    return this.view.render(() => this.viewHost());
  }
}
