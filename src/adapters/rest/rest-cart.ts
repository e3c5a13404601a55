import type { Cart, CartApi, Order } from '../../core/adapter.js';
import type { RestAdapter } from './rest-adapter.js';

/**
 * This visitor's cart on the reference server (openapi.yaml, tag `cart`): a signed-in
 * customer's on every device. A first visit reads it with no visitor token (it is empty).
 */
export function create(rest: RestAdapter): CartApi {
  return {
    get: () => rest.request<Cart>('cart'),
    setLine: (line) => rest.request<Cart>('cart/lines', { method: 'put', json: line }, true),
    checkout: (idempotencyKey, options = {}) => rest.create<Order>('orders', options, idempotencyKey),
  };
}
