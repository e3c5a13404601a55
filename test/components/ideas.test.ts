import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/ideas/ideas.js';
import type { ScIdeas } from '../../src/components/ideas/ideas.component.js';
import type { Adapter, Idea, IdeasApi } from '../../src/core/adapter.js';
import { configure } from '../../src/core/config.js';
import { RefusedError } from '../../src/core/errors.js';
import { LocalAdapter } from '../../src/adapters/local/local-adapter.js';
import { RestAdapter } from '../../src/adapters/rest/rest-adapter.js';
import { sectionOf } from '../../src/adapters/sections.js';
import { randomKey } from '../../src/checkout/random-key.js';
import { newSite, setApiMode, takeRequests } from '../support/api.js';

let sites = 0;

/** A LocalAdapter site whose board `b` holds ideas with these titles, oldest first. */
async function localBoard(titles: string[] = []): Promise<{ adapter: LocalAdapter; ideas: IdeasApi; site: string }> {
  const site = `ideas-${Date.now()}-${sites++}`;
  const adapter = new LocalAdapter(site);
  const ideas = await sectionOf(adapter, 'ideas');
  for (const title of titles) await ideas.create('b', { title, text: `About ${title}`, author: 'Ann' }, randomKey());
  configure({ adapter, site, locale: undefined, userToken: undefined });
  return { adapter, ideas, site };
}

/** The board's view once loaded, and its parts. */
const view = (el: ScIdeas) => el.shadowRoot!.querySelector('sc-ideas-view')!;
const inView = <E extends Element = HTMLElement>(el: ScIdeas, selector: string) => view(el).shadowRoot!.querySelector<E>(selector)!;
const allInView = <E extends Element = HTMLElement>(el: ScIdeas, selector: string) => [...view(el).shadowRoot!.querySelectorAll<E>(selector)];
const titles = (el: ScIdeas) => allInView(el, '.title').map((title) => title.textContent);
const ready = (el: ScIdeas) => waitUntil(() => view(el)?.shadowRoot?.querySelector('[part=list]:not([aria-busy=true])'), 'the board never loaded', { timeout: 5000 });
const voteButton = (el: ScIdeas, index = 0) => allInView<HTMLButtonElement>(el, '[part~=vote]')[index]!;
const counts = (el: ScIdeas) => allInView(el, '[part=count]').map((count) => count.textContent);
const button = (el: ScIdeas, text: string) => allInView<HTMLButtonElement>(el, 'button').find((candidate) => candidate.textContent!.trim().startsWith(text))!;
const type = (field: HTMLInputElement | HTMLTextAreaElement, value: string) => ((field.value = value), field.dispatchEvent(new Event('input')));
const statusText = (el: ScIdeas) => inView(el, '[role=status]').textContent!.trim();
const alertText = (el: ScIdeas) => inView(el, 'p[role=alert]').textContent!.trim();

