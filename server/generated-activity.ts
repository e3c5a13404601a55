import type { ActivityKind, StoredActivity } from './data/activity.js';

export interface ActivityPlan {
  /** Days of activity, ending yesterday (UTC). */
  readonly days: number;
  /** Visits on an average weekday. */
  readonly visitsPerDay: number;
  /** Products with their prices in minor units, most popular first. */
  readonly products: readonly { readonly id: string; readonly price: number }[];
  /** A poll to vote on, with its option ids, most chosen first. */
  readonly poll?: { readonly id: string; readonly options: readonly string[] };
  /** Visitors that come and come back. */
  readonly visitors: number;
  readonly seed: number;
  /** Default: now. */
  readonly now?: number;
}

/** mulberry32: a small PRNG, the same numbers for the same seed on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks from `weights` (not necessarily summing to 1) by `r` in [0, 1). */
function pick<T>(r: number, choices: readonly (readonly [T, number])[]): T {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let left = r * total;
  for (const [choice, weight] of choices) if ((left -= weight) < 0) return choice;
  return choices.at(-1)![0];
}

const NETWORKS = [['whatsapp', 34], ['native', 20], ['copy', 12], ['facebook', 10], ['pinterest', 8], ['x', 5], ['email', 5], ['telegram', 3], ['linkedin', 2], ['weibo', 1]] as const;
const LOCALES = [['en', 40], ['nl', 35], ['fr', 15], ['zh-CN', 10]] as const;
/** Reviews lean high, as a shop's do. */
const STARS = [[5, 50], [4, 30], [3, 10], [2, 6], [1, 4]] as const;
/** Sunday to Saturday: weekends busy, Monday quiet. */
const WEEKDAY = [1.35, 0.8, 0.95, 1, 1.05, 1.15, 1.45];
/** Visits by hour of the day (UTC): evenings busiest. */
const HOURS = Array.from({ length: 24 }, (_, hour) => [hour, hour < 6 ? 1 : hour < 12 ? 4 : hour < 17 ? 5 : hour < 22 ? 9 : 3] as const);

const DAY_MS = 86_400_000;

/**
 * Made-up shoppers' activity, day after day, the same for the same plan: a weekly rhythm
 * and a slow rise, a few products far more popular than the rest, a funnel that narrows
 * (like, wish, add to cart, checkout, then maybe a review), shares spread over networks.
 * Yields a day's events at a time, oldest first.
 */
export function* generateActivity(plan: ActivityPlan): Generator<StoredActivity[]> {
  const next = random(plan.seed);
  const today = Math.floor((plan.now ?? Date.now()) / DAY_MS) * DAY_MS;
  // Popularity falls off as 1/rank: the first few products get most of the attention.
  const products = plan.products.map((product, rank) => [product, 1 / (rank + 1)] as const);
  for (let day = plan.days; day >= 1; day--) {
    const start = today - day * DAY_MS;
    const rise = 0.75 + (0.5 * (plan.days - day)) / plan.days;
    const visits = Math.round(plan.visitsPerDay * WEEKDAY[new Date(start).getUTCDay()]! * rise * (0.85 + 0.3 * next()));
    const events: StoredActivity[] = [];
    for (let visit = 0; visit < visits; visit++) {
      const number = Math.floor(next() ** 1.5 * plan.visitors); // some come back far more often
      const visitor = `gen-${plan.seed}-${number}`;
      const locale = LOCALES[number % 10 < 4 ? 0 : number % 10 < 7 ? 1 : number % 10 < 9 ? 2 : 3]![0];
      const product = pick(next(), products);
      let at = start + pick(next(), HOURS) * 3_600_000 + Math.floor(next() * 3_600_000);
      const add = (kind: ActivityKind, extra: Partial<StoredActivity> = {}) => {
        at += Math.floor(next() * 120_000);
        events.push({ at: new Date(Math.min(at, start + DAY_MS - 1)), kind, productId: product.id, network: null, subject: null, locale, visitor, value: null, ...extra });
      };
      const liked = next() < 0.4;
      if (liked) add('like');
      if (liked && next() < 0.06) add('unlike');
      const wished = next() < (liked ? 0.45 : 0.06);
      if (wished) add('wish');
      if (wished && next() < 0.05) add('unwish');
      if (next() < 0.09) add('share', { network: pick(next(), NETWORKS) });
      if (next() < 0.02) add('question');
      if (plan.poll && next() < 0.03) add('poll_vote', { productId: null, subject: plan.poll.id });
      const carted = next() < (wished ? 0.5 : liked ? 0.2 : 0.04);
      if (!carted) continue;
      const quantity = next() < 0.85 ? 1 : 2;
      add('cart_add', { value: quantity });
      if (next() < 0.55) {
        add('checkout', { productId: null, value: quantity * product.price });
        if (next() < 0.35) add('review', { value: pick(next(), STARS) });
      }
    }
    yield events.sort((a, b) => a.at.getTime() - b.at.getTime());
  }
}

/** The option a generated poll vote chose: the poll's first options far more often. */
export const generatedChoice = (options: readonly string[], visitor: string): string => {
  const next = random([...visitor].reduce((hash, char) => Math.imul(hash, 31) + char.charCodeAt(0), 7));
  return pick(next(), options.map((option, rank) => [option, 1 / (rank + 1)] as const));
};
