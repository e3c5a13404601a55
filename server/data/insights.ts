import type { Sql } from '../db/db.js';

/** The window the console's figures cover. */
export const INSIGHT_DAYS = 30;

/**
 * What the shop answers, each as `(asked_at, answered_at)`: when a shopper wrote and when
 * the shop first answered, publicly or privately. A kind of thing shoppers write that the
 * shop answers adds its query here.
 */
const firstAnswers = [
  `SELECT r.created_at AS asked_at, min(p.created_at) AS answered_at
   FROM reviews r JOIN review_replies p ON p.site_id = r.site_id AND p.review_id = r.id AND p.seller
   WHERE r.site_id = $1 GROUP BY r.id, r.created_at`,
  `SELECT created_at AS asked_at, shop_answered_at AS answered_at FROM questions WHERE site_id = $1 AND shop_answered_at IS NOT NULL`,
];

export interface FirstAnswerTimes {
  /** Median seconds from a shopper's words to the shop's first answer; null without answers. */
  readonly medianSeconds: number | null;
  /** First answers the shop gave in the window. */
  readonly answered: number;
}

/** How fast the shop answered: over first answers given in the last INSIGHT_DAYS days. */
export async function firstAnswerTimes(sql: Sql, site: string): Promise<FirstAnswerTimes> {
  const [row] = await sql.query<{ median: number | null; answered: number }>(
    `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM answered_at - asked_at)) AS median, count(*)::int AS answered
     FROM (${firstAnswers.join(' UNION ALL ')}) AS firsts
     WHERE answered_at >= now() - make_interval(days => $2)`,
    [site, INSIGHT_DAYS],
  );
  return { medianSeconds: row!.median === null ? null : Math.round(Number(row!.median)), answered: row!.answered };
}
