import { packed } from '../../i18n/language-pack.js';

export interface ProductCardMessages {
  /** The lowest of several prices. */
  from(price: string): string;
  /** The price before a discount, for screen readers (the eye sees it struck through). */
  was(price: string): string;
  like(title: string): string;
  readonly missing: string;
}

export const productCardMessages = packed('productCard', { from: (price) => `from ${price}`, was: (price) => `was ${price}`, like: (title) => `Like: ${title}`, missing: 'This product is no longer available.' });
