import type { Catalog } from '../../i18n/locale.js';

interface CartPanelMessages {
  readonly empty: string;
  readonly subtotal: string;
  readonly taxes: string;
  readonly checkout: string;
  readonly checkingOut: string;
  readonly checkoutFailed: string;
  readonly ordered: string;
  quantityOf(title: string): string;
  fewer(title: string): string;
  more(title: string): string;
  remove(title: string): string;
}

export const cartPanelMessages: Catalog<CartPanelMessages> = {
  en: {
    empty: 'Your cart is empty.',
    subtotal: 'Subtotal',
    taxes: 'Shipping and taxes are added at checkout.',
    checkout: 'Check out',
    checkingOut: 'One moment…',
    checkoutFailed: 'Could not go to checkout. Try again?',
    ordered: 'Thank you! Your order is placed.',
    quantityOf: (title) => `Quantity of ${title}`,
    fewer: (title) => `One ${title} less`,
    more: (title) => `One more ${title}`,
    remove: (title) => `Remove ${title}`,
  },
  nl: {
    empty: 'Je winkelwagen is leeg.',
    subtotal: 'Subtotaal',
    taxes: 'Verzending en belasting komen erbij bij het afrekenen.',
    checkout: 'Afrekenen',
    checkingOut: 'Een moment…',
    checkoutFailed: 'Afrekenen lukte niet. Opnieuw?',
    ordered: 'Bedankt! Je bestelling is geplaatst.',
    quantityOf: (title) => `Aantal ${title}`,
    fewer: (title) => `Eén ${title} minder`,
    more: (title) => `Nog één ${title}`,
    remove: (title) => `${title} verwijderen`,
  },
  fr: {
    empty: 'Votre panier est vide.',
    subtotal: 'Sous-total',
    taxes: 'Livraison et taxes calculées à la caisse.',
    checkout: 'Passer à la caisse',
    checkingOut: 'Un instant…',
    checkoutFailed: 'Impossible de passer à la caisse. Réessayer ?',
    ordered: 'Merci ! Votre commande est passée.',
    quantityOf: (title) => `Quantité de ${title}`,
    fewer: (title) => `Un ${title} de moins`,
    more: (title) => `Un ${title} de plus`,
    remove: (title) => `Retirer ${title}`,
  },
  'zh-CN': {
    empty: '购物车是空的。',
    subtotal: '小计',
    taxes: '运费和税费在结账时计算。',
    checkout: '去结账',
    checkingOut: '请稍候…',
    checkoutFailed: '无法前往结账。重试？',
    ordered: '谢谢！您的订单已提交。',
    quantityOf: (title) => `${title} 的数量`,
    fewer: (title) => `减少一件${title}`,
    more: (title) => `增加一件${title}`,
    remove: (title) => `移除${title}`,
  },
};
