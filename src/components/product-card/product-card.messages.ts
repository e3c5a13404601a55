import { packed } from '../../i18n/language-pack.js';

export interface ProductCardMessages {
  /** The lowest of several prices. */
  from(price: string): string;
  /** The price before a discount, for screen readers (the eye sees it struck through). */
  was(price: string): string;
  /** The like and wish-list buttons' names: a grid has one of each per product. */
  like(title: string): string;
  wish(title: string): string;
  readonly missing: string;
}

export const productCardMessages = packed('productCard', { from: (price) => `from ${price}`, was: (price) => `was ${price}`, like: (title) => `Like: ${title}`, wish: (title) => `Add to wish list: ${title}`, missing: 'This product is no longer available.' });
