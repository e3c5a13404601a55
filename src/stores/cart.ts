import { atom } from 'nanostores';
import type { Cart, CartLine } from '../core/adapter.js';
import { readyAdapter } from '../core/config.js';
import { createFamily } from '../core/family.js';
import { optimistic, type Writes } from '../core/optimistic.js';
import { sectionOf } from '../adapters/sections.js';

/** The most of one variant a cart line holds (the reference server's limit). */
export const MAX_QUANTITY = 99;

/** The one id of the family below: a visitor has one cart per site. */
const CART = 'cart';

/** What tells two cart lines apart. */
export const lineKey = (line: Pick<CartLine, 'productId' | 'variantId'>) => `${line.productId}\n${line.variantId}`;

/** How many items the cart holds, for a badge; kept with what the cart shows. */
export const $cartCount = atom(0);

/**
 * This visitor's cart, as a family of one: it loads when a widget asks, hears other
 * tabs' changes live, and starts again for another backend, site or customer (a
 * sign-in, where the server merges the guest's cart into the customer's).
 */
const family = createFamily<Cart>({
  read: async (adapter) => {
    const cart = await sectionOf(adapter, 'cart');
    return async () => ({ [CART]: await cart.get() });
  },
  changed: (change) => change.kind === 'cart' && [CART, change.cart],
  // The confirmed lines (in the backend's order) with this visitor's changes on top, new lines last.
  view(_id, { lines: confirmed }) {
    const pending = new Map(lineWrites.all().map((line) => [lineKey(line), line]));
    const known = new Set(confirmed.map(lineKey));
    const lines = [...confirmed.map((line) => pending.get(lineKey(line)) ?? line), ...[...pending.values()].filter((line) => !known.has(lineKey(line)))].filter(
      (line) => line.quantity > 0,
    );
    $cartCount.set(lines.reduce((count, line) => count + line.quantity, 0));
    return { lines };
  },
  // `$cart` below holds the one entry for good.
  keep: () => true,
});

/** This visitor's unconfirmed quantities, one write per line, shown on top of the confirmed cart. */
const lineWrites: Writes<CartLine> = optimistic<CartLine, Cart>({
  kind: CART,
  family,
  entry: () => CART,
  send: async (adapter, write) => (await sectionOf(adapter, 'cart')).setLine(write.value),
});

/** The cart: `value.lines` once loaded, `error` when a change was refused (and undone) or is being retried. */
export const $cart = family.get(CART);

/** Loads the cart once, or again after a failure; widgets that show it call this when connected. */
export const loadCart = (): void => family.load(CART, true);

/** Resolves once the cart has loaded (or failed to). */
const cartLoaded = () => until(() => $cart.get().status !== 'loading');

/** Resolves once every change to the cart is saved, so a checkout orders what the person sees. */
export const cartSaved = () => until(() => !lineWrites.all().length);

function until(done: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const stop = $cart.subscribe(() => {
      if (!done()) return;
      queueMicrotask(() => stop());
      resolve();
    });
  });
}

/** Replaces the confirmed cart, e.g. with the backend's answer. */
function confirm(cart: Cart): void {
  family.confirmed.set(CART, cart);
  family.show(CART);
}

/** Sets a line's quantity (0 removes it) at once, and returns it as set; the outbox saves it, or undoes it when refused. */
export function setQuantity(line: CartLine): number {
  const quantity = Math.max(0, Math.min(MAX_QUANTITY, Math.round(line.quantity)));
  lineWrites.write(lineKey(line), { ...line, quantity });
  return quantity;
}

/** The last line a person added, for a cart that opens on each add. */
export const $added = atom<CartLine | undefined>();

/** Asks the page's `<sc-cart>` to open: a new value each time, so each ask is heard. */
export const $cartAsked = atom<object | undefined>();

/** Whether the page has a `<sc-cart>` that opens when asked (it listens while connected). */
export const cartOnPage = (): boolean => $cartAsked.lc > 0;

/** Adds to what the cart holds of a variant, once the cart has loaded; resolves with what it holds now. */
export async function addToCart(line: CartLine): Promise<number> {
  loadCart();
  await cartLoaded();
  const held = $cart.get().value?.lines.find((other) => lineKey(other) === lineKey(line))?.quantity ?? 0;
  const quantity = setQuantity({ ...line, quantity: held + line.quantity });
  $added.set({ ...line }); // a new value each time, so the same line added again is heard again
  return quantity;
}

/** The backend turned the cart into an order: it is empty now. */
export const cartOrdered = (): void => confirm({ lines: [] });

// Another tab or device may have changed a server cart meanwhile: read it again on coming back.
// (Where there is a document: a server that renders pages imports this too.)
globalThis.document?.addEventListener('visibilitychange', async () => {
  if (document.visibilityState !== 'visible' || !family.confirmed.has(CART)) return;
  try {
    confirm(await (await sectionOf(await readyAdapter(), 'cart')).get());
  } catch {
    // Offline for now: the cart shown stays, and the next change or visit reads it again.
  }
});
