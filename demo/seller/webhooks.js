/**
 * The seller console's webhooks: register a URL for events (its signing secret is shown
 * here once, to copy to the receiver), see each endpoint's recent deliveries and their last
 * status, send a test ping, pause, resume and delete. For members with the `team` scope.
 * URLs and errors are rendered with textContent only.
 */

import { el } from './dom.js';

/** The events a webhook can take, in the order the form offers them, with how the console names them. */
export const eventTypes = {
  'question.asked': 'a question is asked',
  'review.posted': 'a review is posted',
  'review.reported': 'a review is reported',
  'idea.posted': 'an idea is posted',
  'order.placed': 'an order is placed',
};

let forms = 0;
const when = (iso) => (iso ? new Date(iso).toLocaleString() : '');

/** A delivery's state in words: what the receiver answered, or why it did not. */
function outcome(delivery) {
  const answered = delivery.lastStatus === null ? '' : `answered ${delivery.lastStatus}`;
  if (delivery.status === 'delivered') return `delivered (${answered})`;
  const last = delivery.lastError ?? answered;
  if (delivery.status === 'failed') return `failed after ${delivery.attempts} attempts: ${last}`;
  if (!delivery.attempts) return 'waiting to be sent';
  return `${last || 'being sent'}; next try ${when(delivery.nextAttemptAt)}`;
}

function deliveriesTable(webhook) {
  if (!webhook.deliveries.length) return el('p', { className: 'meta' }, 'No deliveries yet.');
  const row = (delivery) =>
    el('tr', { className: `delivery ${delivery.status}` },
      el('td', {}, when(delivery.createdAt)),
      el('td', {}, delivery.type),
      el('td', {}, outcome(delivery)),
      el('td', {}, String(delivery.attempts)),
    );
  return el('table', { className: 'deliveries' },
    el('caption', {}, `Recent deliveries to ${webhook.url}`),
    el('thead', {}, el('tr', {}, ...['Event at', 'Type', 'Last status', 'Attempts'].map((name) => el('th', { scope: 'col' }, name)))),
    el('tbody', {}, ...webhook.deliveries.map(row)),
  );
}

/** Fills `section` (empty) with the site's webhooks and the form that adds one; `api` is the console's (see seller.js). */
export async function mount(section, api) {
  const n = ++forms;
  const heading = el('h2', { id: `webhooks-heading-${n}`, tabIndex: -1 }, 'Webhooks');
  const list = el('ul', { className: 'webhooks' });
  const secret = el('div', { className: 'secret', hidden: true, tabIndex: -1, role: 'group', ariaLabel: 'Signing secret' });
  const refresh = el('button', { type: 'button' }, 'Refresh deliveries');
  section.setAttribute('aria-labelledby', heading.id);

  const fail = (doing, error) => api.announce(`Could not ${doing}: ${error.message}`);
  const send = async (doing, method, path, body) => {
    try {
      return { answer: await api.send(method, path, body) };
    } catch (error) {
      fail(doing, error);
      return undefined;
    }
  };

  function item(webhook) {
    const node = el(
      'li',
      { className: 'webhook' },
      el('h3', { tabIndex: -1 }, webhook.url),
      el('p', { className: 'meta' }, `${webhook.disabled ? 'Paused · ' : ''}For ${webhook.events.map((type) => eventTypes[type] ?? type).join(', ')} · added ${when(webhook.createdAt)}`),
      deliveriesTable(webhook),
    );
    /** Its name starts with what it shows (`text`), then says which endpoint. */
    const button = (text, name, action) => {
      const each = el('button', { type: 'button', ariaLabel: name }, text);
      each.addEventListener('click', action);
      return each;
    };
    node.append(el('p', { className: 'actions' },
      button('Send test ping', `Send test ping to ${webhook.url}`, async () => {
        const done = await send('send the ping', 'POST', `webhooks/${encodeURIComponent(webhook.id)}/pings`);
        if (!done) return;
        replace(node, done.answer);
        api.announce(`Test ping queued for ${webhook.url}.`);
      }),
      button(webhook.disabled ? 'Resume' : 'Pause', `${webhook.disabled ? 'Resume' : 'Pause'} ${webhook.url}`, async () => {
        const done = await send(webhook.disabled ? 'resume' : 'pause', 'PATCH', `webhooks/${encodeURIComponent(webhook.id)}`, { disabled: !webhook.disabled });
        if (!done) return;
        replace(node, done.answer);
        api.announce(`${done.answer.disabled ? 'Paused' : 'Resumed'} ${webhook.url}.`);
      }),
      button('Delete', `Delete ${webhook.url}`, async () => {
        if (!(await send('delete the webhook', 'DELETE', `webhooks/${encodeURIComponent(webhook.id)}`))) return;
        // Focus moves to a neighbour (or the heading), never to the removed button.
        ((node.nextElementSibling ?? node.previousElementSibling)?.querySelector('h3') ?? heading).focus();
        node.remove();
        api.announce(`Deleted the webhook for ${webhook.url}; nothing more is sent to it.`);
      }),
    ));
    return node;
  }

  /** Redraws one endpoint in place, keeping focus on its heading. */
  function replace(node, webhook) {
    const next = item(webhook);
    node.replaceWith(next);
    next.querySelector('h3').focus();
  }

  async function load() {
    const { webhooks } = await api.send('GET', 'webhooks');
    list.replaceChildren(...webhooks.map(item));
    return webhooks.length;
  }

  const form = el(
    'form',
    { className: 'add-webhook' },
    el('h3', {}, 'Add a webhook'),
    el('label', { htmlFor: `webhook-url-${n}` }, 'URL that receives the events'),
    el('input', { id: `webhook-url-${n}`, name: 'url', type: 'url', required: true, maxLength: 2000, placeholder: 'https://shop.example/hooks/sc', autocomplete: 'off', spellcheck: false }),
    el('fieldset', {},
      el('legend', {}, 'Send an event when'),
      ...Object.entries(eventTypes).map(([type, text]) =>
        el('span', { className: 'check' },
          el('input', { type: 'checkbox', id: `webhook-${n}-${type}`, name: 'events', value: type }),
          el('label', { htmlFor: `webhook-${n}-${type}` }, text),
        ),
      ),
    ),
    el('button', { type: 'submit' }, 'Add webhook'),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const draft = { url: String(data.get('url')).trim(), events: data.getAll('events') };
    if (!draft.events.length) return api.announce('Choose at least one event.');
    const done = await send(`add ${draft.url}`, 'POST', 'webhooks', draft);
    if (!done) return;
    const { secret: key, ...webhook } = done.answer;
    list.append(item(webhook));
    form.reset();
    // Shown once: the server keeps it for signing and never answers it again.
    secret.replaceChildren(
      el('p', {}, `Signing secret for ${webhook.url}. Copy it to your receiver now: it is not shown again.`),
      el('code', {}, key),
    );
    secret.hidden = false;
    secret.focus();
    api.announce(`Added a webhook for ${webhook.url}. Its signing secret is shown once, below the form.`);
  });

  refresh.addEventListener('click', () => load().then(
    (count) => api.announce(`${count} ${count === 1 ? 'webhook' : 'webhooks'}, deliveries as of now.`),
    (error) => fail('refresh the webhooks', error),
  ));

  section.replaceChildren(
    heading,
    el('p', { className: 'hint' }, 'Your servers get a signed JSON POST for each event you choose (the README says how to check the SC-Signature header). Failed deliveries are tried again for a day.'),
    el('p', {}, refresh),
    list,
    form,
    secret,
  );
  await load();
}
