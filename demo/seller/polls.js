/**
 * The seller console's polls: the site's polls with their votes and state, and a form to
 * create or edit one (a question, 2 to 6 options each a text or a catalog product, and a
 * closing time) or close it now. `mount(section, api)` per the console's contract:
 * `api.send(method, path, body?)` calls the site's API with the member's credential,
 * `api.announce(text)` speaks in the console's status line. Text from the server is
 * rendered with textContent only.
 */

import { el } from './dom.js';

const MIN_OPTIONS = 2;
const MAX_OPTIONS = 6;
const PAGE = 20;

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const many = (count, noun) => `${count} ${noun}${count === 1 ? '' : 's'}`;
const votes = (count) => many(count, 'vote');
const total = (poll) => poll.options.reduce((sum, option) => sum + option.votes, 0);

/** "Open until you close it", "Open until 12 Dec 2026, 18:00" or "Closed 1 Dec 2026, 05:00". */
function stateText(poll) {
  if (poll.closed) return `Closed${poll.closesAt ? ` ${dateTime.format(new Date(poll.closesAt))}` : ''}`;
  return poll.closesAt ? `Open until ${dateTime.format(new Date(poll.closesAt))}` : 'Open until you close it';
}

/** An ISO time as a datetime-local field's value, in this browser's time zone. */
function localInput(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/** The same choice for a voter: the same product, or the same text (as the server decides, server/data/polls.ts). */
const sameChoice = (before, after) => before.productId === after.productId && (before.productId !== undefined || before.label === after.label);

/** The options of `poll` whose votes a save of `options` would drop: removed, or their text or product changed. */
const droppedBy = (poll, options) =>
  poll.options.filter((old) => old.votes > 0 && !options.some((option) => option.id === old.id && sameChoice(old, option)));

let mounted = 0;

export function mount(section, api) {
  const id = (name) => `polls-${mounted}-${name}`;
  mounted += 1;
  /** The polls shown, by id, in the order listed. */
  const polls = new Map();
  let next;
  /** The catalog, for product options: id → title. */
  let products = new Map();
  /** The poll the form edits; undefined: the form makes a new one. */
  let editing;
  /** The votes the seller was told a save drops, confirmed by saving again. */
  let warned = '';

  const heading = el('h2', { id: id('heading'), tabIndex: -1 }, 'Polls ', el('span', { id: id('count') }));
  const list = el('ol', { className: 'polls' });
  const more = el('button', { type: 'button', hidden: true }, 'More polls');
  const create = el('button', { type: 'button' }, 'New poll');
  const refresh = el('button', { type: 'button' }, 'Refresh polls');
  const form = pollForm();
  section.setAttribute('aria-labelledby', heading.id);
  section.append(
    el('link', { rel: 'stylesheet', href: new URL('polls.css', import.meta.url).href }),
    heading,
    el('p', { className: 'hint' }, 'Questions for your shoppers, each shown on a page with <sc-poll poll-id="…">. After the closing time the poll shows its results and takes no more votes.'),
    el('p', { className: 'actions' }, create, refresh),
    form.element,
    list,
    more,
  );

  const failure = (doing, error) => api.announce(`Could not ${doing}: ${error.message}`);

  async function loadPage(cursor) {
    const page = await api.send('GET', `seller-polls?limit=${PAGE}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    if (!cursor) {
      polls.clear();
      list.replaceChildren();
    }
    for (const poll of page.polls) {
      polls.set(poll.id, poll);
      list.append(pollItem(poll));
    }
    next = page.next;
    more.hidden = !next;
    document.getElementById(id('count')).textContent = `(${polls.size}${next ? '+' : ''})`;
  }

  /** The whole catalog, 100 at a time (up to 1,000 products): product options are picked from it. */
  async function loadCatalog() {
    const found = new Map();
    let cursor;
    do {
      const page = await api.send('GET', `products?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      for (const product of page.products) found.set(product.id, product.title);
      cursor = page.next;
    } while (cursor && found.size < 1000);
    products = found;
  }

  function pollItem(poll) {
    const item = el('li', { id: id(`poll-${poll.id}`), className: `poll${poll.closed ? ' closed' : ''}` });
    const question = el('h3', { tabIndex: -1 }, poll.question);
    const actions = el('div', { className: 'actions' }, el('button', { type: 'button', ariaLabel: `Edit poll: ${poll.question}` }, 'Edit'));
    actions.firstChild.addEventListener('click', () => form.open(poll, actions.firstChild));
    if (!poll.closed) {
      const close = el('button', { type: 'button', ariaLabel: `Close poll now: ${poll.question}` }, 'Close now');
      close.addEventListener('click', () => void closeNow(poll));
      actions.append(close);
    }
    item.append(
      question,
      el('p', { className: 'meta' }, `${stateText(poll)} · ${votes(total(poll))}`),
      el('ul', { className: 'options' }, ...poll.options.map((option) => el('li', {}, option.label, option.productId ? ' (product)' : '', ` · ${votes(option.votes)}`))),
      el('p', { className: 'embed' }, 'On a page: ', el('code', {}, `<sc-poll poll-id="${poll.id}"></sc-poll>`)),
      actions,
    );
    return item;
  }

  /** Shows `poll` as the server answered it, in place or first in the list, and moves focus to it. */
  function show(poll) {
    const item = pollItem(poll);
    const shown = document.getElementById(item.id);
    if (shown) shown.replaceWith(item);
    else list.prepend(item);
    polls.set(poll.id, poll);
    document.getElementById(id('count')).textContent = `(${polls.size}${next ? '+' : ''})`;
    item.querySelector('h3').focus();
  }

  async function closeNow(poll) {
    try {
      const closed = await api.send('POST', `polls/${encodeURIComponent(poll.id)}/close`);
      show(closed);
      api.announce(`Closed the poll "${closed.question}" with ${votes(total(closed))}.`);
    } catch (error) {
      failure('close the poll', error);
    }
  }

  /** The create and edit form: hidden until opened. */
  function pollForm() {
    const legend = el('legend');
    const question = el('input', { id: id('question'), name: 'question', required: true, maxLength: 300 });
    const rows = el('ol', { className: 'option-rows' });
    const add = el('button', { type: 'button' }, 'Add option');
    const closes = el('input', { id: id('closes'), name: 'closesAt', type: 'datetime-local' });
    const warning = el('p', { className: 'warning', role: 'alert' });
    const save = el('button', { type: 'submit' });
    const cancel = el('button', { type: 'button' }, 'Cancel');
    const element = el(
      'form',
      { className: 'poll-form', hidden: true },
      el('fieldset', {},
        legend,
        el('label', { htmlFor: question.id }, 'Question'),
        question,
        el('fieldset', { className: 'options' }, el('legend', {}, `Options (${MIN_OPTIONS} to ${MAX_OPTIONS})`), rows, add),
        el('label', { htmlFor: closes.id }, 'Closes at (your time; empty: open until you close it)'),
        closes,
        warning,
        el('p', { className: 'actions' }, save, cancel),
      ),
    );
    let returnTo;
    let rowIds = 0;

    /** One option: a text, or a product of the catalog; `option.id` is kept so its votes are. */
    function optionRow(option = { label: '' }) {
      const n = ++rowIds;
      const kind = el('select', { id: id(`kind-${n}`), name: 'kind' }, el('option', { value: 'text' }, 'Text'), el('option', { value: 'product' }, 'Product'));
      const text = el('input', { id: id(`text-${n}`), name: 'label', maxLength: 120, value: option.productId ? '' : option.label });
      const product = el('select', { id: id(`product-${n}`), name: 'productId' }, ...[...products].map(([value, title]) => el('option', { value }, title)));
      if (option.productId && !products.has(option.productId)) product.prepend(el('option', { value: option.productId }, option.label));
      const remove = el('button', { type: 'button', className: 'remove' }, 'Remove');
      const row = el('li', { className: 'option-row' },
        el('label', { htmlFor: kind.id, className: 'option-name' }),
        kind,
        el('label', { htmlFor: text.id, className: 'visually-hidden' }),
        text,
        el('label', { htmlFor: product.id, className: 'visually-hidden' }),
        product,
        remove,
      );
      row.dataset.optionId = option.id ?? '';
      kind.value = option.productId ? 'product' : 'text';
      if (option.productId) product.value = option.productId;
      const showKind = () => {
        text.hidden = kind.value !== 'text';
        text.required = kind.value === 'text';
        product.hidden = kind.value !== 'product';
        product.required = kind.value === 'product';
      };
      kind.addEventListener('change', showKind);
      showKind();
      remove.addEventListener('click', () => {
        const to = row.nextElementSibling ?? row.previousElementSibling;
        row.remove();
        renumber();
        to.querySelector('select').focus();
      });
      return row;
    }

    /** Labels say which option they belong to ("Option 2 text"), and the count limits add and remove. */
    function renumber() {
      [...rows.children].forEach((row, index) => {
        const [name, , textLabel, , productLabel, , remove] = row.children;
        name.textContent = `Option ${index + 1}`;
        textLabel.textContent = `Option ${index + 1} text`;
        productLabel.textContent = `Option ${index + 1} product`;
        remove.ariaLabel = `Remove option ${index + 1}`;
        remove.disabled = rows.children.length <= MIN_OPTIONS;
      });
      add.disabled = rows.children.length >= MAX_OPTIONS;
    }

    add.addEventListener('click', () => {
      rows.append(optionRow());
      renumber();
      rows.lastElementChild.querySelector('select').focus();
    });

    function open(poll, from) {
      editing = poll;
      returnTo = from;
      warned = '';
      warning.textContent = '';
      legend.textContent = poll ? `Edit poll: ${poll.question}` : 'New poll';
      save.textContent = poll ? 'Save poll' : 'Create poll';
      question.value = poll?.question ?? '';
      closes.value = localInput(poll?.closesAt);
      rows.replaceChildren(...(poll?.options ?? [undefined, undefined]).map((option) => optionRow(option)));
      renumber();
      element.hidden = false;
      question.focus();
    }

    function close() {
      element.hidden = true;
      editing = undefined;
      (returnTo?.isConnected ? returnTo : create).focus();
    }

    cancel.addEventListener('click', close);

    /** The draft the API takes: options keep their ids, so their votes stay. */
    function draft() {
      const options = [...rows.children].map((row) => {
        const [, kind, , text, , product] = row.children;
        const optionId = row.dataset.optionId ? { id: row.dataset.optionId } : {};
        return kind.value === 'product' ? { ...optionId, productId: product.value } : { ...optionId, label: text.value.trim() };
      });
      return { question: question.value.trim(), options, closesAt: closes.value ? new Date(closes.value).toISOString() : null };
    }

    element.addEventListener('submit', async (event) => {
      event.preventDefault();
      const body = draft();
      // Dropping votes needs saying, and a second save to confirm it.
      const dropped = editing ? droppedBy(editing, body.options.map((option) => ({ ...option, label: option.label ?? '' }))) : [];
      const lost = dropped.map((option) => `${option.label} (${votes(option.votes)})`).join(', ');
      if (lost && lost !== warned) {
        warned = lost;
        warning.textContent = `Saving drops the votes of options removed or changed: ${lost}. Those shoppers may vote again. Save again to confirm.`;
        return;
      }
      try {
        const saved = editing
          ? await api.send('PUT', `polls/${encodeURIComponent(editing.id)}`, body)
          : await api.send('POST', 'polls', body);
        const verb = editing ? 'Saved' : 'Created';
        element.hidden = true;
        editing = undefined;
        show(saved);
        api.announce(`${verb} the poll "${saved.question}".`);
      } catch (error) {
        failure('save the poll', error);
      }
    });

    return { element, open };
  }

  create.addEventListener('click', () => form.open(undefined, create));
  refresh.addEventListener('click', () => loadPage().then(() => api.announce(`${many(polls.size, 'poll')}, votes as of now.`), (error) => failure('refresh the polls', error)));
  more.addEventListener('click', () => loadPage(next).catch((error) => failure('load more polls', error)));

  return Promise.all([loadPage(), loadCatalog()]).catch((error) => failure('load the polls', error));
}
