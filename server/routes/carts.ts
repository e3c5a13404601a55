import { recordActivity } from '../data/activity.js';
import { lineQuantity, mergeGuestCart, readCart, removeLine, setLine } from '../data/carts.js';
import { variantStock } from '../data/catalog.js';
import { actorOf } from '../http/actor.js';
import { endpoint } from '../http/endpoint.js';
import { shopper } from '../http/shopper.js';
import { HttpError } from '../http/errors.js';
import { Cart, CartLine, MAX_LINES } from '../schemas/carts.js';

export const getCart = endpoint(
  {
    method: 'get',
    path: '/v1/sites/{site}/cart',
    operationId: 'getCart',
    tag: 'cart',
    summary: 'This visitor\'s cart (empty for a first visit, with no token)',
    description: 'With a user token, the customer\'s cart on every device; lines added as a guest (the visitor token) join it.',
    auth: 'public',
    status: 200,
    response: Cart,
  },
  async (c) =>
    c.get('db').transaction(async (tx) => {
      const actor = actorOf(c);
      await mergeGuestCart(tx, c.get('site').id, c.get('visitor'), actor);
      return actor ? readCart(tx, c.get('site').id, actor) : { lines: [] };
    }),
);

export const setCartLine = endpoint(
  {
    method: 'put',
    path: '/v1/sites/{site}/cart/lines',
    operationId: 'setCartLine',
    tag: 'cart',
    summary: 'Set the quantity of one variant in the cart (0 removes it)',
    description: 'The variant must be in the catalog; a tracked stock caps the quantity.',
    auth: 'visitor',
    body: CartLine,
    status: 200,
    response: Cart,
    errors: [409],
  },
  async (c, { body }) => {
    const site = c.get('site').id;
    const who = shopper(c);
    const { actor } = who;
    return c.get('db').transaction(async (tx) => {
      await mergeGuestCart(tx, site, c.get('visitor'), actor);
      if (body.quantity === 0) {
        await removeLine(tx, site, actor, body.productId, body.variantId);
        return readCart(tx, site, actor);
      }
      const variant = await variantStock(tx, site, body.productId, body.variantId);
      if (!variant) throw new HttpError(404, 'variant_not_found', 'No such product variant in the catalog.');
      if (variant.stock !== null && body.quantity > variant.stock) throw new HttpError(409, 'out_of_stock', `Only ${variant.stock} in stock.`);
      // Only a new line can overflow the cart: changing a line's quantity always fits.
      const before = await lineQuantity(tx, site, actor, body.productId, body.variantId);
      if (!(await setLine(tx, site, actor, body))) throw new HttpError(409, 'cart_full', `A cart holds at most ${MAX_LINES} lines.`);
      // An add to cart is more of a product than the cart held: `value` is how many more.
      if (body.quantity > before) await recordActivity(tx, site, { kind: 'cart_add', productId: body.productId, value: body.quantity - before, ...who });
      return readCart(tx, site, actor);
    });
  },
);
