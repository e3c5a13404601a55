import type { Sql } from '../db/db.js';
import { isRunning, rewardCampaign } from './coupon-campaigns.js';
import { issueCoupon } from './coupons.js';

/**
 * A review just became published (written on a site that does not moderate, or approved):
 * issues its author the site's reward coupon, if a reward campaign runs and the review
 * qualifies (`verified_review`: verified ones only). Once per review, in the publishing
 * transaction. The author is whoever wrote it: the signed-in customer (`u:`) or the
 * visitor (`v:`), so it shows in their `coupons/mine`.
 */
export async function rewardReview(tx: Sql, site: string, reviewId: string): Promise<void> {
  const campaign = await rewardCampaign(tx, site);
  if (!campaign || !isRunning(campaign)) return;
  const [review] = await tx.query<{ product_id: string; actor: string; verified: boolean }>(
    "SELECT product_id, actor, verified FROM reviews WHERE site_id = $1 AND id = $2 AND status = 'published'",
    [site, reviewId],
  );
  if (!review || (campaign.reward === 'verified_review' && !review.verified)) return;
  await issueCoupon(tx, site, campaign, { owner: review.actor, review: { id: reviewId, productId: review.product_id } });
}
