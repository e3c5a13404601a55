import type { CheckoutProvider } from './checkout-provider.js';

/** Hands the cart to the page: its `sc-checkout` listener runs the shop's own flow. */
export const pageCheckout: CheckoutProvider = {
  checkout: async () => ({}),
};
