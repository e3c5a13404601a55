import type { z } from 'zod';
import type { Sql } from '../db/db.js';
import type { Coupon } from '../schemas/coupons.js';
import { recordActivity } from './activity.js';
import type { CampaignRow, DiscountValue, MoneyValue } from './coupon-campaigns.js';
import { newCouponCode, printedCode } from './coupon-codes.js';

export type CouponAnswer = z.input<typeof Coupon>;
export type CouponState = CouponAnswer['state'];

export interface CouponRow {
  code: string;
  campaign_id: string;
  campaign_name: string;
  discount: DiscountValue;
  min_order: MoneyValue | null;
  once_per: 'code' | 'customer';
  owner: string | null;
  review_id: string | null;
  expires_at: Date | null;
  redeemed_at: Date | null;
  state: CouponState;
}

/** A coupon with its campaign and redemption; its state as of the transaction's start. */
const couponSelect = `SELECT k.code, k.campaign_id, c.name AS campaign_name, c.discount, c.min_order, c.once_per, k.owner, k.review_id, k.expires_at, r.redeemed_at,
    CASE WHEN r.code IS NOT NULL THEN 'redeemed'
         WHEN c.ended_at IS NOT NULL OR k.voided_at IS NOT NULL THEN 'ended'
         WHEN k.expires_at <= now() THEN 'expired'
         ELSE 'valid' END AS state
  FROM coupons k
  JOIN coupon_campaigns c ON c.site_id = k.site_id AND c.id = k.campaign_id
  LEFT JOIN coupon_redemptions r ON r.site_id = k.site_id AND r.code = k.code`;

export const couponOf = (row: CouponRow): CouponAnswer => ({
  code: printedCode(row.code),
  campaign: { id: row.campaign_id, name: row.campaign_name },
  discount: row.discount,
  minOrder: row.min_order,
  expiresAt: row.expires_at?.toISOString() ?? null,
  redeemedAt: row.redeemed_at?.toISOString() ?? null,
  state: row.state,
  reason: row.review_id ? { review: row.review_id } : null,
});

/** One coupon by its canonical code. */
export async function findCoupon(sql: Sql, site: string, code: string): Promise<CouponRow | undefined> {
  const [row] = await sql.query<CouponRow>(`${couponSelect} WHERE k.site_id = $1 AND k.code = $2`, [site, code]);
  return row;
}

/** The coupons issued to `owner`, newest first. */
export function couponsOf(sql: Sql, site: string, owner: string, limit: number): Promise<CouponRow[]> {
  return sql.query<CouponRow>(`${couponSelect} WHERE k.site_id = $1 AND k.owner = $2 ORDER BY k.seq DESC LIMIT $3`, [site, owner, limit]);
}

/** What one issue records: to whom, and for the reward of which review (of which product). */
export interface NewCoupon {
  readonly owner: string | null;
  readonly review?: { readonly id: string; readonly productId: string };
}

/**
 * Issues a coupon of `campaign` with a fresh code, in `tx`, and records it. Undefined when
 * the review already has its reward coupon (once per review).
 */
export async function issueCoupon(tx: Sql, site: string, campaign: CampaignRow, coupon: NewCoupon): Promise<CouponRow | undefined> {
  for (;;) {
    const code = newCouponCode();
    const inserted = await tx.query<{ code: string }>(
      `INSERT INTO coupons (site_id, code, campaign_id, owner, review_id, expires_at)
       VALUES ($1, $2, $3, $4, $5, least($6::timestamptz, now() + $7::int * interval '1 day'))
       ON CONFLICT DO NOTHING RETURNING code`,
      [site, code, campaign.id, coupon.owner, coupon.review?.id ?? null, campaign.expires_at, campaign.valid_days],
    );
    if (inserted.length) {
      await recordActivity(tx, site, {
        kind: 'coupon_issued',
        productId: coupon.review?.productId,
        actor: coupon.owner ?? undefined,
        value: campaign.discount.kind === 'amount' ? campaign.discount.amount.amount : undefined,
      });
      return (await findCoupon(tx, site, code))!;
    }
    // Not inserted: the review has its coupon (a concurrent approval committed it), or, once in 2^59, the code was taken.
    if (coupon.review && (await tx.query('SELECT 1 FROM coupons WHERE site_id = $1 AND review_id = $2', [site, coupon.review.id])).length) return undefined;
  }
}

/** Withdraws the unredeemed reward coupon of a review the seller hid. */
export async function voidReward(tx: Sql, site: string, reviewId: string): Promise<void> {
  await tx.query(
    `UPDATE coupons k SET voided_at = now() WHERE k.site_id = $1 AND k.review_id = $2 AND k.voided_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM coupon_redemptions r WHERE r.site_id = k.site_id AND r.code = k.code)`,
    [site, reviewId],
  );
}
