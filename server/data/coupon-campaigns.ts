import type { z } from 'zod';
import type { Sql } from '../db/db.js';
import type { Campaign, CampaignDraft } from '../schemas/coupons.js';

type CampaignAnswer = z.input<typeof Campaign>;
export type DiscountValue = CampaignAnswer['discount'];
export interface MoneyValue {
  readonly amount: number;
  readonly currency: string;
}

export interface CampaignRow {
  id: string;
  name: string;
  discount: DiscountValue;
  min_order: MoneyValue | null;
  expires_at: Date | null;
  valid_days: number | null;
  once_per: 'code' | 'customer';
  reward: 'review' | 'verified_review' | null;
  ended_at: Date | null;
  created_at: Date;
  issued: number;
  redeemed: number;
}

/** The columns a CampaignRow needs (of `coupon_campaigns c`), with its counts. */
const campaignColumns = `c.id, c.name, c.discount, c.min_order, c.expires_at, c.valid_days, c.once_per, c.reward, c.ended_at, c.created_at,
  (SELECT count(*)::int FROM coupons k WHERE k.site_id = c.site_id AND k.campaign_id = c.id) AS issued,
  (SELECT count(*)::int FROM coupon_redemptions r WHERE r.site_id = c.site_id AND r.campaign_id = c.id) AS redeemed`;

export const campaignOf = (row: CampaignRow): CampaignAnswer => ({
  id: row.id,
  name: row.name,
  discount: row.discount,
  minOrder: row.min_order,
  expiresAt: row.expires_at?.toISOString() ?? null,
  validDays: row.valid_days,
  oncePer: row.once_per,
  reward: row.reward,
  endedAt: row.ended_at?.toISOString() ?? null,
  createdAt: row.created_at.toISOString(),
  issued: row.issued,
  redeemed: row.redeemed,
});

/** Creates a campaign; undefined when it is a reward campaign and the site runs one already. */
export async function insertCampaign(tx: Sql, site: string, id: string, draft: z.output<typeof CampaignDraft>): Promise<CampaignRow | undefined> {
  const inserted = await tx.query(
    `INSERT INTO coupon_campaigns (site_id, id, name, discount, min_order, expires_at, valid_days, once_per, reward)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING RETURNING id`,
    [site, id, draft.name, JSON.stringify(draft.discount), draft.minOrder && JSON.stringify(draft.minOrder), draft.expiresAt, draft.validDays, draft.oncePer, draft.reward],
  );
  return inserted.length ? findCampaign(tx, site, id) : undefined;
}

export async function findCampaign(sql: Sql, site: string, id: string): Promise<CampaignRow | undefined> {
  const [row] = await sql.query<CampaignRow>(`SELECT ${campaignColumns} FROM coupon_campaigns c WHERE c.site_id = $1 AND c.id = $2`, [site, id]);
  return row;
}

/** The site's running reward campaign, if any. */
export async function rewardCampaign(sql: Sql, site: string): Promise<CampaignRow | undefined> {
  const [row] = await sql.query<CampaignRow>(`SELECT ${campaignColumns} FROM coupon_campaigns c WHERE c.site_id = $1 AND c.reward IS NOT NULL AND c.ended_at IS NULL`, [site]);
  return row;
}

/** The site's campaigns, newest first. */
export function listCampaigns(sql: Sql, site: string, limit: number): Promise<CampaignRow[]> {
  return sql.query<CampaignRow>(`SELECT ${campaignColumns} FROM coupon_campaigns c WHERE c.site_id = $1 ORDER BY c.seq DESC LIMIT $2`, [site, limit]);
}

/** Ends a campaign now (one ended already keeps its time); false when the site has no such campaign. */
export async function endCampaign(tx: Sql, site: string, id: string): Promise<boolean> {
  const rows = await tx.query('UPDATE coupon_campaigns SET ended_at = coalesce(ended_at, now()) WHERE site_id = $1 AND id = $2 RETURNING id', [site, id]);
  return rows.length > 0;
}

/** Whether the campaign still issues coupons: not ended, not expired. */
export const isRunning = (campaign: CampaignRow): boolean => !campaign.ended_at && !(campaign.expires_at && campaign.expires_at <= new Date());
