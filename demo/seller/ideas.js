/**
 * The seller console's ideas: every board's ideas by status, oldest first, each with its
 * votes, comments and the shop's last note; a team member sets a status with a note (signed
 * with their name and role by the server) or hides an idea. `inboxItems` gives the console's
 * one inbox the new ideas. Ideas are whatever visitors typed: rendered with textContent only.
 *
 * `api` is the console shell's: `send(method, path, body?)` relative to the site, with the
 * member's credential, rejecting with an Error that has `code` and `status`; `announce(text)`.
 */

import { el } from './dom.js';

export const STATUS_LABELS = { new: 'New', under_review: 'Under review', planned: 'Planned', done: 'Done', declined: 'Declined' };

let forms = 0;

/** What the shop last said on an idea, signed: "Planned: In spring. (Carolien, webcare team)". */
function noteText(note) {
  const by = note.by ? `${note.by.name}, ${note.by.role}` : 'the shop';
  return `${STATUS_LABELS[note.status]}${note.text ? `: ${note.text}` : ''} (${by})`;
}

/**
 * One idea as a team member works on it: what it says and how it stands, a status with a
 * note, and hide or show. `changed(idea)` hears the idea as the server answered a change.
 */
export function ideaElement(idea, api, changed = () => {}) {
  const id = `idea-${++forms}`;
  const item = el('article', { className: 'idea' });
  const heading = el('h3', { id: `${id}-title`, tabIndex: -1 }, idea.title);
  item.setAttribute('aria-labelledby', heading.id);
  const status = el('select', { id: `${id}-status`, name: 'status' }, ...Object.entries(STATUS_LABELS).map(([value, label]) => el('option', { value, selected: value === idea.status }, label)));
  const note = el('textarea', { id: `${id}-note`, name: 'note', maxLength: 2000, rows: 2 });
  const hide = el('button', { type: 'button', className: 'hide' }, idea.hidden ? 'Show again' : 'Hide');
  hide.setAttribute('aria-label', `${idea.hidden ? 'Show again' : 'Hide'}: ${idea.title}`);
  const form = el(
    'form',
    { className: 'status' },
    el('label', { htmlFor: status.id }, 'Status'),
    status,
    el('label', { htmlFor: note.id }, 'Note, shown with the status'),
    note,
    el('button', { type: 'submit' }, 'Set status'),
  );
  form.querySelector('button').setAttribute('aria-label', `Set status: ${idea.title}`);
  item.append(
    heading,
    el('p', { className: 'meta' }, `${idea.author} · board ${idea.boardId} · ${idea.votes} ${idea.votes === 1 ? 'vote' : 'votes'} · ${idea.comments} ${idea.comments === 1 ? 'comment' : 'comments'} · ${new Date(idea.createdAt).toLocaleString()}${idea.hidden ? ' · hidden' : ''}`),
    idea.text ? el('p', { className: 'text', lang: idea.locale ?? '' }, idea.text) : '',
    idea.note ? el('p', { className: 'note' }, noteText(idea.note)) : '',
    form,
    hide,
  );
  const replace = (next) => {
    const fresh = ideaElement(next, api, changed);
    item.replaceWith(fresh);
    changed(next);
    return fresh;
  };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const next = await api.send('PUT', `ideas/${encodeURIComponent(idea.id)}/status`, { status: status.value, note: note.value });
      replace(next).querySelector('h3').focus();
      api.announce(`“${idea.title}” is now ${STATUS_LABELS[next.status].toLowerCase()}.`);
    } catch (error) {
      api.announce(`The status of “${idea.title}” was not saved: ${error.message}`);
    }
  });
  hide.addEventListener('click', async () => {
    try {
      const next = await api.send('PATCH', `ideas/${encodeURIComponent(idea.id)}`, { hidden: !idea.hidden });
      replace(next).querySelector('.hide').focus();
      api.announce(`“${idea.title}” is ${next.hidden ? 'hidden from the board' : 'on the board again'}.`);
    } catch (error) {
      api.announce(error.status === 403 ? 'Hiding ideas needs the moderate role.' : `“${idea.title}” was not changed: ${error.message}`);
    }
  });
  return item;
}

/** New ideas for the console's one inbox, oldest first: what no one has given a status yet. */
export async function inboxItems(api) {
  const { ideas } = await api.send('GET', 'ideas?status=new&limit=100');
  return ideas.filter((idea) => !idea.hidden).map((idea) => ({ kind: 'idea', id: idea.id, createdAt: idea.createdAt, element: ideaElement(idea, api) }));
}

/** The ideas section: a status to list (new first), the ideas oldest first, more on demand. */
export function mount(section, api) {
  const heading = el('h2', { id: 'ideas-heading', tabIndex: -1 }, 'Ideas');
  const filter = el('select', { id: 'ideas-filter' }, el('option', { value: '' }, 'Every status'), ...Object.entries(STATUS_LABELS).map(([value, label]) => el('option', { value, selected: value === 'new' }, label)));
  const list = el('ol', { className: 'ideas' });
  const more = el('button', { type: 'button', hidden: true }, 'More ideas');
  const count = el('span');
  section.setAttribute('aria-labelledby', heading.id);
  heading.append(' ', count);
  section.append(heading, el('p', { className: 'hint' }, 'Ideas customers posted on your boards. Give each a status with a note: customers see it, signed with your name and role.'), el('label', { htmlFor: filter.id }, 'Show'), filter, list, more);
  let next;

  async function load(append = false) {
    const query = `${filter.value ? `status=${filter.value}&` : ''}limit=20${append && next ? `&cursor=${encodeURIComponent(next)}` : ''}`;
    try {
      const page = await api.send('GET', `ideas?${query}`);
      if (!append) list.replaceChildren();
      list.append(...page.ideas.map((idea) => el('li', {}, ideaElement(idea, api))));
      count.textContent = `(${page.total})`;
      next = page.next;
      more.hidden = !next;
    } catch (error) {
      api.announce(`Ideas did not load: ${error.message}`);
    }
  }
  filter.addEventListener('change', () => load());
  more.addEventListener('click', () => load(true));
  return load();
}
