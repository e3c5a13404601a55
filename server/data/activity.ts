import { createHash } from 'node:crypto';
import type { Sql } from '../db/db.js';

/** What the server records of what shoppers do; the seller's insights count these. */
export const ACTIVITY_KINDS = [
  'like', 'unlike', 'wish', 'unwish', 'share', 'ask', 'ask_vote', 'poll_vote', 'review',
  'question', 'cart_add', 'checkout', 'coupon_issued', 'coupon_redeemed',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export interface ActivityEvent {
  readonly kind: ActivityKind;
  readonly productId?: string;
  /** For `share`: the network shared to. */
  readonly network?: string;
  /** What the event is about when not a product: for `poll_vote` and `ask_vote`, the poll's id. */
  readonly subject?: string;
  /** The shopper's language, as the widget sent it. */
  readonly locale?: string;
  /** Who acted (`actorOf`): stored only as a pseudonym. */
  readonly actor?: string;
  /** A review's stars; an order's or a discount's amount in minor units. */
  readonly value?: number;
}

/**
 * Appends `event` in the write's own transaction `tx`, so it exists exactly when the change
 * committed.
 */
export async function recordActivity(tx: Sql, site: string, event: ActivityEvent): Promise<void> {
  await tx.query(
    'INSERT INTO activity_events (site_id, kind, product_id, network, subject, locale, visitor, value) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
    [site, event.kind, event.productId ?? null, event.network ?? null, event.subject ?? null, event.locale ?? null, event.actor ? pseudonym(site, event.actor) : null, event.value ?? null],
  );
}

/** An actor as the insights know them: the same per site, and no way back to the id. */
export function pseudonym(site: string, actor: string): string {
  return createHash('sha256').update(`${site}\0${actor}`).digest('base64url').slice(0, 16);
}

/** Days events are kept when ACTIVITY_RETENTION_DAYS does not say. */
export const ACTIVITY_RETENTION_DAYS = 400;

/** Deletes events older than `days` days, and the rollup days they made (migration 024). */
export async function pruneActivity(sql: Sql, days: number): Promise<void> {
  await sql.query('DELETE FROM activity_events WHERE at < now() - make_interval(days => $1)', [days]);
  for (const table of ['activity_days', 'activity_details', 'activity_visitor_days']) {
    await sql.query(`DELETE FROM ${table} WHERE day < (now() AT TIME ZONE 'UTC')::date - $1::int`, [days]);
  }
}
