import type { CartLine } from '../core/adapter.js';
import { ScError } from '../core/errors.js';
import type { CheckoutProvider } from './checkout-provider.js';

const PLACEHOLDER = /\{(variant|product|qty)\}/g;
const ELLIPSIS = /…|\.\.\./;

/**
 * The cart as a link, from a template the site configures, in the style of cart
 * permalinks: `https://shop.example/cart/{variant}:{qty},…` gives
 * `https://shop.example/cart/v1:2,v7:1`. The part from the first placeholder to the
 * last repeats for each line (`{variant}`, `{product}`, `{qty}`), joined by what follows
 * it up to the `…` (a comma when there is no `…`); what comes after the `…` stays.
 */
export function cartUrl(template: string, lines: readonly CartLine[]): string {
  const [head, tail = ''] = template.split(ELLIPSIS);
  const placeholders = [...head.matchAll(PLACEHOLDER)];
  const start = placeholders[0]?.index ?? head.length;
  const last = placeholders.at(-1);
  const end = last ? last.index + last[0].length : head.length;
  const separator = ELLIPSIS.test(template) ? head.slice(end) : ',';
  const values = (line: CartLine): Record<string, string> => ({ variant: line.variantId, product: line.productId, qty: String(line.quantity) });
  const repeated = lines.map((line) => head.slice(start, end).replace(PLACEHOLDER, (_, name: string) => encodeURIComponent(values(line)[name])));
  const url = new URL(head.slice(0, start) + repeated.join(separator) + tail, location.href);
  // A template is site configuration, but a link a shopper follows must never run script.
  if (!/^https?:$/.test(url.protocol)) throw new ScError('The checkout URL must be http(s)', 'invalid', false);
  return url.href;
}

/** The default checkout when the site gives a template: the shopper pays on the shop's own cart page. */
export const urlCheckout = (template: string): CheckoutProvider => ({
  checkout: async ({ lines }) => ({ url: cartUrl(template, lines) }),
});
