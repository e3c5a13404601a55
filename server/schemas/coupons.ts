import { z } from 'zod';
import { Instant, Money, ServerId } from './common.js';

/** What a coupon takes off: a sum in the order's currency, or a percentage of its total. */
export const Discount = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('amount'), amount: Money }),
    z.object({ kind: z.literal('percent'), percent: z.int().min(1).max(100) }),
  ])
  .meta({ id: 'Discount', description: 'An amount off (in the order\'s currency: an order in another currency is refused), or a percentage of the order\'s total, rounded down to the minor unit.' });

export const OncePer = z
  .enum(['code', 'customer'])
  .describe('`code`: each code redeems once. `customer`: also, a customer redeems the campaign once, whatever code (the customer is the one the coupon was issued to, else the shopper who checks out with it).');

export const Reward = z
  .enum(['review', 'verified_review'])
  .describe('Issue one coupon to the author of every review when it is published (`review`), or of verified reviews only (`verified_review`).');

/** A day count a coupon stays valid after it was issued. */
const ValidDays = z.int().min(1).max(3650);

export const CampaignDraft = z
  .object({
    name: z.string().trim().min(1).max(80),
    discount: Discount,
    minOrder: Money.nullable().default(null).describe('The least order total (before the discount) the coupon applies to.'),
    expiresAt: Instant.nullable().default(null).describe('When every coupon of the campaign expires; null: never.'),
    validDays: ValidDays.nullable().default(null).describe('Each coupon also expires this many days after it was issued.'),
    oncePer: OncePer.default('code'),
    reward: Reward.nullable().default(null).describe('At most one running reward campaign per site (409 `reward_campaign_exists`).'),
  })
  .meta({ id: 'CouponCampaignDraft' });

export const Campaign = z
  .object({
    id: ServerId,
    name: z.string(),
    discount: Discount,
    minOrder: Money.nullable(),
    expiresAt: z.iso.datetime().nullable(),
    validDays: ValidDays.nullable(),
    oncePer: OncePer,
    reward: Reward.nullable(),
    endedAt: z.iso.datetime().nullable().describe('When the seller ended it: its coupons no longer redeem.'),
    createdAt: z.iso.datetime(),
    issued: z.int().min(0),
    redeemed: z.int().min(0),
  })
  .meta({ id: 'CouponCampaign' });

export const CampaignList = z.object({ campaigns: z.array(Campaign) }).meta({ id: 'CouponCampaignList' });

/** A code as people type or scan it: any case, with spaces or hyphens. */
export const CouponCode = z.string().min(1).max(40).describe('A coupon\'s code, as printed (`ABCD-EFGH-JKMN`), in any case, with or without its hyphens.');

export const Coupon = z
  .object({
    code: z.string().describe('12 characters in groups of four (`ABCD-EFGH-JKMN`), without 0, O, 1, I, L or U.'),
    campaign: z.object({ id: ServerId, name: z.string() }),
    discount: Discount,
    minOrder: Money.nullable(),
    expiresAt: z.iso.datetime().nullable(),
    redeemedAt: z.iso.datetime().nullable(),
    state: z.enum(['valid', 'redeemed', 'expired', 'ended']).describe('`ended`: the seller ended its campaign, or hid the review it rewarded.'),
    reason: z.object({ review: ServerId }).nullable().describe('Why the shopper got it: the review it rewards.'),
  })
  .meta({ id: 'Coupon' });

export const CouponIssue = z
  .object({ userId: z.string().min(1).max(128).optional().describe('A signed-in customer\'s id (a user token\'s `sub`): the coupon shows in their `coupons/mine`. Without it, a code to hand out.') })
  .meta({ id: 'CouponIssue' });

export const TillRedemption = z
  .object({ orderTotal: Money.optional().describe('The till\'s order total: checked against the minimum order, and the base of a percentage.') })
  .meta({ id: 'TillRedemption' });

export const Redeemed = z
  .object({ coupon: Coupon, discount: Money.nullable().describe('What to take off; null for a percentage without an order total.') })
  .meta({ id: 'CouponRedeemed' });
