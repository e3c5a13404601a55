import { z } from 'zod';
import { campaignOf, endCampaign, findCampaign, insertCampaign, isRunning, listCampaigns } from '../data/coupon-campaigns.js';
import { couponOf, issueCoupon } from '../data/coupons.js';
import { endpoint } from '../http/endpoint.js';
import { HttpError } from '../http/errors.js';
import { newId } from '../ids.js';
import { ServerId } from '../schemas/common.js';
import { Campaign, CampaignDraft, CampaignList, Coupon, CouponIssue } from '../schemas/coupons.js';

const CampaignParams = z.object({ campaignId: ServerId });

/** The most campaigns the list answers: a shop runs a handful at a time. */
const LISTED = 200;

export const createCouponCampaign = endpoint(
  {
    method: 'post',
    path: '/v1/sites/{site}/coupon-campaigns',
    operationId: 'createCouponCampaign',
    tag: 'coupons',
    summary: 'Start a coupon campaign: what its coupons take off, for which orders, until when',
    description:
      'Coupons are then issued one by one (`POST …/coupons`), or, in a reward campaign, to the author of each review as it is published. A site runs at most one reward campaign at a time: another is refused with 409 `reward_campaign_exists` until that one is ended.',
    auth: 'member:catalog',
    body: CampaignDraft,
    status: 201,
    response: Campaign,
    errors: [409],
    idempotent: 'optional',
  },
  async (c, { body }) => {
    const site = c.get('site').id;
    return c.get('db').transaction(async (tx) => {
      const row = await insertCampaign(tx, site, newId('cc'), body);
      if (!row) throw new HttpError(409, 'reward_campaign_exists', 'The site already runs a reward campaign; end it first.');
      return campaignOf(row);
    });
  },
);

export const listCouponCampaigns = endpoint(
  {
    method: 'get',
    path: '/v1/sites/{site}/coupon-campaigns',
    operationId: 'listCouponCampaigns',
    tag: 'coupons',
    summary: `The site's coupon campaigns, newest first (at most ${LISTED}), with how many coupons each issued and how many were redeemed`,
    auth: 'member:catalog',
    status: 200,
    response: CampaignList,
  },
  async (c) => ({ campaigns: (await listCampaigns(c.get('db'), c.get('site').id, LISTED)).map(campaignOf) }),
);

export const endCouponCampaign = endpoint(
  {
    method: 'post',
    path: '/v1/sites/{site}/coupon-campaigns/{campaignId}/end',
    operationId: 'endCouponCampaign',
    tag: 'coupons',
    summary: 'End a campaign now: it issues no more coupons, and its coupons no longer redeem (409 `coupon_ended`)',
    description: 'A campaign ended already keeps its time. Redemptions made before stay.',
    auth: 'member:catalog',
    params: CampaignParams,
    status: 200,
    response: Campaign,
  },
  async (c, { params }) => {
    const site = c.get('site').id;
    return c.get('db').transaction(async (tx) => {
      if (!(await endCampaign(tx, site, params.campaignId))) throw new HttpError(404, 'campaign_not_found', 'No such coupon campaign.');
      return campaignOf((await findCampaign(tx, site, params.campaignId))!);
    });
  },
);

export const issueCampaignCoupon = endpoint(
  {
    method: 'post',
    path: '/v1/sites/{site}/coupon-campaigns/{campaignId}/coupons',
    operationId: 'issueCoupon',
    tag: 'coupons',
    summary: 'Issue a personal coupon: to a signed-in customer, or a code to hand out',
    description: 'The code is 12 characters without 0, O, 1, I, L or U, unguessable and unique on the site. A campaign that ended or expired issues none (409 `campaign_ended`).',
    auth: 'member:catalog',
    params: CampaignParams,
    body: CouponIssue.optional(),
    status: 201,
    response: Coupon,
    errors: [409],
    idempotent: 'optional',
  },
  async (c, { params, body }) => {
    const site = c.get('site').id;
    return c.get('db').transaction(async (tx) => {
      const campaign = await findCampaign(tx, site, params.campaignId);
      if (!campaign) throw new HttpError(404, 'campaign_not_found', 'No such coupon campaign.');
      if (!isRunning(campaign)) throw new HttpError(409, 'campaign_ended', `“${campaign.name}” has ended or expired; it issues no more coupons.`);
      const coupon = await issueCoupon(tx, site, campaign, { owner: body?.userId === undefined ? null : `u:${body.userId}` });
      return couponOf(coupon!);
    });
  },
);
