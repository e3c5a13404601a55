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
  /** An option's value in its list when no variant with it is left, e.g. "M (sold out)". */
  soldOutValue(value: string): string;
  readonly unavailable: string;
  /** After an add, how many of the variant the cart holds; the product's name follows. */
  inCart(count: number): string;
  /** Beside that, the button that opens the page's `<sc-cart>`. */
  readonly viewCart: string;
  readonly checkingOut: string;
  /** No answer: trying again orders once, whether or not the first try arrived. */
  readonly checkoutFailed: string;
  /** The shop no longer has enough of it to order. */
  readonly outOfStock: string;
  /** The shop refused the order for another reason. */
  readonly orderRefused: string;
  /** A gift from a shared wish list that a friend already bought: the button, and the answer when another friend was quicker. */
  readonly alreadyBought: string;
  /** The button once pressed on such an item: pressing again buys it anyway. */
  readonly buyAgain: string;
}

export const buyButtonMessages = packed('buyButton', {
  addToCart: 'Add to cart',
  buyNow: 'Buy now',
  buyAsGift: 'Buy as a gift',
  quantity: 'Quantity',
  choose: 'Choose…',
  chooseOption: (option) => `Choose first: ${option}`,
  soldOut: 'Sold out',
  soldOutValue: (value) => `${value} (sold out)`,
  unavailable: 'Not available',
  inCart: (count) => `${count} in cart`,
  viewCart: 'View cart',
  checkingOut: 'One moment…',
  checkoutFailed: 'Could not go to checkout. Try again?',
  outOfStock: 'Not enough left in stock to order this.',
  orderRefused: 'The shop did not accept this order.',
  alreadyBought: 'Already bought as a gift',
  buyAgain: 'Buy it again anyway',
});
