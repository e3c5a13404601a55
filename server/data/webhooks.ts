import type { z } from 'zod';
import type { Sql } from '../db/db.js';
import type { Webhook, WebhookDelivery } from '../schemas/webhooks.js';
import { eventBody, WEBHOOK_PING, type WebhookEventType, wakeWorkers } from '../webhooks/enqueue.js';

/** Endpoints one site may have. */
export const MAX_WEBHOOKS = 10;
/** Deliveries listed with each endpoint. */
export const RECENT_DELIVERIES = 10;

interface EndpointRow {
  id: string;
  url: string;
  events: WebhookEventType[];
  disabled_at: Date | null;
  created_at: Date;
}

interface DeliveryRow {
  endpoint_id: string;
  id: string;
  event_id: string;
  type: z.input<typeof WebhookDelivery>['type'];
  attempts: number;
  last_status: number | null;
  last_error: string | null;
  created_at: Date;
  last_attempt_at: Date | null;
  next_attempt_at: Date;
  delivered_at: Date | null;
  given_up_at: Date | null;
}

const iso = (date: Date | null): string | null => date && date.toISOString();

function toDelivery(row: DeliveryRow): z.input<typeof WebhookDelivery> {
  const open = !row.delivered_at && !row.given_up_at;
  return {
    id: row.id,
    eventId: row.event_id,
    type: row.type,
    status: row.delivered_at ? 'delivered' : row.given_up_at ? 'failed' : 'pending',
    attempts: row.attempts,
    lastStatus: row.last_status,
    lastError: row.last_error,
    createdAt: row.created_at.toISOString(),
    lastAttemptAt: iso(row.last_attempt_at),
    nextAttemptAt: open ? row.next_attempt_at.toISOString() : null,
    deliveredAt: iso(row.delivered_at),
  };
}

/** The site's endpoints, oldest first, each with its most recent deliveries (or only `id`'s). */
export async function webhooksOf(sql: Sql, site: string, id?: string): Promise<z.input<typeof Webhook>[]> {
  const endpoints = await sql.query<EndpointRow>(
    'SELECT id, url, events, disabled_at, created_at FROM webhook_endpoints WHERE site_id = $1 AND ($2::text IS NULL OR id = $2) ORDER BY created_at, id',
    [site, id ?? null],
  );
  if (!endpoints.length) return [];
  const deliveries = await sql.query<DeliveryRow>(
    `SELECT recent.* FROM webhook_endpoints AS e CROSS JOIN LATERAL (
       SELECT endpoint_id, id::text AS id, event_id, type, attempts, last_status, last_error, created_at, last_attempt_at, next_attempt_at, delivered_at, given_up_at
       FROM webhook_deliveries AS d WHERE d.site_id = e.site_id AND d.endpoint_id = e.id ORDER BY d.created_at DESC, d.id DESC LIMIT ${RECENT_DELIVERIES}
     ) AS recent WHERE e.site_id = $1 AND e.id = ANY($2)`,
    [site, endpoints.map((endpoint) => endpoint.id)],
  );
  return endpoints.map((endpoint) => ({
    id: endpoint.id,
    url: endpoint.url,
    events: endpoint.events,
    disabled: endpoint.disabled_at !== null,
    createdAt: endpoint.created_at.toISOString(),
    deliveries: deliveries.filter((row) => row.endpoint_id === endpoint.id).map(toDelivery),
  }));
}

/** Adds an endpoint, unless the site has `MAX_WEBHOOKS` already: resolves to false then. */
export async function insertWebhook(tx: Sql, site: string, endpoint: { id: string; url: string; events: readonly WebhookEventType[]; secret: string }): Promise<boolean> {
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${site}\nwebhooks`]);
  const [row] = await tx.query<{ count: number }>('SELECT count(*)::int AS count FROM webhook_endpoints WHERE site_id = $1', [site]);
  if (row!.count >= MAX_WEBHOOKS) return false;
  await tx.query('INSERT INTO webhook_endpoints (site_id, id, url, events, secret) VALUES ($1, $2, $3, $4, $5)', [site, endpoint.id, endpoint.url, endpoint.events, endpoint.secret]);
  return true;
}

/** Pauses or resumes an endpoint; resolves to whether the site has it. */
export async function setWebhookDisabled(sql: Sql, site: string, id: string, disabled: boolean): Promise<boolean> {
  const rows = await sql.query(
    'UPDATE webhook_endpoints SET disabled_at = CASE WHEN $3 THEN coalesce(disabled_at, now()) END WHERE site_id = $1 AND id = $2 RETURNING 1',
    [site, id, disabled],
  );
  if (rows.length && !disabled) await wakeWorkers(sql); // what waited while it was paused may be due
  return rows.length > 0;
}

/** Removes an endpoint and its deliveries; resolves to whether the site had it. */
export async function removeWebhook(sql: Sql, site: string, id: string): Promise<boolean> {
  return (await sql.query('DELETE FROM webhook_endpoints WHERE site_id = $1 AND id = $2 RETURNING 1', [site, id])).length > 0;
}

/** Queues a `webhook.ping` to one endpoint; resolves to false when the site has no such endpoint. */
export async function queuePing(tx: Sql, site: string, id: string): Promise<boolean> {
  const { id: eventId, body } = eventBody(site, WEBHOOK_PING, {});
  const queued = await tx.query(
    'INSERT INTO webhook_deliveries (site_id, endpoint_id, event_id, type, body) SELECT site_id, id, $3, $4, $5 FROM webhook_endpoints WHERE site_id = $1 AND id = $2 RETURNING 1',
    [site, id, eventId, WEBHOOK_PING, body],
  );
  if (queued.length) await wakeWorkers(tx);
  return queued.length > 0;
}
