import type { Sql } from '../db/db.js';
import { HttpError } from '../http/errors.js';
import { recordActivity } from './activity.js';
import { canonicalCode } from './coupon-codes.js';
import type { MoneyValue } from './coupon-campaigns.js';
import { type CouponRow, findCoupon } from './coupons.js';

/** Where and for what a coupon is redeemed. */
export interface Redemption {
  /** The order's total before the discount; a till may leave it out. */
  readonly total?: MoneyValue;
  /** The shopper checking out (their actor); absent at a till. */
  readonly shopper?: string;
  /** The order it discounts, at checkout. */
  readonly orderId?: string;
  /** The team member at the till; absent for the secret key and at checkout. */
  readonly memberId?: string;
}

/** An amount as people read it in a message: `€20.00`. */
function moneyText(money: MoneyValue): string {
  const format = new Intl.NumberFormat('en', { style: 'currency', currency: money.currency });
  return format.format(money.amount / 10 ** format.resolvedOptions().maximumFractionDigits!);
}

const when = (at: Date): string => `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/** The refusal for a coupon that cannot be used as it stands. */
function refusal(coupon: CouponRow): HttpError | undefined {
  switch (coupon.state) {
    case 'redeemed':
      return new HttpError(409, 'coupon_redeemed', `This coupon was already redeemed, on ${when(coupon.redeemed_at!)}.`);
    case 'expired':
      return new HttpError(409, 'coupon_expired', `This coupon expired on ${when(coupon.expires_at!)}.`);
    case 'ended':
      return new HttpError(409, 'coupon_ended', `This coupon no longer applies: the shop ended “${coupon.campaign_name}” or withdrew the coupon.`);
    case 'valid':
      return undefined;
  }
}

/**
 * What the coupon takes off `total`: never more than the total; a percentage rounds down.
 * Null for a percentage without a total (a till that gave none). Refuses a total in another
 * currency, or below the minimum order.
 */
function discountOn(coupon: Pick<CouponRow, 'discount' | 'min_order'>, total: MoneyValue | undefined): MoneyValue | null {
  const { discount, min_order: minimum } = coupon;
  const currency = discount.kind === 'amount' ? discount.amount.currency : minimum?.currency;
  if (total && currency && total.currency !== currency) throw new HttpError(422, 'coupon_currency', `This coupon is in ${currency}; the order is in ${total.currency}.`);
  if (minimum && !(total && total.amount >= minimum.amount)) {
    throw new HttpError(422, 'coupon_min_order', `This coupon applies to orders of ${moneyText(minimum)} or more${total ? '' : ': enter the order total'}.`);
  }
  if (discount.kind === 'amount') return total ? { amount: Math.min(discount.amount.amount, total.amount), currency: total.currency } : discount.amount;
  // In BigInt: a total near 2^53 times a percentage is beyond what a double holds exactly.
  return total ? { amount: Number((BigInt(total.amount) * BigInt(discount.percent)) / 100n), currency: total.currency } : null;
}

/**
 * Redeems the coupon `typed` in `tx`, exactly once: the redemption is a row whose keys (the
 * code; the campaign and customer when once per customer) a concurrent redemption waits on
 * and then collides with. Answers the coupon as redeemed and the discount it gives.
 */
export async function redeemCoupon(tx: Sql, site: string, typed: string, redemption: Redemption): Promise<{ coupon: CouponRow; discount: MoneyValue | null }> {
  const code = canonicalCode(typed);
  const coupon = code === undefined ? undefined : await findCoupon(tx, site, code);
  if (!coupon) throw new HttpError(404, 'coupon_not_found', 'No coupon has this code; check it for typos.');
  const refused = refusal(coupon);
  if (refused) throw refused;
  const discount = discountOn(coupon, redemption.total);
  const customer = coupon.once_per === 'customer' ? (coupon.owner ?? redemption.shopper ?? null) : null;
  const [inserted] = await tx.query<{ redeemed_at: Date }>(
    `INSERT INTO coupon_redemptions (site_id, code, campaign_id, customer, order_id, member_id, discount)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING redeemed_at`,
    [site, coupon.code, coupon.campaign_id, customer, redemption.orderId ?? null, redemption.memberId ?? null, discount && JSON.stringify(discount)],
  );
  if (!inserted) {
    // A redemption committed meanwhile: this new statement sees it.
    const now = await findCoupon(tx, site, coupon.code);
    throw refusal(now!) ?? new HttpError(409, 'coupon_redeemed', `This customer already used a coupon of “${coupon.campaign_name}”; it applies once per customer.`);
  }
  await recordActivity(tx, site, { kind: 'coupon_redeemed', actor: customer ?? redemption.shopper ?? coupon.owner ?? undefined, value: discount?.amount });
  return { coupon: { ...coupon, state: 'redeemed', redeemed_at: inserted.redeemed_at }, discount };
}

/** Frees the coupon of an order cancelled before it was paid, so the shopper can use it again. */
export async function releaseRedemption(tx: Sql, site: string, orderId: string): Promise<void> {
  await tx.query('DELETE FROM coupon_redemptions WHERE site_id = $1 AND order_id = $2', [site, orderId]);
}
