import type { CheckoutProvider } from './checkout-provider.js';

/**
 * A pending order on the backend (the reference server; LocalAdapter's is a demo that
 * orders nothing), priced there from the catalog; the shopper then goes to the payment
 * page the site configured, if any.
 */
export const orderCheckout: CheckoutProvider = {
  async checkout({ lines, buyNow, gift, note, couponCode, giftFor, idempotencyKey, adapter }) {
    // Imported on use: the providers' entry then holds no adapter code of its own.
    const { sectionOf } = await import('../adapters/sections.js');
    const cart = await sectionOf(adapter, 'cart');
    const order = await cart.checkout(idempotencyKey, { gift, note, ...(couponCode && { couponCode }), ...(giftFor && { giftFor }), ...(buyNow && { lines }) });
    return { order, url: order.checkoutUrl, cartOrdered: !buyNow && !order.demo };
  },
};
