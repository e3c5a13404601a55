import { packed } from '../../i18n/language-pack.js';

export interface BuyButtonMessages {
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

export const buyButtonMessages = packed('buyButton', {
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
});
