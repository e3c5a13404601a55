import type { AdapterChange, Cart, CartApi, CartLine, CatalogApi, Order } from '../../core/adapter.js';
import { RefusedError } from '../../core/errors.js';
import { randomKey } from '../../checkout/random-key.js';
import { storage as guardedStorage, type KeptStorage } from '../../core/storage.js';
import { once } from './local-once.js';

const sameLine = (a: CartLine) => (b: CartLine) => a.productId === b.productId && a.variantId === b.variantId;

/**
 * A cart kept in this browser, for a store with no server: in localStorage (it survives
 * reloads), other tabs told over the site's BroadcastChannel. Checkout is a demo: it prices
 * the order from the page's catalog (a demo coupon is redeemed, to show how) and places
 * nothing, so the cart stays as it is; a site's checkout URL template is what takes such a
 * cart to payment (see `urlCheckout`).
 */
export function localCart(site: string, catalog: CatalogApi, storage: KeptStorage = guardedStorage()): CartApi {
  const key = `sc-widgets:${site}:cart`;
  const channel = new BroadcastChannel(`sc-widgets:${site}`);
  const read = (): Cart => JSON.parse(storage.getItem(key) ?? '{"lines":[]}');
  const save = (cart: Cart): Cart => {
    storage.setItem(key, JSON.stringify(cart));
    channel.postMessage({ kind: 'cart', cart } satisfies AdapterChange);
    return cart;
  };

  /** The variant of a line, refused as the server would when it is unknown or short of stock. */
  async function variantOf(line: CartLine) {
    const variant = (await catalog.read([line.productId]))[line.productId]?.variants.find((candidate) => candidate.id === line.variantId);
    if (!variant) throw new RefusedError('No such product variant in the catalog.', 404, 'variant_not_found');
    if (variant.stock !== undefined && line.quantity > variant.stock) throw new RefusedError(`Only ${variant.stock} in stock.`, 409, 'out_of_stock');
    return variant;
  }

  return {
    get: async () => read(),
    async setLine(line) {
      if (line.quantity) await variantOf(line);
      const { lines } = read();
      const others = lines.filter((other) => !sameLine(line)(other));
      // A line keeps its place when its quantity changes; a new one goes last.
      if (!line.quantity) return save({ lines: others });
      return save({ lines: others.length < lines.length ? lines.map((other) => (sameLine(line)(other) ? line : other)) : [...lines, line] });
    },
    checkout: (idempotencyKey, options = {}) => once(storage, site, idempotencyKey, async () => {
      const lines = options.lines ?? read().lines;
      if (!lines.length) throw new RefusedError('The cart is empty.', 409, 'cart_empty');
      const prices = await Promise.all(lines.map(async (line) => ({ ...(await variantOf(line)).price, quantity: line.quantity })));
      const currency = prices[0].currency;
      if (prices.some((price) => price.currency !== currency)) throw new RefusedError('One order takes one currency.', 409, 'mixed_currencies');
      const subtotal = { amount: prices.reduce((sum, price) => sum + price.amount * price.quantity, 0), currency };
      // Loaded only with a coupon: a demo's cart without one never downloads the coupons.
      const discount = options.couponCode
        ? await (await import('./local-coupons.js')).redeemLocalCoupon(site, storage, options.couponCode, subtotal)
        : null;
      const order: Order = {
        id: randomKey(),
        status: 'pending',
        demo: true,
        total: { currency, amount: subtotal.amount - (discount?.amount ?? 0) },
        gift: !!options.gift,
        ...(options.note && { note: options.note }),
        ...(discount && { discount, couponCode: options.couponCode }),
      };
      return order;
    }),
  };
}
