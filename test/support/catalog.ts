// A test site's catalog, made the way a shop's own backend would.
import type { ApiSite } from './api-host.js';

/** A product with one variant at `cents` euro cents, under the site's secret key. */
export async function putProduct({ endpoint, site, secret }: ApiSite, id: string, title: string, cents: number): Promise<void> {
  const response = await fetch(`${endpoint}/v1/sites/${site}/products/${encodeURIComponent(id)}`, {
    method: 'PUT',
    headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ title, variants: [{ id: `${id}-v`, price: { amount: cents, currency: 'EUR' } }] }),
  });
  if (!response.ok) throw new Error(`putProduct ${id}: ${response.status}`);
}
