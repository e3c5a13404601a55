import { z } from 'zod';
import { ACTIVITY_KINDS } from '../data/activity.js';
import { ProductId, ServerId } from './common.js';

/** The longest range one aggregate covers: the events kept by default. */
export const MAX_RANGE_DAYS = 400;
/** The range when none is given: the last 30 days, today included. */
export const DEFAULT_RANGE_DAYS = 30;

const Day = z.iso.date().describe('A UTC day, `YYYY-MM-DD`.');

/** `from` and `to`: UTC days, both included. */
export const RangeQuery = z.object({
  from: Day.optional().describe(`The first day; default ${DEFAULT_RANGE_DAYS - 1} days before \`to\`.`),
  to: Day.optional().describe('The last day, included; default today (UTC).'),
});

export const ActivityKind = z.enum(ACTIVITY_KINDS).meta({ id: 'ActivityKind' });

export const InsightsActivity = z
  .object({
    from: Day,
    to: Day,
    interval: z.enum(['day', 'week']),
    series: z.array(
      z.object({
        kind: ActivityKind,
        points: z.array(z.object({ date: Day.describe('The day, or the Monday of the ISO week.'), count: z.int().min(0) })).describe('Every day or week of the range in order, zeros included.'),
      }),
    ).describe('One series per kind, in the order of ActivityKind.'),
  })
  .meta({ id: 'InsightsActivity' });

export const ProductMetric = z.enum(['likes', 'wishes', 'shares', 'rating']);

export const InsightsProducts = z
  .object({
    metric: ProductMetric,
    products: z.array(
      z.object({
        productId: ProductId,
        name: z.string().nullable().describe('The catalog\'s title; null for a product the catalog lacks.'),
        value: z.number().describe('Likes, wishes or shares given in the range (unlikes are not taken off: they are a series of their own); for `rating`, the average stars of the reviews written in it.'),
        count: z.int().min(0).describe('Events counted; for `rating`, the reviews.'),
      }),
    ).describe('Best first.'),
  })
  .meta({ id: 'InsightsProducts' });

export const InsightsNetworks = z
  .object({ networks: z.array(z.object({ network: z.string(), count: z.int().min(0) })).describe('Networks shared to in the range, most first.') })
  .meta({ id: 'InsightsNetworks' });

export const InsightsRatings = z
  .object({ ratings: z.array(z.object({ stars: z.int().min(1).max(5), count: z.int().min(0) })).describe('Reviews written in the range per star, 1 to 5: always five entries.') })
  .meta({ id: 'InsightsRatings' });

/** The funnel's steps, in order. */
export const FUNNEL_STEPS = ['like', 'wish', 'cart_add', 'checkout'] as const;

export const InsightsFunnel = z
  .object({
    steps: z.array(
      z.object({
        step: z.enum(FUNNEL_STEPS),
        visitors: z.int().min(0).describe('Distinct visitors who did this and every step before it in the range.'),
        rate: z.number().min(0).max(1).nullable().describe('visitors ÷ the previous step\'s; null for the first step or after a step of none.'),
      }),
    ),
  })
  .meta({ id: 'InsightsFunnel' });

const VoteOption = z.object({ label: z.string().describe('The option\'s text; for a product, the catalog\'s title, else its id.'), votes: z.int().min(0).describe('The votes it holds now.') });

export const InsightsVotes = z
  .object({
    polls: z.array(z.object({ pollId: ServerId, question: z.string(), closesAt: z.iso.datetime().nullable(), options: z.array(VoteOption) })),
    asks: z.array(z.object({ askId: ServerId, question: z.string().describe('Empty: an ask is "which one?" among its products.'), options: z.array(VoteOption) })),
  })
  .describe('The seller\'s polls and the shoppers\' asks voted on in the range, the most voted in it first, at most 20 of each; an option\'s votes are its standing now.')
  .meta({ id: 'InsightsVotes' });
