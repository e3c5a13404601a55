import { el, uniqueId, when } from './dom.js';

/**
 * The team: who answers for the shop, with what scopes; add a member (their credential is
 * shown here once, to hand over) and revoke one. For members with the `team` scope.
 */

/** Each scope and what it lets a member do, in the order the form offers them. */
export const scopes = {
  answer: 'answer questions, reviews and ideas',
  moderate: 'approve and hide reviews',
  catalog: 'change products, prices, stock, polls and coupon campaigns',
  insights: 'see how fast the shop answers',
  team: 'add and revoke team members',
  till: 'redeem coupons at the till',
};

function memberItem(member, api, self, removed) {
  const item = el(
    'li',
    { className: 'member' },
    el('h3', { tabIndex: -1 }, `${member.name}, ${member.role}`),
    el('p', { className: 'meta' }, `Scopes: ${member.scopes.join(', ')} · added ${when(member.createdAt)}${member.id === self ? ' · you' : ''}`),
  );
  // Not one's own: a member who revoked themselves would be locked out mid-session.
  if (member.id === self) return item;
  const revoke = el('button', { type: 'button', className: 'hide', ariaLabel: `Revoke ${member.name}'s credential` }, 'Revoke');
  revoke.addEventListener('click', async () => {
    try {
      await api.send('DELETE', `members/${encodeURIComponent(member.id)}`);
    } catch (error) {
      return api.fail(`revoke ${member.name}`, error);
    }
    api.announce(`Revoked ${member.name}'s credential: it no longer works.`);
    removed(item);
  });
  item.append(revoke);
  return item;
}

/** Fills `section`: the members of the site, and the form that adds one. `self`: the signed-in member's id. */
export async function mountTeam(section, api, self) {
  const list = el('ul', { className: 'items' });
  const heading = section.querySelector('h2');
  const removed = (item) => {
    (item.nextElementSibling ?? item.previousElementSibling)?.querySelector('h3')?.focus() ?? heading.focus();
    item.remove();
  };
  const { members } = await api.send('GET', 'members');
  list.append(...members.map((member) => memberItem(member, api, self, removed)));

  const id = uniqueId('member');
  const shown = el('div', { className: 'credential', hidden: true, tabIndex: -1 });
  const form = el(
    'form',
    { className: 'add-member' },
    el('h3', {}, 'Add a member'),
    el('label', { htmlFor: `${id}-name` }, 'Name'),
    el('input', { id: `${id}-name`, name: 'name', required: true, maxLength: 60, autocomplete: 'off' }),
    el('label', { htmlFor: `${id}-role` }, 'Role, as shoppers read it'),
    el('input', { id: `${id}-role`, name: 'role', required: true, maxLength: 60, placeholder: 'webcare team', autocomplete: 'off' }),
    el('fieldset', {},
      el('legend', {}, 'Scopes'),
      ...Object.entries(scopes).map(([scope, does]) =>
        el('span', { className: 'check' },
          el('input', { type: 'checkbox', id: `${id}-${scope}`, name: 'scopes', value: scope, checked: scope === 'answer' }),
          el('label', { htmlFor: `${id}-${scope}` }, `${scope}: ${does}`),
        ),
      ),
    ),
    el('button', { type: 'submit' }, 'Add member'),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const draft = { name: String(data.get('name')).trim(), role: String(data.get('role')).trim(), scopes: data.getAll('scopes') };
    if (!draft.scopes.length) return api.announce('Choose at least one scope.');
    let added;
    try {
      added = await api.send('POST', 'members', draft);
    } catch (error) {
      return api.fail(`add ${draft.name}`, error);
    }
    list.append(memberItem(added.member, api, self, removed));
    form.reset();
    shown.replaceChildren(
      el('p', {}, `${added.member.name}'s credential, shown this once. Give it to them in person or through your password manager; they sign in with it here.`),
      el('code', {}, added.credential),
    );
    shown.hidden = false;
    shown.focus();
    api.announce(`Added ${added.member.name}. Their credential is shown below, this once.`);
  });
  section.append(el('p', { className: 'hint' }, 'Everyone who answers for the shop, each with a credential of their own.'), list, form, shown);
}
