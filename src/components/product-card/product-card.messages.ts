import type { Catalog } from '../../i18n/locale.js';

interface ProductCardMessages {
  /** The lowest of several prices. */
  from(price: string): string;
  /** The price before a discount, for screen readers (the eye sees it struck through). */
  was(price: string): string;
  like(title: string): string;
  readonly missing: string;
}

export const productCardMessages: Catalog<ProductCardMessages> = {
  en: { from: (price) => `from ${price}`, was: (price) => `was ${price}`, like: (title) => `Like ${title}`, missing: 'This product is no longer available.' },
  nl: { from: (price) => `vanaf ${price}`, was: (price) => `was ${price}`, like: (title) => `${title} vind ik leuk`, missing: 'Dit product is niet meer te koop.' },
  fr: { from: (price) => `à partir de ${price}`, was: (price) => `au lieu de ${price}`, like: (title) => `J’aime ${title}`, missing: 'Ce produit n’est plus disponible.' },
  'zh-CN': { from: (price) => `${price} 起`, was: (price) => `原价 ${price}`, like: (title) => `赞 ${title}`, missing: '此商品已下架。' },
};
