import type { Sql } from '../db/db.js';
import { newId } from '../ids.js';

export const WEBHOOK_EVENT_TYPES = ['question.asked', 'review.posted', 'review.reported', 'idea.posted', 'order.placed'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];
/** A delivery the seller asked for to try an endpoint; no endpoint subscribes to it. */
export const WEBHOOK_PING = 'webhook.ping';

/** The NOTIFY channel that wakes delivery workers once an enqueueing transaction commits. */
export const WEBHOOK_CHANNEL = 'sc_webhooks';

/**
 * Queues `data` as a `type` event for each of the site's endpoints that takes it. Called in
 * the write's own transaction: if it rolls back, no delivery exists and nothing is sent.
 */
export async function enqueueWebhookEvent(tx: Sql, site: string, type: WebhookEventType, data: Record<string, unknown>): Promise<void> {
  const { id, body } = eventBody(site, type, data);
  const queued = await tx.query(
    `INSERT INTO webhook_deliveries (site_id, endpoint_id, event_id, type, body)
     SELECT site_id, id, $3, $2, $4 FROM webhook_endpoints WHERE site_id = $1 AND $2 = ANY(events) AND disabled_at IS NULL
     RETURNING 1`,
    [site, type, id, body],
  );
  if (queued.length) await wakeWorkers(tx);
}

/** Wakes every server copy's delivery worker when `tx` commits (NOTIFY is delivered then, and never on rollback). */
export async function wakeWorkers(tx: Sql): Promise<void> {
  await tx.query('SELECT pg_notify($1, $2)', [WEBHOOK_CHANNEL, '']);
}

/** A new event's id and the JSON every endpoint receives for it. */
export function eventBody(site: string, type: WebhookEventType | typeof WEBHOOK_PING, data: Record<string, unknown>): { id: string; body: string } {
  const id = newId('evt');
  return { id, body: JSON.stringify({ id, type, site, createdAt: new Date().toISOString(), data }) };
}
