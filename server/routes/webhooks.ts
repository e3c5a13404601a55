import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { insertWebhook, MAX_WEBHOOKS, queuePing, removeWebhook, setWebhookDisabled, webhooksOf } from '../data/webhooks.js';
import { endpoint } from '../http/endpoint.js';
import { HttpError } from '../http/errors.js';
import { newId } from '../ids.js';
import { ServerId } from '../schemas/common.js';
import { CreatedWebhook, Webhook, WebhookDraft } from '../schemas/webhooks.js';
import type { Allowable } from '../webhooks/addresses.js';
import { ID_HEADER, refusedTarget, SIGNATURE_HEADER } from '../webhooks/send.js';

const webhooksPath = '/v1/sites/{site}/webhooks';
const WebhookParams = z.object({ webhookId: ServerId });
const notFound = (): HttpError => new HttpError(404, 'webhook_not_found', 'No such webhook on this site.');

/** Registers an endpoint; `allowed` are the address classes the operator lets receivers have. */
export const createWebhook = (allowed: ReadonlySet<Allowable>) =>
  endpoint(
    {
      method: 'post',
      path: webhooksPath,
      operationId: 'createWebhook',
      tag: 'webhooks',
      summary: 'Register a URL that receives events as signed JSON POSTs',
      description: `Each delivery carries \`${SIGNATURE_HEADER}: t=<unix seconds>,v1=<hex>\`, the HMAC-SHA256 of \`<t>.<body>\` with the \`secret\` answered here (and only here), and \`${ID_HEADER}\`, the event's id. A delivery that gets no 2xx is tried again with back-off for a day. A URL whose host is a private, loopback, link-local or other non-public address is refused (400 \`webhook_address_refused\`) unless the server's operator allows it; a name is checked each time it resolves. At most ${MAX_WEBHOOKS} per site (409 \`too_many_webhooks\`).`,
      auth: 'member:team',
      body: WebhookDraft,
      status: 201,
      response: CreatedWebhook,
      errors: [409],
    },
    async (c, { body }) => {
      const refused = refusedTarget(new URL(body.url), allowed);
      if (refused) throw new HttpError(400, 'webhook_address_refused', `body.url: ${refused}.`);
      const site = c.get('site').id;
      const id = newId('wh');
      const secret = `whsec_${randomBytes(32).toString('base64url')}`;
      return c.get('db').transaction(async (tx) => {
        if (!(await insertWebhook(tx, site, { id, url: body.url, events: body.events, secret }))) throw new HttpError(409, 'too_many_webhooks', `A site has at most ${MAX_WEBHOOKS} webhooks; delete one first.`);
        return { ...(await webhooksOf(tx, site, id))[0]!, secret };
      });
    },
  );

export const listWebhooks = endpoint(
  {
    method: 'get',
    path: webhooksPath,
    operationId: 'listWebhooks',
    tag: 'webhooks',
    summary: 'The site\'s webhooks, each with its recent deliveries and their last status',
    auth: 'member:team',
    status: 200,
    response: z.object({ webhooks: z.array(Webhook) }),
  },
  async (c) => ({ webhooks: await webhooksOf(c.get('db'), c.get('site').id) }),
);

export const updateWebhook = endpoint(
  {
    method: 'patch',
    path: `${webhooksPath}/{webhookId}`,
    operationId: 'updateWebhook',
    tag: 'webhooks',
    summary: 'Pause or resume a webhook',
    description: 'While paused, no delivery is queued for it and queued ones wait; resumed, they go out.',
    auth: 'member:team',
    params: WebhookParams,
    body: z.object({ disabled: z.boolean() }).meta({ id: 'WebhookUpdate' }),
    status: 200,
    response: Webhook,
  },
  async (c, { params, body }) => {
    const db = c.get('db');
    const site = c.get('site').id;
    if (!(await setWebhookDisabled(db, site, params.webhookId, body.disabled))) throw notFound();
    return (await webhooksOf(db, site, params.webhookId))[0]!;
  },
);

export const deleteWebhook = endpoint(
  {
    method: 'delete',
    path: `${webhooksPath}/{webhookId}`,
    operationId: 'deleteWebhook',
    tag: 'webhooks',
    summary: 'Remove a webhook and its deliveries (those not sent are never sent)',
    auth: 'member:team',
    params: WebhookParams,
    status: 204,
  },
  async (c, { params }) => {
    if (!(await removeWebhook(c.get('db'), c.get('site').id, params.webhookId))) throw notFound();
  },
);

export const pingWebhook = endpoint(
  {
    method: 'post',
    path: `${webhooksPath}/{webhookId}/pings`,
    operationId: 'pingWebhook',
    tag: 'webhooks',
    summary: 'Send a `webhook.ping` event to one webhook, to try the receiver',
    description: 'Queued and delivered as any event (signed, retried); the answer lists it among the recent deliveries.',
    auth: 'member:team',
    params: WebhookParams,
    status: 201,
    response: Webhook,
  },
  async (c, { params }) => {
    const site = c.get('site').id;
    return c.get('db').transaction(async (tx) => {
      if (!(await queuePing(tx, site, params.webhookId))) throw notFound();
      return (await webhooksOf(tx, site, params.webhookId))[0]!;
    });
  },
);
