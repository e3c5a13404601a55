import type { Catalog } from '../../i18n/locale.js';

interface BuyButtonMessages {
  readonly addToCart: string;
  readonly buyNow: string;
  readonly buyAsGift: string;
  readonly quantity: string;
  /** The empty first entry of an option's list. */
  readonly choose: string;
  /** Why the button cannot be pressed yet; `option` is the shop's name for it, e.g. "size". */
  chooseOption(option: string): string;
  readonly soldOut: string;
  readonly unavailable: string;
  readonly added: string;
  readonly checkingOut: string;
  readonly checkoutFailed: string;
}

export const buyButtonMessages: Catalog<BuyButtonMessages> = {
  en: {
    addToCart: 'Add to cart',
    buyNow: 'Buy now',
    buyAsGift: 'Buy as a gift',
    quantity: 'Quantity',
    choose: 'Choose…',
    chooseOption: (option) => `Choose a ${option}`,
    soldOut: 'Sold out',
    unavailable: 'Not available',
    added: 'Added to cart',
    checkingOut: 'One moment…',
    checkoutFailed: 'Could not go to checkout. Try again?',
  },
  nl: {
    addToCart: 'In winkelwagen',
    buyNow: 'Nu kopen',
    buyAsGift: 'Kopen als cadeau',
    quantity: 'Aantal',
    choose: 'Kies…',
    chooseOption: (option) => `Kies: ${option}`,
    soldOut: 'Uitverkocht',
    unavailable: 'Niet leverbaar',
    added: 'In je winkelwagen gelegd',
    checkingOut: 'Een moment…',
    checkoutFailed: 'Afrekenen lukte niet. Opnieuw?',
  },
  fr: {
    addToCart: 'Ajouter au panier',
    buyNow: 'Acheter',
    buyAsGift: 'Offrir',
    quantity: 'Quantité',
    choose: 'Choisir…',
    chooseOption: (option) => `Choisir : ${option}`,
    soldOut: 'Épuisé',
    unavailable: 'Indisponible',
    added: 'Ajouté au panier',
    checkingOut: 'Un instant…',
    checkoutFailed: 'Impossible de passer à la caisse. Réessayer ?',
  },
  'zh-CN': {
    addToCart: '加入购物车',
    buyNow: '立即购买',
    buyAsGift: '作为礼物购买',
    quantity: '数量',
    choose: '请选择…',
    chooseOption: (option) => `请选择${option}`,
    soldOut: '已售罄',
    unavailable: '无货',
    added: '已加入购物车',
    checkingOut: '请稍候…',
    checkoutFailed: '无法前往结账。重试？',
  },
};
