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
 * committed. Call it after the write's other changes: its rollup rows (one per site, kind and
 * day among them) are then the last rows a write locks, so writes wait on them in one order.
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

/** An event as stored, with its own time: what the demo seed and the bench insert in bulk. */
export interface StoredActivity {
  readonly at: Date;
  readonly kind: ActivityKind;
  readonly productId: string | null;
  readonly network: string | null;
  readonly subject: string | null;
  readonly locale: string | null;
  /** Already a pseudonym: made-up visitors have no actor id to hide. */
  readonly visitor: string;
  readonly value: number | null;
}

/** Appends many events in one statement, oldest first (the rollups take a visitor's days in order). */
export async function appendActivity(sql: Sql, site: string, events: readonly StoredActivity[]): Promise<void> {
  // One JSON value: PGlite reads it far faster than eight array parameters.
  await sql.query(
    `INSERT INTO activity_events (site_id, at, kind, product_id, network, subject, locale, visitor, value)
     SELECT $1, e.at, e.kind, e."productId", e.network, e.subject, e.locale, e.visitor, e.value
     FROM json_to_recordset($2::json) AS e (at timestamptz, kind text, "productId" text, network text, subject text, locale text, visitor text, value bigint)`,
    [site, JSON.stringify(events)],
  );
}

/** Days events are kept when ACTIVITY_RETENTION_DAYS does not say. */
export const ACTIVITY_RETENTION_DAYS = 400;

const ROLLUPS = ['activity_days', 'activity_details', 'activity_visitor_days'];

/**
 * Deletes events older than `days` days and the rollup days they made (migration 024), then
 * renews the planner's statistics of the rollups: PGlite never runs autovacuum, and without
 * them the aggregates sort what they could hash.
 */
export async function pruneActivity(sql: Sql, days: number): Promise<void> {
  await sql.query('DELETE FROM activity_events WHERE at < now() - make_interval(days => $1)', [days]);
  for (const table of ROLLUPS) await sql.query(`DELETE FROM ${table} WHERE day < (now() AT TIME ZONE 'UTC')::date - $1::int`, [days]);
  await sql.exec(`ANALYZE ${ROLLUPS.join(', ')}`);
}
