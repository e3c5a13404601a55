import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { newMember, newSite, takeRequests } from '../support/api.js';
import { consoleApi, type ConsoleApi } from '../support/console-api.js';

/** demo/seller/ideas.js, the seller console's ideas module, mounted as the console shell mounts it, against the real server. */

interface IdeasModule {
  mount(section: HTMLElement, api: ConsoleApi): Promise<void>;
  inboxItems(api: ConsoleApi): Promise<{ kind: string; id: string; createdAt: string; element: HTMLElement }[]>;
}
// From the demo folder as the page loads it: plain JavaScript, no build step.
const load = () => import(/* @vite-ignore */ `${'/demo/seller/ideas.js'}`) as Promise<IdeasModule>;


/** Ideas posted by visitors of `site`, oldest first. */
async function post(endpoint: string, site: string, ...titles: string[]) {
  const base = `${endpoint}/v1/sites/${site}/`;
  const ideas = [];
  for (const title of titles) {
    const { token } = await (await fetch(`${base}visitors`, { method: 'POST' })).json();
    const answer = await fetch(`${base}boards/roadmap/ideas`, { method: 'POST', headers: { 'X-Visitor-Token': token, 'Content-Type': 'application/json' }, body: JSON.stringify({ title, text: `<img src=x onerror="parent.hacked=1"> ${title}`, author: 'Kim' }) });
    ideas.push(await answer.json());
  }
  return ideas;
}

const byLabel = <E extends HTMLElement>(root: ParentNode, selector: string, label: string) => [...root.querySelectorAll<E>(selector)].find((element) => element.getAttribute('aria-label') === label)!;

describe('demo/seller/ideas.js', () => {
  it('gives the inbox the new ideas oldest first, in one request, text as text', async () => {
    const { endpoint, site } = await newSite();
    const [older, newer] = await post(endpoint, site, 'Gift wrap', 'Night delivery');
    const api = consoleApi(endpoint, site, await newMember({ site, name: 'Carolien', role: 'webcare team', scopes: ['answer'] }));
    const { inboxItems } = await load();
    await takeRequests();
    const items = await inboxItems(api);
    expect(await takeRequests()).to.deep.equal([`GET /v1/sites/${site}/ideas?status=new&limit=100`]);
    expect(items.map(({ kind, id, createdAt }) => ({ kind, id, createdAt }))).to.deep.equal([
      { kind: 'idea', id: older.id, createdAt: older.createdAt },
      { kind: 'idea', id: newer.id, createdAt: newer.createdAt },
    ]);
    const [first] = items;
    expect(first!.element.querySelector('h3')!.textContent).to.equal('Gift wrap');
    expect(first!.element.textContent).to.contain('<img src=x onerror="parent.hacked=1"> Gift wrap');
    expect(first!.element.querySelector('img')).to.equal(null);
  });

  it('sets a status with a note, signed with the member\'s name and role, as the board then shows it', async () => {
    const { endpoint, site } = await newSite();
    const [idea] = await post(endpoint, site, 'Gift wrap');
    const api = consoleApi(endpoint, site, await newMember({ site, name: 'Carolien', role: 'webcare team', scopes: ['answer'] }));
    const section = await fixture<HTMLElement>(html`<section></section>`);
    const { mount } = await load();
    await mount(section, api);
    expect(section.querySelector('h2')!.textContent).to.equal('Ideas (1)');
    await expect(section).to.be.accessible();
    section.querySelector<HTMLSelectElement>('select[name=status]')!.value = 'planned';
    section.querySelector<HTMLTextAreaElement>('textarea[name=note]')!.value = 'In the spring range.';
    byLabel(section, 'button', 'Set status: Gift wrap').click();
    await waitUntil(() => api.said.length, 'nothing said');
    expect(api.said).to.deep.equal(['“Gift wrap” is now planned.']);
    expect(section.querySelector('.note')!.textContent).to.equal('Planned: In the spring range. (Carolien, webcare team)');
    // The focus stays on the idea, now drawn anew.
    expect(document.activeElement).to.equal(section.querySelector('h3'));
    const board = await (await fetch(`${endpoint}/v1/sites/${site}/boards/roadmap/ideas`)).json();
    expect(board.ideas[0].note).to.deep.include({ status: 'planned', text: 'In the spring range.', by: { name: 'Carolien', role: 'webcare team' } });
    expect(board.ideas[0].id).to.equal(idea.id);
  });

  it('hides an idea with the moderate role, and says the role is missing without it', async () => {
    const { endpoint, site } = await newSite();
    await post(endpoint, site, 'Spam', 'Real');
    const answerer = consoleApi(endpoint, site, await newMember({ site, name: 'Ann', role: 'webcare', scopes: ['answer'] }));
    const moderator = consoleApi(endpoint, site, await newMember({ site, name: 'Mo', role: 'moderator', scopes: ['answer', 'moderate'] }));
    const { mount } = await load();
    const refused = await fixture<HTMLElement>(html`<section></section>`);
    await mount(refused, answerer);
    byLabel(refused, 'button', 'Hide: Spam').click();
    await waitUntil(() => answerer.said.length, 'nothing said');
    expect(answerer.said).to.deep.equal(['Hiding ideas needs the moderate role.']);
    const section = await fixture<HTMLElement>(html`<section></section>`);
    await mount(section, moderator);
    byLabel(section, 'button', 'Hide: Spam').click();
    await waitUntil(() => moderator.said.length, 'nothing said');
    expect(moderator.said).to.deep.equal(['“Spam” is hidden from the board.']);
    expect(byLabel(section, 'button', 'Show again: Spam')).to.exist;
    const board = await (await fetch(`${endpoint}/v1/sites/${site}/boards/roadmap/ideas`)).json();
    expect(board.ideas.map((idea: { title: string }) => idea.title)).to.deep.equal(['Real']);
  });
});
