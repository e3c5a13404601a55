import type { z } from 'zod';
import type { Sql } from '../db/db.js';
import { FUNNEL_STEPS, type InsightsActivity, type InsightsFunnel, type InsightsProducts, type InsightsVotes, type ProductMetric } from '../schemas/insights.js';
import { ACTIVITY_KINDS, type ActivityKind } from './activity.js';

/**
 * The seller's aggregates over the daily rollups of migration 024, one statement each, so
 * they cost days rather than events. A range is two UTC days, both included, `YYYY-MM-DD`.
 */
export interface DayRange {
  readonly from: string;
  readonly to: string;
}

const DAY_MS = 86_400_000;
const dayText = (time: number): string => new Date(time).toISOString().slice(0, 10);
const dayTime = (day: string): number => Date.parse(`${day}T00:00:00Z`);
/** The Monday of `day`'s ISO week. */
const mondayOf = (day: string): string => {
  const time = dayTime(day);
  return dayText(time - ((new Date(time).getUTCDay() + 6) % 7) * DAY_MS);
};

/** Every day, or every ISO week's Monday, from `range.from`'s to `range.to`'s. */
function buckets(range: DayRange, interval: 'day' | 'week'): string[] {
  const step = interval === 'day' ? DAY_MS : 7 * DAY_MS;
  const dates: string[] = [];
  for (let time = dayTime(interval === 'day' ? range.from : mondayOf(range.from)); time <= dayTime(range.to); time += step) dates.push(dayText(time));
  return dates;
}

/** Events per kind and day (or ISO week), a point for every bucket. */
export async function activitySeries(sql: Sql, site: string, range: DayRange, interval: 'day' | 'week'): Promise<z.input<typeof InsightsActivity>['series']> {
  const rows = await sql.query<{ kind: ActivityKind; date: string; count: number }>(
    `SELECT kind, to_char(CASE WHEN $4 = 'week' THEN date_trunc('week', day)::date ELSE day END, 'YYYY-MM-DD') AS date, sum(count)::int AS count
     FROM activity_days WHERE site_id = $1 AND day BETWEEN $2 AND $3 GROUP BY 1, 2`,
    [site, range.from, range.to, interval],
  );
  const counts = new Map(rows.map((row) => [`${row.kind}\n${row.date}`, row.count]));
  const dates = buckets(range, interval);
  return ACTIVITY_KINDS.map((kind) => ({ kind, points: dates.map((date) => ({ date, count: counts.get(`${kind}\n${date}`) ?? 0 })) }));
}

const METRIC_KINDS = { likes: 'like', wishes: 'wish', shares: 'share', rating: 'review' } as const satisfies Record<z.output<typeof ProductMetric>, ActivityKind>;

/** The `limit` best products by a metric: most events, or for `rating` the highest average stars (more reviews first among equals). */
export async function topProducts(sql: Sql, site: string, range: DayRange, metric: z.output<typeof ProductMetric>, limit: number): Promise<z.input<typeof InsightsProducts>['products']> {
  return sql.query(
    `SELECT t."productId", p.title AS name, t.value, t.count
     FROM (SELECT product_id AS "productId", sum(count)::int AS count,
                  CASE WHEN $5 THEN round(sum(total)::numeric / sum(count), 2)::float8 ELSE sum(count)::float8 END AS value
           FROM activity_details WHERE site_id = $1 AND kind = $2 AND day BETWEEN $3 AND $4 AND product_id <> ''
           GROUP BY product_id ORDER BY value DESC, count DESC, product_id LIMIT $6) AS t
     LEFT JOIN products p ON p.site_id = $1 AND p.id = t."productId"
     ORDER BY t.value DESC, t.count DESC, t."productId"`,
    [site, METRIC_KINDS[metric], range.from, range.to, metric === 'rating', limit],
  );
}

/** Shares per network, most first. */
export function networkCounts(sql: Sql, site: string, range: DayRange): Promise<{ network: string; count: number }[]> {
  return sql.query(
    `SELECT detail AS network, sum(count)::int AS count FROM activity_details
     WHERE site_id = $1 AND kind = 'share' AND day BETWEEN $2 AND $3 AND detail <> ''
     GROUP BY detail ORDER BY count DESC, network`,
    [site, range.from, range.to],
  );
}

