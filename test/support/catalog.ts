// A test site's catalog, made the way a shop's own backend would.
import type { ApiSite } from './api-host.js';

/** Puts a product (anything the catalog route takes but its id) in the site's catalog, under its secret key. */
export async function putProduct({ endpoint, site, secret }: ApiSite, id: string, draft: object): Promise<void> {
  const response = await fetch(`${endpoint}/v1/sites/${site}/products/${encodeURIComponent(id)}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(draft),
  });
  if (!response.ok) throw new Error(`putProduct ${id}: ${response.status}`);
}

/** A product with one variant at `cents` euro cents. */
export const oneVariant = (id: string, title: string, cents: number) => ({
  title,
  variants: [{ id: `${id}-v`, price: { amount: cents, currency: 'EUR' } }],
});