/** The reference server's API for one site, as another browser (or the shop's server) calls it. */
function serverApi(endpoint: string, site: string) {
  const base = `${endpoint}/v1/sites/${site}/`;
  const send = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const answer = await fetch(base + path, { method, headers: { 'Content-Type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
    return answer.json();
  };
  const visitor = async () => ({ 'X-Visitor-Token': (await send('POST', 'visitors')).token as string });
  return { send, visitor, post: async (title: string) => (await send('POST', 'boards/b/ideas', { title, author: 'Bo' }, await visitor())) as Idea };
}

describe('<sc-ideas>', () => {
  beforeEach(async () => {
    localStorage.clear();
    await setApiMode({ mode: 'up' });
  });

  it('reserves its height, loads nothing far below the fold, and one request lists the board once near', async () => {
    const { endpoint, site } = await newSite();
    const other = serverApi(endpoint, site);
    for (const title of ['One', 'Two', 'Three']) await other.post(title);
    configure({ adapter: new RestAdapter({ endpoint, site }), site, locale: undefined, userToken: undefined });
    await takeRequests();
    const page = await fixture(html`<div><div style="height: 400vh"></div><sc-ideas board="b"></sc-ideas></div>`);
    const el = page.querySelector('sc-ideas')!;
    expect(el.getBoundingClientRect().height).to.be.greaterThan(200);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await takeRequests()).to.deep.equal([]);
    expect(view(el)).to.equal(null);
    el.scrollIntoView();
    await ready(el);
    expect(titles(el)).to.have.members(['One', 'Two', 'Three']);
    expect(await takeRequests()).to.deep.equal([`GET /v1/sites/${site}/boards/b/ideas?sort=top&limit=10`]);
  });

  it('posts an idea from a draft that survives a reload, shows it first and fires sc-idea-submit', async () => {
    await localBoard(['Older']);
    let el = await fixture<ScIdeas>(html`<sc-ideas board="b"></sc-ideas>`);
    await ready(el);
    type(inView(el, 'input[name=title]'), 'Gift wrap');
    type(inView(el, 'textarea[name=text]'), 'With a ribbon');
    type(inView(el, 'input[name=author]'), 'Cas');
    el.remove();
    // A reload: a new element finds the draft where the person left it.
    el = await fixture<ScIdeas>(html`<sc-ideas board="b"></sc-ideas>`);
    await ready(el);
    expect([inView<HTMLInputElement>(el, 'input[name=title]').value, inView<HTMLTextAreaElement>(el, 'textarea').value, inView<HTMLInputElement>(el, 'input[name=author]').value]).to.deep.equal(['Gift wrap', 'With a ribbon', 'Cas']);
    const submitted = oneEvent(el, 'sc-idea-submit');
    button(el, 'Post idea').click();
    const { detail } = await submitted;
    expect([detail.boardId, detail.idea.title, detail.idea.author, detail.idea.status]).to.deep.equal(['b', 'Gift wrap', 'Cas', 'new']);
    await waitUntil(() => titles(el)[0] === 'Gift wrap', 'the new idea is not shown first');
    expect(statusText(el)).to.equal('Thank you! Your idea is on the board.');
    expect(inView<HTMLInputElement>(el, 'input[name=title]').value).to.equal('');
    expect(Object.keys(localStorage).filter((key) => key.includes('idea-draft'))).to.deep.equal([]);
  });

  it('votes with aria-pressed at once, fires sc-idea-vote, and takes the vote back', async () => {
    await localBoard(['Gift wrap']);
    const el = await fixture<ScIdeas>(html`<sc-ideas board="b"></sc-ideas>`);
    await ready(el);
    await waitUntil(() => !voteButton(el).disabled, 'votes not ready');
    expect(voteButton(el).getAttribute('aria-label')).to.equal('Vote: Gift wrap');
    const voted = oneEvent(el, 'sc-idea-vote');
    voteButton(el).click();
    expect((await voted).detail).to.deep.include({ boardId: 'b', voted: true });
    await view(el).updateComplete;
    expect([voteButton(el).getAttribute('aria-pressed'), counts(el)[0]]).to.deep.equal(['true', '1 vote']);
    voteButton(el).click();
    await waitUntil(() => counts(el)[0] === '0 votes', 'the vote was not taken back');
    expect(voteButton(el).getAttribute('aria-pressed')).to.equal('false');
  });

  it('undoes a vote the backend refuses, says so in role=alert and fires sc-error', async () => {
    const { adapter, ideas } = await localBoard(['Gift wrap']);
    const refusing: Adapter = { likes: adapter.likes, ideas: { ...ideas, vote: () => Promise.reject(new RefusedError('No', 409, 'idea_closed')) } };
    configure({ adapter: refusing });
    const el = await fixture<ScIdeas>(html`<sc-ideas board="b"></sc-ideas>`);
    await ready(el);
    await waitUntil(() => !voteButton(el).disabled, 'votes not ready');
    const failed = oneEvent(el, 'sc-error');
    voteButton(el).click();
    expect((await failed).detail).to.deep.include({ code: 'conflict', reason: 'idea_closed' });
    await waitUntil(() => voteButton(el).getAttribute('aria-pressed') === 'false' && alertText(el) !== '', 'not undone and said');
    expect(counts(el)[0]).to.equal('0 votes');
  });

  it('on the server: shows the shop\'s status and note, filters by status, sorts, and lists what was launched', async () => {
    const { endpoint, site, secret } = await newSite();
    const other = serverApi(endpoint, site);
    const [wrap, night, pickup] = [await other.post('Gift wrap'), await other.post('Night delivery'), await other.post('Pickup')];
    await other.send('PUT', `ideas/${night.id}/vote`, undefined, await other.visitor());
    const shop = { Authorization: `Bearer ${secret}` };
    await other.send('PUT', `ideas/${wrap.id}/status`, { status: 'planned', note: 'In the spring range.' }, shop);
    await other.send('PUT', `ideas/${pickup.id}/status`, { status: 'done', note: 'In every shop now.' }, shop);
    configure({ adapter: new RestAdapter({ endpoint, site }), site, locale: undefined, userToken: undefined });
    const el = await fixture<ScIdeas>(html`<sc-ideas board="b"></sc-ideas>`);
    await ready(el);
    expect(titles(el)).to.deep.equal(['Night delivery', 'Pickup', 'Gift wrap']);
    const planned = allInView(el, '[part=idea]')[2]!;
    expect(planned.querySelector('[part~=status]')!.textContent).to.equal('Planned');
    expect(planned.querySelector('[part~=status]')!.getAttribute('part')).to.equal('status planned');
    expect(planned.querySelector('[part=note]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('In the spring range. The shop');
    const [filter, sort] = allInView<HTMLSelectElement>(el, 'select');
    sort!.value = 'new';
    sort!.dispatchEvent(new Event('change'));
    await waitUntil(() => titles(el)[0] === 'Pickup', 'not sorted newest first');
    filter!.value = 'planned';
    filter!.dispatchEvent(new Event('change'));
    await waitUntil(() => titles(el).length === 1, 'not filtered');
    expect(titles(el)).to.deep.equal(['Gift wrap']);
    button(el, 'Launched').click();
    await waitUntil(() => titles(el)[0] === 'Pickup' && titles(el).length === 1, 'no done list');
    expect(button(el, 'Launched').getAttribute('aria-pressed')).to.equal('true');
  });

  it('on the server, live: a vote, a comment and a status from elsewhere show without a reload', async () => {
    const { endpoint, site, secret } = await newSite();
    const other = serverApi(endpoint, site);
    const idea = await other.post('Gift wrap');
    configure({ adapter: new RestAdapter({ endpoint, site, live: true }), site, locale: undefined, userToken: undefined });
    const el = await fixture<ScIdeas>(html`<sc-ideas board="b"></sc-ideas>`);
    await ready(el);
    expect(counts(el)).to.deep.equal(['0 votes']);
    // The stream opens after the first read: wait until the server has it.
    await waitUntil(async () => (await takeRequests()).some((line) => line.includes('/events?')), 'no event stream');
    await other.send('PUT', `ideas/${idea.id}/vote`, undefined, await other.visitor());
    await waitUntil(() => counts(el)[0] === '1 vote', 'the vote never came', { timeout: 5000 });
    await other.send('POST', `ideas/${idea.id}/comments`, { text: 'Yes please', author: 'Di' }, await other.visitor());
    await waitUntil(() => button(el, '1 comment'), 'the comment count never came', { timeout: 5000 });
    await other.send('PUT', `ideas/${idea.id}/status`, { status: 'planned', note: 'Soon.' }, { Authorization: `Bearer ${secret}` });
    await waitUntil(() => inView(el, '[part~=status]').textContent === 'Planned', 'the status never came', { timeout: 5000 });
    expect(inView(el, '[part=note]').textContent).to.contain('Soon.');
  });

  it('opens an idea\'s comments, posts one, and counts it', async () => {
    await localBoard(['Gift wrap']);
    const el = await fixture<ScIdeas>(html`<sc-ideas board="b"></sc-ideas>`);
    await ready(el);
    const toggle = button(el, '0 comments');
    toggle.click();
    await waitUntil(() => allInView(el, '[part=comments] textarea').length === 1, 'comments never opened');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(inView(el, '[part=comments]').textContent).to.contain('No comments yet.');
    inView<HTMLTextAreaElement>(el, '[part=comments] textarea').value = 'Yes please';
    inView<HTMLInputElement>(el, '[part=comments] input[name=author]').value = 'Di';
    const commented = oneEvent(el, 'sc-idea-comment');
    button(el, 'Send comment').click();
    expect((await commented).detail.comment.text).to.equal('Yes please');
    await waitUntil(() => allInView(el, '[part=comment]').length === 1, 'the comment is not shown');
    expect(button(el, '1 comment')).to.exist;
  });

  it('speaks the page\'s language: Dutch with lang="nl"', async () => {
    await localBoard(['Cadeaupapier']);
    const el = await fixture<ScIdeas>(html`<sc-ideas board="b" lang="nl"></sc-ideas>`);
    await ready(el);
    await waitUntil(() => button(el, 'Idee plaatsen'), 'not in Dutch');
    expect(counts(el)).to.deep.equal(['0 stemmen']);
    expect(inView(el, '[part~=status]').textContent).to.equal('Nieuw');
  });
});
