// The checkout providers, an entry of their own (`sc-widgets/checkout.js`): a page that
// keeps the default (a cart link from `data-checkout-url`, else an order) never loads it.
export { urlCheckout, cartUrl } from './url-checkout.js';
export { orderCheckout } from './order-checkout.js';
export { pageCheckout } from './page-checkout.js';
export { openCheckout } from './open-checkout.js';
