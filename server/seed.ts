import type { Db, Sql } from './db/db.js';
import { appendActivity } from './data/activity.js';
import { setStatus } from './data/ideas.js';
import { createMember, listMembers, revokeMember } from './data/team.js';
import { insertCampaign } from './data/coupon-campaigns.js';
import { attachPhotos, insertPhoto } from './data/review-photos.js';
import { sniffImage } from './images/sniff.js';
import { demoActivity, demoGeneratedReviews, demoIdeas, demoMember, demoPoll, demoProducts, demoReviewPhotos, demoReviews, demoRewardCampaign } from './demo-data.js';
import { generateActivity, generatedChoice } from './generated-activity.js';
import { seedReviews } from './seed-reviews.js';
import { demoPhoto } from './demo-photos.js';
import { saveSite } from './sites/sites.js';

/**
 * Creates the demo site `demo` with its catalog, reviews (a few dozen more made up for
 * `sku-1`, so its thread pages and sorts), a poll, an ideas board, a reward campaign for
 * reviews, a team member (with every scope, the till's too) and, once, 90 days of shoppers'
 * activity for the insights. Rows that exist are
 * left alone, so a second start keeps what visitors did with the demo; but the member's
 * credential is kept only as a hash, so each start replaces the demo member (revoking the
 * last one: what they signed keeps their name) and resolves to the new credential, to print.
 */
export async function seedDemo(db: Db, secret: string): Promise<{ memberCredential: string }> {
  await saveSite(db, { id: 'demo', secret, allowedOrigins: [], checkoutUrl: null, moderateReviews: false });
  return db.transaction(async (tx) => {
    for (const product of demoProducts) {
      await tx.query(
        `INSERT INTO products (site_id, id, title, description, images, category) VALUES ('demo', $1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING`,
        [product.id, product.title, product.description, JSON.stringify(product.images), product.category],
      );
      for (const variant of product.variants) {
        await tx.query(
          `INSERT INTO variants (site_id, product_id, id, position, options, price, currency, stock)
           VALUES ('demo', $1, $2, $3, $4, $5, 'EUR', $6) ON CONFLICT DO NOTHING`,
          [product.id, variant.id, variant.position, JSON.stringify(variant.options), variant.price, variant.stock],
        );
      }
    }
    // The made-up reviews first: the demo's own, some with photos, are then the newest, on the first page.
    await seedReviews(tx, { site: 'demo', ...demoGeneratedReviews });
    for (const review of demoReviews) {
      const inserted = await tx.query(
        `INSERT INTO reviews (site_id, id, product_id, actor, rating, title, body, author, locale, verified)
         VALUES ('demo', $1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING RETURNING id`,
        [review.id, review.productId, `seed:${review.id}`, review.rating, review.title, review.body, review.author, review.locale, review.verified],
      );
      if (inserted.length) await seedPhotos(tx, review.id, `seed:${review.id}`, demoReviewPhotos[review.id] ?? []);
    }
    await tx.query(`INSERT INTO polls (site_id, id, question, options) VALUES ('demo', $1, $2, $3) ON CONFLICT DO NOTHING`, [
      demoPoll.id,
      demoPoll.question,
      JSON.stringify(demoPoll.options),
    ]);
    for (const idea of demoIdeas) {
      const inserted = await tx.query(
        `INSERT INTO ideas (site_id, id, board_id, actor, title, body, author, locale) VALUES ('demo', $1, 'roadmap', $2, $3, $4, $5, $6)
         ON CONFLICT DO NOTHING RETURNING id`,
        [idea.id, `seed:${idea.id}`, idea.title, idea.body, idea.author, idea.locale],
      );
      if (inserted.length && idea.status !== 'new') await setStatus(tx, 'demo', idea.id, idea.status, idea.note, { memberId: null, name: 'Carolien', role: 'webcare team' });
    }
    // Kept once made: a seller who ended it (to run another) does not get it back.
    await insertCampaign(tx, 'demo', demoRewardCampaign.id, demoRewardCampaign.draft);
    await seedActivity(tx);
    for (const member of await listMembers(tx, 'demo')) {
      if (!member.revokedAt && member.name === demoMember.name && member.role === demoMember.role) await revokeMember(tx, 'demo', member.id);
    }
    return { memberCredential: (await createMember(tx, 'demo', demoMember)).credential };
  });
}

/**
 * The demo's first start writes 90 days of activity up to yesterday, and the poll votes
 * among them; later starts keep what is there (a marker in settings says it was done).
 */
async function seedActivity(tx: Sql): Promise<void> {
  const first = await tx.query("INSERT INTO settings (key, value) VALUES ('demo_activity_seeded', now()::text) ON CONFLICT DO NOTHING RETURNING 1");
  if (!first.length) return;
  const events = [...generateActivity(demoActivity)].flat();
  await appendActivity(tx, 'demo', events);
  const voters = [...new Set(events.filter((event) => event.kind === 'poll_vote').map((event) => event.visitor))];
  await tx.query(
    `INSERT INTO poll_votes (site_id, poll_id, actor, option_id) SELECT 'demo', $1, 'seed:' || v, o FROM unnest($2::text[], $3::text[]) AS t (v, o) ON CONFLICT DO NOTHING`,
    [demoActivity.poll.id, voters, voters.map((visitor) => generatedChoice(demoActivity.poll.options, visitor))],
  );
}

/**
 * Paints a new demo review's photos and attaches them as a visitor's upload is (type and size
 * read from the bytes): only for a review just inserted, so a later start paints nothing.
 */
async function seedPhotos(tx: Sql, reviewId: string, actor: string, hues: readonly number[]): Promise<void> {
  const ids = hues.map((_hue, at) => `${reviewId}-photo-${at + 1}`);
  for (const [at, hue] of hues.entries()) {
    const bytes = demoPhoto(hue);
    await insertPhoto(tx, 'demo', { id: ids[at]!, actor, image: sniffImage(bytes)!, bytes });
  }
  await attachPhotos(tx, 'demo', reviewId, actor, ids);
}
