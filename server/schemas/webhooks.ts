import { z } from 'zod';
import { WEBHOOK_EVENT_TYPES, WEBHOOK_PING } from '../webhooks/enqueue.js';
import { ServerId } from './common.js';

export const WebhookEventType = z.enum(WEBHOOK_EVENT_TYPES).meta({ id: 'WebhookEventType' });

export const WebhookDraft = z
  .object({
    url: z.url({ protocol: /^https?$/ }).max(2000).describe('Where deliveries are POSTed. Its host must resolve to public addresses unless the operator allows others (`WEBHOOKS_ALLOW`).'),
    events: z.array(WebhookEventType).min(1).max(WEBHOOK_EVENT_TYPES.length).refine((events) => new Set(events).size === events.length, 'each event type once'),
  })
  .meta({ id: 'WebhookDraft' });

export const WebhookDelivery = z
  .object({
    id: z.string(),
    eventId: z.string().describe('Also the `SC-Webhook-Id` header: the same at every attempt.'),
    type: z.enum([...WEBHOOK_EVENT_TYPES, WEBHOOK_PING]),
    status: z.enum(['pending', 'delivered', 'failed']).describe('`failed`: given up after a day of retries.'),
    attempts: z.int().min(0),
    lastStatus: z.int().nullable().describe('The receiver\'s HTTP status at the last attempt; null when it did not answer.'),
    lastError: z.string().nullable().describe('Why the last attempt failed (no answer in time, a refused address, a status that is not 2xx).'),
    createdAt: z.iso.datetime(),
    lastAttemptAt: z.iso.datetime().nullable(),
    nextAttemptAt: z.iso.datetime().nullable().describe('When a pending delivery is tried next.'),
    deliveredAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'WebhookDelivery' });

export const Webhook = z
  .object({
    id: ServerId,
    url: z.string(),
    events: z.array(WebhookEventType),
    disabled: z.boolean().describe('Paused: nothing is queued for it, and what is queued waits.'),
    createdAt: z.iso.datetime(),
    deliveries: z.array(WebhookDelivery).describe('The most recent deliveries, newest first.'),
  })
  .meta({ id: 'Webhook' });

export const CreatedWebhook = Webhook.extend({
  secret: z.string().describe('Signs deliveries (`SC-Signature`). Shown only in this answer: keep it on the receiver.'),
}).meta({ id: 'CreatedWebhook' });
