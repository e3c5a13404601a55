import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/components/poll/poll.js';
import type { ScPoll } from '../../src/components/poll/poll.component.js';
import { LocalAdapter } from '../../src/adapters/local/local-adapter.js';
import type { PollState } from '../../src/core/adapter.js';
import { configure } from '../../src/core/config.js';
import { deepActiveElement, spokenTree } from '../support/ax-tree.js';
import { forcedColors } from '../support/browser.js';

let sites = 0;

/** A poll of three colours, kept in this browser by LocalAdapter. */
function usePoll(): void {
  const poll: PollState = {
    id: 'colours',
    kind: 'poll',
    question: 'Which colour?',
    options: ['Red', 'Green', 'Blue'].map((label, index) => ({ id: `o${index}`, label, votes: index })),
    closed: false,
  };
  const site = `poll-a11y-${sites++}`;
  localStorage.setItem(`sc-widgets:${site}:polls`, JSON.stringify({ [poll.id]: poll }));
  configure({ adapter: new LocalAdapter(site), site, locale: undefined });
}

const radio = (el: ScPoll, name: string) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role=radio]')].find((option) => option.querySelector('[part=label]')!.textContent === name)!;
const description = (option: HTMLElement) => option.getRootNode() instanceof ShadowRoot && (option.getRootNode() as ShadowRoot).getElementById(option.getAttribute('aria-describedby') ?? '')?.textContent;

describe('<sc-poll> as a screen reader and a keyboard use it', () => {
  beforeEach(() => localStorage.clear());

  it('is one radio group whose names stay the same after voting; the tallies are descriptions', async () => {
    usePoll();
    const el = await fixture<ScPoll>(html`<sc-poll poll-id="colours"></sc-poll>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role=radio]'), 'the poll never showed');
    expect(await spokenTree()).to.deep.equal([
      'radio "Red" [not checked]',
      'radio "Green" [not checked]',
      'radio "Blue" [not checked]',
      'status',
      'alert',
    ]);
    // (The tree leaves the group out; it is there, named by the question.)
    const group = el.shadowRoot!.querySelector('[role=radiogroup]')!;
    expect(el.shadowRoot!.getElementById(group.getAttribute('aria-labelledby')!)!.textContent).to.equal('Which colour?');
    radio(el, 'Green').click();
    await waitUntil(() => radio(el, 'Green').getAttribute('aria-checked') === 'true', 'the vote did not show');
    expect(await spokenTree()).to.deep.equal([
      'radio "Red" [not checked]',
      'radio "Green" [checked]',
      'radio "Blue" [not checked]',
      'status',
      '  text "Your vote: Green"',
      'alert',
    ]);
    expect(['Red', 'Green', 'Blue'].map((name) => description(radio(el, name)))).to.deep.equal(['0% · 0 votes', '50% · 2 votes', '50% · 2 votes']);
  });

  it('is one Tab stop: arrows move without voting, Space votes, Tab leaves and comes back to the vote', async () => {
    usePoll();
    const page = await fixture(html`<div><button>before</button><sc-poll poll-id="colours"></sc-poll><button>after</button></div>`);
    const el = page.querySelector<ScPoll>('sc-poll')!;
    const votes: string[] = [];
    el.addEventListener('sc-poll-vote', (event) => votes.push(event.detail.optionId));
    const [before, after] = page.querySelectorAll('button');
    await waitUntil(() => el.shadowRoot!.querySelector('[role=radio]'), 'the poll never showed');
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(radio(el, 'Red'));
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()).to.equal(radio(el, 'Green'));
    await sendKeys({ press: 'ArrowRight' });
    expect(deepActiveElement()).to.equal(radio(el, 'Blue'));
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement(), 'ArrowDown wraps to the first').to.equal(radio(el, 'Red'));
    await sendKeys({ press: 'ArrowUp' });
    expect(deepActiveElement(), 'ArrowUp wraps to the last').to.equal(radio(el, 'Blue'));
    expect(votes, 'moving is not voting').to.deep.equal([]);
    await sendKeys({ press: 'Space' });
    await waitUntil(() => radio(el, 'Blue').getAttribute('aria-checked') === 'true', 'Space did not vote');
    expect(votes).to.deep.equal(['o2']);
    expect(deepActiveElement()).to.equal(radio(el, 'Blue'));
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement(), 'one Tab leaves the group').to.equal(after);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(deepActiveElement(), 'Shift+Tab comes back to the vote').to.equal(radio(el, 'Blue'));
    await sendKeys({ press: 'Home' });
    expect(deepActiveElement()).to.equal(radio(el, 'Red'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => radio(el, 'Red').getAttribute('aria-checked') === 'true', 'Enter did not move the vote');
    expect(radio(el, 'Blue').getAttribute('aria-checked')).to.equal('false');
    expect(votes).to.deep.equal(['o2', 'o0']);
  });

  it('the chosen option is drawn apart by shape, and in Highlight in forced colours', async () => {
    usePoll();
    const el = await fixture<ScPoll>(html`<sc-poll poll-id="colours"></sc-poll>`);
    await waitUntil(() => el.shadowRoot!.querySelector('[role=radio]'), 'the poll never showed');
    radio(el, 'Green').click();
    await waitUntil(() => radio(el, 'Green').getAttribute('aria-checked') === 'true', 'the vote did not show');
    const [chosen, other] = [radio(el, 'Green'), radio(el, 'Red')].map((option) => getComputedStyle(option));
    expect(chosen!.boxShadow).to.include('inset');
    expect(other!.boxShadow).to.equal('none');
    await forcedColors('active');
    try {
      expect(chosen!.forcedColorAdjust).to.equal('none');
      expect(chosen!.backgroundColor).not.to.equal(other!.backgroundColor);
    } finally {
      await forcedColors('none');
    }
  });
});
