import type { Coupon, CouponsApi, Money, Review } from '../../core/adapter.js';
import { RefusedError } from '../../core/errors.js';
import { storage as guardedStorage, type KeptStorage } from '../../core/storage.js';

/** What the demo's thank-you coupon takes off, and for how long it holds. */
const PERCENT = 10;
const VALID_DAYS = 60;
/** Crockford's base32 without 0, O, 1 and I, as the reference server's codes. */
const LETTERS = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A readable code of a review's id, the same every time: `DEMO-XXXX-XXXX`. */
function codeOf(reviewId: string): string {
  let hash = 2166136261;
  const letters = Array.from({ length: 8 }, (_, index) => {
    for (const char of `${index}${reviewId}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
    return LETTERS[(hash >>> 0) % LETTERS.length];
  }).join('');
  return `DEMO-${letters.slice(0, 4)}-${letters.slice(4)}`;
}

/**
 * Coupons kept in this browser, for a seller's demo with no server: each review published
 * here earns its author a thank-you coupon (10% off, 60 days), named as a demo. The local
 * cart redeems it once (`redeemLocalCoupon`); no shop ever sees it.
 */
export function localCoupons(site: string, storage: KeptStorage = guardedStorage()): CouponsApi {
  const coupons = (): Coupon[] => {
    const reviews: Review[] = JSON.parse(storage.getItem(`sc-widgets:${site}:reviews`) ?? '[]');
    const redeemed: Record<string, string> = JSON.parse(storage.getItem(redeemedKey(site)) ?? '{}');
    return reviews
      .filter((review) => review.status === 'published')
      .reverse()
      .map((review) => {
        const code = codeOf(review.id);
        const expiresAt = new Date(Date.parse(review.createdAt) + VALID_DAYS * 86_400_000).toISOString();
        const redeemedAt = redeemed[code] ?? null;
        return {
          code,
          campaign: { id: 'demo-review-reward', name: 'Demo: thank you for your review' },
          discount: { kind: 'percent', percent: PERCENT },
          minOrder: null,
          expiresAt,
          redeemedAt,
          state: redeemedAt ? 'redeemed' : expiresAt < new Date().toISOString() ? 'expired' : 'valid',
          reason: { review: review.id },
        };
      });
  };
  return {
    mine: async () => coupons(),
    async get(code) {
      const coupon = coupons().find((candidate) => candidate.code === code.trim().toUpperCase());
      if (!coupon) throw new RefusedError('No coupon has this code.', 404, 'coupon_not_found');
      return coupon;
    },
  };
}

const redeemedKey = (site: string) => `sc-widgets:${site}:coupons-redeemed`;

/** Redeems a demo coupon on a local order of `total`, refused as the server refuses; answers the discount. */
export async function redeemLocalCoupon(site: string, storage: KeptStorage, code: string, total: Money): Promise<Money> {
  const coupon = await localCoupons(site, storage).get(code);
  if (coupon.state === 'redeemed') throw new RefusedError(`This coupon was already used on ${coupon.redeemedAt}.`, 409, 'coupon_redeemed');
  if (coupon.state !== 'valid') throw new RefusedError('This coupon has expired.', 409, 'coupon_expired');
  const redeemed = JSON.parse(storage.getItem(redeemedKey(site)) ?? '{}');
  storage.setItem(redeemedKey(site), JSON.stringify({ ...redeemed, [coupon.code]: new Date().toISOString() }));
  return { ...total, amount: Math.round((total.amount * PERCENT) / 100) };
}
