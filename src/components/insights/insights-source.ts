import { NetworkError, RefusedError, ServerError } from '../../core/errors.js';

/** What the server records of what shoppers do (server/data/activity.ts's ACTIVITY_KINDS). */
export const ACTIVITY_KINDS = [
  'like', 'unlike', 'wish', 'unwish', 'share', 'ask', 'ask_vote', 'poll_vote', 'review',
  'question', 'cart_add', 'checkout', 'coupon_issued', 'coupon_redeemed',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

/** UTC days, inclusive, as `YYYY-MM-DD`. */
export interface InsightsRange {
  readonly from: string;
  readonly to: string;
}

export type InsightsInterval = 'day' | 'week';
export type InsightsMetric = 'likes' | 'wishes' | 'shares' | 'rating';
export type FunnelStep = 'like' | 'wish' | 'cart_add' | 'checkout';

/** `GET …/insights/activity`: a point for every day (or ISO week, dated by its Monday) of the range, zeros included. */
export interface InsightsActivity extends InsightsRange {
  readonly interval: InsightsInterval;
  readonly series: readonly { readonly kind: ActivityKind; readonly points: readonly { readonly date: string; readonly count: number }[] }[];
}

/** `GET …/insights/products`, best first: `value` is a count, or the average stars for `rating` (`count` = reviews). */
export interface InsightsProducts {
  readonly metric: InsightsMetric;
  readonly products: readonly { readonly productId: string; readonly name: string | null; readonly value: number; readonly count: number }[];
}

/** `GET …/insights/networks`, most shared first. */
export interface InsightsNetworks {
  readonly networks: readonly { readonly network: string; readonly count: number }[];
}

/** `GET …/insights/ratings`: always five entries, 1 to 5 stars. */
export interface InsightsRatings {
  readonly ratings: readonly { readonly stars: 1 | 2 | 3 | 4 | 5; readonly count: number }[];
}

/** `GET …/insights/funnel`: `rate` = visitors / the previous step's (null for the first step, or after 0). */
export interface InsightsFunnel {
  readonly steps: readonly { readonly step: FunnelStep; readonly visitors: number; readonly rate: number | null }[];
}

export interface VoteOption {
  readonly label: string;
  readonly votes: number;
}

/** `GET …/insights/votes`: the most voted polls and asks first. */
export interface InsightsVotes {
  readonly polls: readonly { readonly pollId: string; readonly question: string; readonly closesAt: string | null; readonly options: readonly VoteOption[] }[];
  readonly asks: readonly { readonly askId: string; readonly question: string; readonly options: readonly VoteOption[] }[];
}

/**
 * Where `<sc-insights>` reads from: one method per insights route of the reference server.
 * A shop with its own analytics implements it to chart its own numbers.
 */
export interface InsightsSource {
  activity(range: InsightsRange, interval: InsightsInterval): Promise<InsightsActivity>;
  products(range: InsightsRange, metric: InsightsMetric): Promise<InsightsProducts>;
  networks(range: InsightsRange): Promise<InsightsNetworks>;
  ratings(range: InsightsRange): Promise<InsightsRatings>;
  funnel(range: InsightsRange): Promise<InsightsFunnel>;
  votes(range: InsightsRange): Promise<InsightsVotes>;
}

export interface RestInsightsOptions {
  /** The server's origin, e.g. `https://api.example.com`. */
  readonly endpoint: string;
  readonly site: string;
  /** A team member's credential with the `insights` scope (or the site's secret key): sent as a bearer token. */
  readonly credential: string;
}

/**
 * The reference server's insights routes, read as a team member (the seller console's
 * demo/seller/api.js authenticates the same way). Errors are the adapters' classes: a refusal
 * (401, 403, 400) is a RefusedError with the server's message, 5xx a ServerError, no answer a
 * NetworkError.
 */
export function restInsightsSource({ endpoint, site, credential }: RestInsightsOptions): InsightsSource {
  const base = `${endpoint.replace(/\/$/, '')}/v1/sites/${encodeURIComponent(site)}/insights/`;
  const read = async <T>(route: string, { from, to }: InsightsRange, extra: Record<string, string> = {}): Promise<T> => {
    const query = new URLSearchParams({ from, to, ...extra });
    let response: Response;
    try {
      response = await fetch(`${base}${route}?${query}`, { headers: { Authorization: `Bearer ${credential}` } });
    } catch (cause) {
      throw new NetworkError(undefined, { cause });
    }
    const answer = await response.json().catch(() => undefined);
    if (response.ok && answer) return answer as T;
    const message: string = answer?.error?.message ?? response.statusText;
    throw response.status >= 500 || response.status === 429 ? new ServerError(message, response.status) : new RefusedError(message, response.status, answer?.error?.code);
  };
  return {
    activity: (range, interval) => read('activity', range, { interval }),
    products: (range, metric) => read('products', range, { metric }),
    networks: (range) => read('networks', range),
    ratings: (range) => read('ratings', range),
    funnel: (range) => read('funnel', range),
    votes: (range) => read('votes', range),
  };
}
