import type { Context } from 'hono';
import { Locale } from '../schemas/reviews.js';
import { requireActor } from './actor.js';
import type { AppEnv } from './env.js';

/** The longest language tag kept: a region or script is enough for the insights. */
const MAX_LOCALE = 35;

/**
 * The shopper's language as their browser sends it, the first of Accept-Language (widgets
 * send no locale of their own with most writes); undefined when absent or not a tag.
 */
export function requestLocale(c: Context<AppEnv>): string | undefined {
  const first = c.req.header('Accept-Language')?.split(',')[0]?.split(';')[0]?.trim();
  if (!first || first.length > MAX_LOCALE || !Locale.safeParse(first).success) return undefined;
  try {
    return Intl.getCanonicalLocales(first)[0];
  } catch {
    return undefined;
  }
}

/**
 * Who did a write and in which language, as an activity event records them
 * (server/data/activity.ts): `locale` is the text's, where the write has one (a review, a
 * question), else the request's.
 */
export const shopper = (c: Context<AppEnv>, locale?: string): { actor: string; locale?: string } => ({ actor: requireActor(c), locale: locale ?? requestLocale(c) });
