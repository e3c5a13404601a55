import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/ideas/ideas.js';
import type { ScIdeas } from '../../src/components/ideas/ideas.component.js';
import type { Idea } from '../../src/core/adapter.js';
import { configure } from '../../src/core/config.js';
import { LocalAdapter } from '../../src/adapters/local/local-adapter.js';
import { deepActiveElement } from '../support/ax-tree.js';
import { forcedColors } from '../support/browser.js';

let sites = 0;

/** A board kept in this browser with a planned idea, signed by a team member, and a new one. */
function useBoard(): void {
  const site = `ideas-a11y-${sites++}`;
  const idea = (id: string, title: string, extra: Partial<Idea> = {}): Idea => ({
    id, boardId: 'b', title, text: `About ${title}`, author: 'Ann', status: 'new', votes: 2, voted: false, comments: 0, createdAt: new Date().toISOString(), ...extra,
  });
  const ideas = [
    idea('i1', 'Gift wrap', { status: 'planned', note: { status: 'planned', text: 'In the spring range.', by: { name: 'Carolien', role: 'webcare team' }, at: new Date().toISOString() } }),
    idea('i2', 'Night delivery', { votes: 1 }),
  ];
  localStorage.setItem(`sc-widgets:${site}:ideas`, JSON.stringify({ ideas, comments: [] }));
  configure({ adapter: new LocalAdapter(site), site, locale: undefined, userToken: undefined });
}

const view = (el: ScIdeas) => el.shadowRoot!.querySelector('sc-ideas-view')!;
const all = <E extends Element = HTMLElement>(el: ScIdeas, selector: string) => [...view(el).shadowRoot!.querySelectorAll<E>(selector)];
const ready = async (el: ScIdeas) => {
  await waitUntil(() => view(el)?.shadowRoot?.querySelector('ol[part=list]'), 'the board never loaded');
  await waitUntil(() => all<HTMLButtonElement>(el, '[part~=vote]').every((vote) => !vote.disabled), 'votes not ready');
};

describe('<sc-ideas> as a screen reader, a keyboard and a contrast theme use it', () => {
  beforeEach(() => localStorage.clear());

  it('passes axe with a signed note and open comments, each control named', async () => {
    useBoard();
    const el = await fixture<ScIdeas>(html`<sc-ideas board="b"></sc-ideas>`);
    await ready(el);
    expect(all(el, '[part=note]')[0]!.textContent).to.contain('Carolien, webcare team');
    all<HTMLButtonElement>(el, '[aria-expanded]')[0]!.click();
    await waitUntil(() => all(el, '[part=comments] textarea').length, 'comments never opened');
    await expect(el).to.be.accessible();
    expect(all(el, '[part~=vote]').map((vote) => vote.getAttribute('aria-label'))).to.deep.equal(['Vote: Gift wrap', 'Vote: Night delivery']);
    expect(all(el, 'article').map((article) => view(el).shadowRoot!.getElementById(article.getAttribute('aria-labelledby')!)!.textContent)).to.deep.equal(['Gift wrap', 'Night delivery']);
  });

  it('is used by keyboard alone: Tab reaches the first vote button and Space votes', async () => {
    useBoard();
    const el = await fixture<ScIdeas>(html`<sc-ideas board="b"></sc-ideas>`);
    await ready(el);
    // From the last field before the list (the status filter's and sort's selects), Tab goes to the first vote.
    const [, sort] = all<HTMLSelectElement>(el, 'select');
    sort!.focus();
    await sendKeys({ press: 'Tab' });
    const first = all<HTMLButtonElement>(el, '[part~=vote]')[0]!;
    expect(deepActiveElement()).to.equal(first);
    await sendKeys({ press: 'Space' });
    await waitUntil(() => first.getAttribute('aria-pressed') === 'true', 'Space did not vote');
    expect(all(el, '[part=count]')[0]!.textContent).to.equal('3 votes');
  });

  it('tells a voted button by shape as well as colour, and as selected in forced colours', async () => {
    useBoard();
    const el = await fixture<ScIdeas>(html`<sc-ideas board="b"></sc-ideas>`);
    await ready(el);
    const [voted, other] = all<HTMLButtonElement>(el, '[part~=vote]');
    voted!.click();
    await waitUntil(() => voted!.getAttribute('aria-pressed') === 'true', 'not voted');
    expect(getComputedStyle(voted!).boxShadow).to.include('inset');
    expect(getComputedStyle(other!).boxShadow).to.equal('none');
    await forcedColors('active');
    try {
      expect(getComputedStyle(voted!).forcedColorAdjust).to.equal('none');
      expect(getComputedStyle(voted!).backgroundColor).not.to.equal(getComputedStyle(other!).backgroundColor);
    } finally {
      await forcedColors('none');
    }
  });

  it('can be themed: a page\'s ::part rule and custom property reach the view', async () => {
    useBoard();
    const page = await fixture(html`<div>
      <style>
        .themed sc-ideas::part(idea) { background: rgb(1, 2, 3); }
        .themed sc-ideas { --sc-ideas-note-color: rgb(4, 5, 6); }
      </style>
      <div class="themed"><sc-ideas board="b"></sc-ideas></div>
    </div>`);
    const el = page.querySelector<ScIdeas>('sc-ideas')!;
    await ready(el);
    expect(getComputedStyle(all(el, '[part=idea]')[0]!).backgroundColor).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(all(el, '[part=note]')[0]!).borderInlineStartColor).to.equal('rgb(4, 5, 6)');
  });
});
