import { css } from 'lit';
import { ScToggleButton, type ToggleKind } from '../toggle-button/toggle-button.component.js';
import { wishes } from '../../stores/wishes.js';
import { wishlistButtonMessages } from './wishlist-button.messages.js';

const wish: ToggleKind<'inList'> = {
  family: wishes,
  flag: 'inList',
  event: 'wishlist',
  messages: wishlistButtonMessages,
  icon: 'M6 3h12v18l-6-4.5L6 21z',
};

/**
 * Puts a product on the visitor's wish list, or takes it off every list: a toggle
 * button shared by every button for the same product on the page, with an optional
 * count of how many people wish for it. Beside a `<sc-buy-button>` for the product, the wish
 * keeps the variant (size, colour) chosen there. Lists and sharing are `<sc-wishlist>`'s.
 *
 * @tagname sc-wishlist-button
 * @summary Wish-list toggle with an optional count of people.
 *
 * @event {CustomEvent<BeforeWishlistDetail>} sc-before-wishlist - Before adding or removing; cancel it with `preventDefault()`.
 * @event {CustomEvent<WishlistChangeDetail>} sc-wishlist-change - After a person added or removed it, with the optimistic count.
 * @event {CustomEvent<ScErrorDetail>} sc-error - Loading failed, or the backend refused the change and it was undone.
 *
 * @csspart base - The button.
 * @csspart icon - The bookmark.
 * @csspart label - The "Add to wish list" text.
 * @csspart count - The compact count, shown with `show-count`.
 * @csspart message - The status or error message below the button.
 *
 * @cssproperty --sc-wishlist-color - Colour of a button whose product is on a list. Default: `--sc-color-accent`.
 * @cssproperty --sc-wishlist-height - Button height. Default: `2.25em`.
 */
export class ScWishlistButton extends ScToggleButton<'inList'> {
  static override styles = [
    ScToggleButton.styles,
    css`
      :host {
        --sc-like-color: var(--sc-wishlist-color, var(--_accent));
        --sc-like-height: var(--sc-wishlist-height, 2.25em);
      }
      /* The count, seen and heard, only when asked for: without it, nothing to make room for. */
      :host(:not([show-count])) [part='count'],
      :host(:not([show-count])) [part='count'] + * {
        display: none;
      }
      :host(:not([show-count])) .uncounted > * {
        translate: none;
      }
    `,
  ];
  static override properties = { ...ScToggleButton.properties, showCount: { attribute: 'show-count', type: Boolean, reflect: true } };

  /** Shows how many people wish for the product. */
  showCount = false;

  constructor() {
    super(wish);
  }
}
