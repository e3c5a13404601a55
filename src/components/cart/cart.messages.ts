import type { Catalog } from '../../i18n/locale.js';

interface CartMessages {
  readonly cart: string;
  /** `formatted` is the count in the element's language. */
  items(count: number, formatted: string): string;
  readonly title: string;
  readonly close: string;
}

export const cartMessages: Catalog<CartMessages> = {
  en: {
    cart: 'Cart',
    items: (count, formatted) => (count === 1 ? '1 item' : `${formatted} items`),
    title: 'Your cart',
    close: 'Close',
  },
  nl: {
    cart: 'Winkelwagen',
    items: (count, formatted) => (count === 1 ? '1 artikel' : `${formatted} artikelen`),
    title: 'Je winkelwagen',
    close: 'Sluiten',
  },
  fr: {
    cart: 'Panier',
    items: (count, formatted) => (count < 2 ? `${formatted} article` : `${formatted} articles`),
    title: 'Votre panier',
    close: 'Fermer',
  },
  'zh-CN': {
    cart: '购物车',
    items: (_count, formatted) => `${formatted} 件商品`,
    title: '您的购物车',
    close: '关闭',
  },
};
