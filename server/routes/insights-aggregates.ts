import { z } from 'zod';
import { activitySeries, type DayRange, funnel, networkCounts, ratingCounts, topProducts, votedPolls } from '../data/insights-aggregates.js';
import { endpoint, type RouteSpec } from '../http/endpoint.js';
import { HttpError } from '../http/errors.js';
import {
  DEFAULT_RANGE_DAYS,
  InsightsActivity,
  InsightsFunnel,
  InsightsNetworks,
  InsightsProducts,
  InsightsRatings,
  InsightsVotes,
  MAX_RANGE_DAYS,
  ProductMetric,
  RangeQuery,
} from '../schemas/insights.js';

const DAY_MS = 86_400_000;

/** The query's days, defaults filled in; 400 when `from` is after `to` or the range is too long. */
export function dayRange(query: z.output<typeof RangeQuery>, now = Date.now()): DayRange {
  const to = query.to ?? new Date(now).toISOString().slice(0, 10);
  const from = query.from ?? new Date(Date.parse(to) - (DEFAULT_RANGE_DAYS - 1) * DAY_MS).toISOString().slice(0, 10);
  const days = (Date.parse(to) - Date.parse(from)) / DAY_MS + 1;
  if (days < 1) throw new HttpError(400, 'invalid_request', 'query.from: the first day comes after query.to');
  if (days > MAX_RANGE_DAYS) throw new HttpError(400, 'invalid_request', `query.from: a range covers at most ${MAX_RANGE_DAYS} days`);
  return { from, to };
}

/** What every aggregate shares: a seller's GET over a range of days. */
const aggregate = {
  method: 'get',
  tag: 'seller',
  auth: 'member:insights',
  status: 200,
} as const satisfies Partial<RouteSpec>;

const RANGE_TEXT = `Over UTC days \`from\` to \`to\`, both included (default the last ${DEFAULT_RANGE_DAYS} days; at most ${MAX_RANGE_DAYS}).`;

export const readActivity = endpoint(
  {
    ...aggregate,
    path: '/v1/sites/{site}/insights/activity',
    operationId: 'readInsightsActivity',
    summary: 'What shoppers did, per kind and day or week',
    description: `${RANGE_TEXT} A week is an ISO week, dated by its Monday, and counts only its days in the range.`,
    query: RangeQuery.extend({ interval: z.enum(['day', 'week']).default('day') }),
    response: InsightsActivity,
  },
  async (c, { query }) => {
    const range = dayRange(query);
    return { ...range, interval: query.interval, series: await activitySeries(c.get('db'), c.get('site').id, range, query.interval) };
  },
);

export const readTopProducts = endpoint(
  {
    ...aggregate,
    path: '/v1/sites/{site}/insights/products',
    operationId: 'readInsightsProducts',
    summary: 'The products most liked, wished, shared or best rated',
    description: RANGE_TEXT,
    query: RangeQuery.extend({
      metric: ProductMetric.default('likes'),
      limit: z.coerce.number().pipe(z.int().min(1).max(50)).default(10),
    }),
    response: InsightsProducts,
  },
  async (c, { query }) => ({ metric: query.metric, products: await topProducts(c.get('db'), c.get('site').id, dayRange(query), query.metric, query.limit) }),
);

export const readNetworks = endpoint(
  {
    ...aggregate,
    path: '/v1/sites/{site}/insights/networks',
    operationId: 'readInsightsNetworks',
    summary: 'Shares per network',
    description: RANGE_TEXT,
    query: RangeQuery,
    response: InsightsNetworks,
  },
  async (c, { query }) => ({ networks: await networkCounts(c.get('db'), c.get('site').id, dayRange(query)) }),
);

export const readRatingCounts = endpoint(
  {
    ...aggregate,
    path: '/v1/sites/{site}/insights/ratings',
    operationId: 'readInsightsRatings',
    summary: 'Reviews written per star',
    description: `${RANGE_TEXT} Every review written, whether published, held or later hidden.`,
    query: RangeQuery,
    response: InsightsRatings,
  },
  async (c, { query }) => ({ ratings: await ratingCounts(c.get('db'), c.get('site').id, dayRange(query)) }),
);

export const readFunnel = endpoint(
  {
    ...aggregate,
    path: '/v1/sites/{site}/insights/funnel',
    operationId: 'readInsightsFunnel',
    summary: 'The funnel like → wish → add to cart → checkout',
    description: `${RANGE_TEXT} A step's visitors did it and every step before it in the range, in any order; its rate is of the step before.`,
    query: RangeQuery,
    response: InsightsFunnel,
  },
  async (c, { query }) => ({ steps: await funnel(c.get('db'), c.get('site').id, dayRange(query)) }),
);

export const readVotes = endpoint(
  {
    ...aggregate,
    path: '/v1/sites/{site}/insights/votes',
    operationId: 'readInsightsVotes',
    summary: 'Polls and asks voted on, with their results',
    description: RANGE_TEXT,
    query: RangeQuery,
    response: InsightsVotes,
  },
  async (c, { query }) => votedPolls(c.get('db'), c.get('site').id, dayRange(query)),
);