/** Reviews written per star, 1 to 5. */
export async function ratingCounts(sql: Sql, site: string, range: DayRange): Promise<{ stars: number; count: number }[]> {
  const rows = await sql.query<{ stars: string; count: number }>(
    `SELECT detail AS stars, sum(count)::int AS count FROM activity_details
     WHERE site_id = $1 AND kind = 'review' AND day BETWEEN $2 AND $3 GROUP BY detail`,
    [site, range.from, range.to],
  );
  const counts = new Map(rows.map((row) => [Number(row.stars), row.count]));
  return [1, 2, 3, 4, 5].map((stars) => ({ stars, count: counts.get(stars) ?? 0 }));
}

/**
 * Visitors at each step: those who did it and every step before it in the range. A visitor's
 * first day of a kind in the range is the row whose previous day is before it (migration
 * 024), so each visitor is one row per kind; a bit per step says which they did.
 */
export async function funnel(sql: Sql, site: string, range: DayRange): Promise<z.input<typeof InsightsFunnel>['steps']> {
  const bits = FUNNEL_STEPS.map((step, index) => `WHEN '${step}' THEN ${2 ** index}`).join(' ');
  const reached = FUNNEL_STEPS.map((_, index) => `count(*) FILTER (WHERE steps & ${2 ** (index + 1) - 1} = ${2 ** (index + 1) - 1})::int`);
  const [row] = await sql.query<{ visitors: number[] }>(
    `SELECT ARRAY[${reached.join(', ')}] AS visitors
     FROM (SELECT visitor, bit_or(CASE kind ${bits} END) AS steps FROM activity_visitor_days
           WHERE site_id = $1 AND kind = ANY($4) AND day BETWEEN $2 AND $3 AND (prev_day IS NULL OR prev_day < $2)
           GROUP BY visitor) AS v`,
    [site, range.from, range.to, FUNNEL_STEPS],
  );
  const visitors = row!.visitors;
  return FUNNEL_STEPS.map((step, index) => {
    const before = index ? visitors[index - 1]! : 0;
    return { step, visitors: visitors[index]!, rate: before ? Math.round((visitors[index]! / before) * 10_000) / 10_000 : null };
  });
}

/** The most polls and the most asks answered. */
export const MAX_VOTED = 20;

type VotedRow = { id: string; kind: 'poll' | 'ask'; question: string; closes_at: Date | null; options: { label: string; votes: number }[] };

/**
 * Polls and asks voted on in the range, the most voted in it first, each with its options'
 * standing now; a product option is labelled with the catalog's title, else its product id.
 */
export async function votedPolls(sql: Sql, site: string, range: DayRange): Promise<z.input<typeof InsightsVotes>> {
  const rows = await sql.query<VotedRow>(
    `SELECT p.id, p.kind, p.question, p.closes_at,
            (SELECT json_agg(json_build_object(
                      'label', coalesce(pr.title, o.product, o.option->>'label'),
                      'votes', (SELECT count(*) FROM poll_votes pv WHERE pv.site_id = p.site_id AND pv.poll_id = p.id AND pv.option_id = o.option->>'id'))
                    ORDER BY o.position)
             FROM (SELECT option, position, CASE WHEN p.kind = 'ask' THEN option->>'id' ELSE option->>'productId' END AS product
                   FROM jsonb_array_elements(p.options) WITH ORDINALITY AS e (option, position)) AS o
             LEFT JOIN products pr ON pr.site_id = p.site_id AND pr.id = o.product) AS options
     FROM (SELECT detail AS poll_id, sum(count) AS votes, row_number() OVER (PARTITION BY kind ORDER BY sum(count) DESC, detail) AS rank
           FROM activity_details WHERE site_id = $1 AND kind IN ('poll_vote', 'ask_vote') AND day BETWEEN $2 AND $3
           GROUP BY kind, detail) AS v
     JOIN polls p ON p.site_id = $1 AND p.id = v.poll_id
     WHERE v.rank <= $4
     ORDER BY v.votes DESC, p.id`,
    [site, range.from, range.to, MAX_VOTED],
  );
  return {
    polls: rows.filter((row) => row.kind === 'poll').map((row) => ({ pollId: row.id, question: row.question, closesAt: row.closes_at?.toISOString() ?? null, options: row.options })),
    asks: rows.filter((row) => row.kind === 'ask').map((row) => ({ askId: row.id, question: row.question, options: row.options })),
  };
}
