// Coupons made as a seller makes them, on the real server under the site's key.
import type { Coupon } from '../../src/core/adapter.js';
import type { ApiSite } from './api-host.js';

let keys = 0;

/** A seller's request to the site (`coupon-campaigns…`); POSTs carry an Idempotency-Key. */
async function asSeller<T>({ endpoint, site, secret }: ApiSite, method: string, path: string, body?: object): Promise<T> {
  const response = await fetch(`${endpoint}/v1/sites/${site}/${path}`, {
    method,
    headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json', ...(method === 'POST' && { 'Idempotency-Key': `test-key-${Date.now()}-${keys++}` }) },
    body: body && JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** A campaign: 10% off orders of 20 EUR or more, unless `draft` says otherwise. */
export const newCampaign = (api: ApiSite, draft: object = {}) =>
  asSeller<{ id: string }>(api, 'POST', 'coupon-campaigns', {
    name: 'Spring',
    discount: { kind: 'percent', percent: 10 },
    minOrder: { amount: 2000, currency: 'EUR' },
    ...draft,
  });

/** A code to hand out, of the campaign. */
export const issueCoupon = (api: ApiSite, campaignId: string) => asSeller<Coupon>(api, 'POST', `coupon-campaigns/${campaignId}/coupons`, {});

/** Publishes a held review, as the seller's moderation does. */
export const approveReview = (api: ApiSite, reviewId: string) => asSeller<unknown>(api, 'PATCH', `reviews/${encodeURIComponent(reviewId)}`, { status: 'published' });
