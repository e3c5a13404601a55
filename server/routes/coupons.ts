import { z } from 'zod';
import { canonicalCode } from '../data/coupon-codes.js';
import { redeemCoupon } from '../data/coupon-redemptions.js';
import { couponOf, couponsOf, findCoupon } from '../data/coupons.js';
import { requireActor } from '../http/actor.js';
import { endpoint } from '../http/endpoint.js';
import { HttpError } from '../http/errors.js';
import type { RateLimit, RateLimiter } from '../limits/rate-limit.js';
import { Coupon, CouponCode, Redeemed, TillRedemption } from '../schemas/coupons.js';

/** Codes one address may look up per site: plenty for a shop floor, hopeless for guessing 2^59 codes. Default: 60 at once, then 60 an hour. */
export const COUPON_CHECKS_PER_ADDRESS: RateLimit = { burst: 60, perSecond: 60 / 3600 };

/** The most coupons `coupons/mine` answers. */
const MINE = 100;

const CodeParams = z.object({ code: CouponCode });

export const listMyCoupons = endpoint(
  {
    method: 'get',
    path: '/v1/sites/{site}/coupons/mine',
    operationId: 'listMyCoupons',
    tag: 'coupons',
    summary: `The coupons issued to this shopper, newest first (at most ${MINE}), with the rewards for their reviews`,
    description:
      'Whose: the signed-in customer\'s (X-User-Token) when one is sent, else the visitor\'s (X-Visitor-Token), as for everything a shopper writes. A review\'s reward goes to whoever wrote it, so a guest\'s reward shows to that visitor token, a customer\'s to their user token on any device.',
    auth: 'visitor',
    status: 200,
    response: z.object({ coupons: z.array(Coupon) }).meta({ id: 'CouponList' }),
  },
  async (c) => ({ coupons: (await couponsOf(c.get('db'), c.get('site').id, requireActor(c), MINE)).map(couponOf) }),
);

export const getCoupon = (perAddress: RateLimiter) =>
  endpoint(
    {
      method: 'get',
      path: '/v1/sites/{site}/coupons/{code}',
      operationId: 'getCoupon',
      tag: 'coupons',
      summary: 'Check a coupon by its code: what it takes off, whether it is still valid',
      description: 'Anyone with the code may check it (the code is the coupon). Rate-limited per address (by default 60 at once, then 60 an hour): 429 `rate_limited` with Retry-After.',
      auth: 'public',
      params: CodeParams,
      status: 200,
      response: Coupon,
      errors: [429],
    },
    async (c, { params }) => {
      const site = c.get('site').id;
      const wait = perAddress.take(`${site}\n${c.get('address')}`);
      if (wait) throw new HttpError(429, 'rate_limited', `Too many coupon checks from this address; retry in ${wait} s.`, wait);
      const code = canonicalCode(params.code);
      const coupon = code === undefined ? undefined : await findCoupon(c.get('db'), site, code);
      if (!coupon) throw new HttpError(404, 'coupon_not_found', 'No coupon has this code; check it for typos.');
      return couponOf(coupon);
    },
  );

export const redeemAtTill = endpoint(
  {
    method: 'post',
    path: '/v1/sites/{site}/coupons/{code}/redemptions',
    operationId: 'redeemCoupon',
    tag: 'coupons',
    summary: 'Redeem a coupon at a till (a team member with the `till` scope, or the shop\'s servers)',
    description:
      'Exactly once, whoever races (another till, a checkout): a coupon redeemed already answers 409 `coupon_redeemed`, saying when. Also 409 `coupon_expired`, `coupon_ended`; 422 `coupon_min_order` (the minimum needs `orderTotal`), `coupon_currency`; 404 `coupon_not_found`. The answer says what to take off the till\'s total.',
    auth: 'member:till',
    params: CodeParams,
    body: TillRedemption.optional(),
    status: 201,
    response: Redeemed,
    errors: [409, 422],
  },
  async (c, { params, body }) => {
    const site = c.get('site').id;
    return c.get('db').transaction(async (tx) => {
      const { coupon, discount } = await redeemCoupon(tx, site, params.code, { total: body?.orderTotal, memberId: c.get('member')?.id });
      return { coupon: couponOf(coupon), discount };
    });
  },
);
