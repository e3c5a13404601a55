import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/poll/poll.js';
import '../../src/components/share-button/share-button.js';
import type { ScPoll } from '../../src/components/poll/poll.component.js';
import type { ScShareButton } from '../../src/components/share-button/share-button.component.js';
import { RestAdapter } from '../../src/adapters/rest/rest-adapter.js';
import type { Adapter, PollState } from '../../src/core/adapter.js';
import { configure } from '../../src/core/config.js';
import { RefusedError } from '../../src/core/errors.js';
import { newSite, takeRequests } from '../support/api.js';
import { alertText, part, statusText } from '../support/fixtures.js';
import { openFrame } from '../support/frames.js';

const optionButtons = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=option]')];
const tallies = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part=tally]')].map((tally) => tally.textContent!.replace(/\s/g, ' '));
const shown = (el: ScPoll) => waitUntil(() => el.shadowRoot?.querySelector('[part=question]'), 'the poll never showed');

/** An adapter whose polls section holds one poll with `votes`, and refuses votes when `refuse`. */
function pollAdapter(votes: number[], options: { refuse?: boolean } = {}): Adapter {
  const poll: PollState = {
    id: 'colours',
    kind: 'poll',
    question: 'Which colour?',
    options: votes.map((count, index) => ({ id: `o${index}`, label: `Colour ${index}`, votes: count })),
    closed: false,
  };
  return {
    likes: { read: async () => ({}), set: async () => ({ count: 0, liked: false }) },
    polls: {
      read: async (ids) => Object.fromEntries(ids.filter((id) => id === poll.id).map((id) => [id, poll])),
      vote: async (_pollId, optionId) => {
        if (options.refuse) throw new RefusedError('No', 400, 'unknown_option');
        return { ...poll, voted: optionId, options: poll.options.map((option) => ({ ...option, votes: option.votes + Number(option.id === optionId) })) };
      },
      ask: async () => poll,
    },
  };
}

let sites = 0;
const useAdapter = (adapter: Adapter) => configure({ adapter, site: `polls-${sites++}`, locale: undefined });

describe('<sc-poll>', () => {
  beforeEach(() => localStorage.clear());

  it('votes with a radio, then shows each share and count through Intl, announced, and passes axe', async () => {
    useAdapter(pollAdapter([1, 1]));
    const el = await fixture<ScPoll>(html`<sc-poll poll-id="colours"></sc-poll>`);
    await shown(el);
    expect(part(el, 'question').textContent).to.equal('Which colour?');
    expect(tallies(el), 'no votes shown before voting').to.deep.equal([]);
    await expect(el).to.be.accessible();
    const event = oneEvent(el, 'sc-poll-vote');
    optionButtons(el)[0].click();
    expect((await event).detail).to.deep.equal({ pollId: 'colours', optionId: 'o0' });
    await el.updateComplete;
    expect(optionButtons(el)[0].getAttribute('aria-checked')).to.equal('true');
    expect(tallies(el)).to.deep.equal(['67% · 2 votes', '33% · 1 vote']);
    expect(part(el, 'total').textContent).to.equal('3 votes');
    expect(statusText(el)).to.equal('Your vote: Colour 0');
    await expect(el).to.be.accessible();
    el.lang = 'fr';
    await el.updateComplete;
    expect(tallies(el)).to.deep.equal(['67 % · 2 votes', '33 % · 1 vote']);
    el.lang = 'zh-CN';
    await el.updateComplete;
    expect(part(el, 'total').textContent).to.equal('3 票');
    el.lang = 'nl';
    await el.updateComplete;
    expect(statusText(el)).to.equal('Je stem: Colour 0');
  });

  it('undoes a refused vote, says so in role=alert and fires sc-error', async () => {
    useAdapter(pollAdapter([0, 0], { refuse: true }));
    const el = await fixture<ScPoll>(html`<sc-poll poll-id="colours"></sc-poll>`);
    await shown(el);
    const error = oneEvent(el, 'sc-error');
    optionButtons(el)[1].click();
    expect((await error).detail).to.deep.equal({ code: 'invalid', message: 'Not saved, undone.', reason: 'unknown_option', serverMessage: 'No' });
    await el.updateComplete;
    expect(optionButtons(el)[1].getAttribute('aria-checked')).to.equal('false');
    expect(alertText(el)).to.equal('Not saved, undone.');
    expect(statusText(el)).to.equal('');
  });

  it('on the real server: a vote beyond what one address may add is not shown as saved, and says it waits', async () => {
    const { endpoint, site, secret } = await newSite();
    const api = `${endpoint}/v1/sites/${site}/`;
    const draft = { question: 'Which colour?', options: [{ id: 'red', label: 'Red' }, { id: 'blue', label: 'Blue' }] };
    await fetch(`${api}polls/colours`, { method: 'PUT', headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' }, body: JSON.stringify(draft) });
    // Everyone else behind this browser's address has voted already.
    for (let voted = 0, refused = false; !refused; voted++) {
      const { token } = await (await fetch(`${api}visitors`, { method: 'POST' })).json();
      const answer = await fetch(`${api}polls/colours/vote`, { method: 'PUT', headers: { 'X-Visitor-Token': token, 'Content-Type': 'application/json' }, body: '{"optionId":"red"}' });
      refused = answer.status === 429;
      expect(voted, 'the address was never held back').to.be.lessThan(20);
    }
    configure({ adapter: new RestAdapter({ endpoint, site }), site, locale: undefined, userToken: undefined });
    const el = await fixture<ScPoll>(html`<sc-poll poll-id="colours"></sc-poll>`);
    await shown(el);
    optionButtons(el)[1].click();
    await waitUntil(() => alertText(el) === 'Not saved yet, retrying…', 'the refused vote looked saved', { timeout: 5000 });
    expect(statusText(el)).to.equal('');
  });

  for (const live of [false, true]) {
    it(`on the real server: when the seller closes the poll ${live ? 'the page hears it at once' : 'a vote is refused'}, and the poll shows its results as closed`, async () => {
      const { endpoint, site, secret } = await newSite();
      const seller = (method: string, path: string, body?: unknown) =>
        fetch(`${endpoint}/v1/sites/${site}/${path}`, { method, headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
      await seller('PUT', 'polls/colours', { question: 'Which colour?', options: [{ id: 'red', label: 'Red' }, { id: 'blue', label: 'Blue' }] });
      configure({ adapter: new RestAdapter({ endpoint, site, live }), site, locale: undefined, userToken: undefined });
      const el = await fixture<ScPoll>(html`<sc-poll poll-id="colours"></sc-poll>`);
      await shown(el);
      await takeRequests();
      await seller('POST', 'polls/colours/close');
      if (live) {
        await waitUntil(() => part(el, 'total').textContent === 'Voting has closed · 0 votes', 'the close never arrived', { timeout: 8000 });
      } else {
        const error = oneEvent(el, 'sc-error');
        optionButtons(el)[1].click();
        expect((await error).detail).to.include({ code: 'conflict', reason: 'poll_closed' });
        await el.updateComplete;
        expect(alertText(el)).to.equal('Not saved, undone.');
        expect(part(el, 'total').textContent).to.equal('Voting has closed · 0 votes');
      }
      expect(el.shadowRoot!.querySelector('[role=radio]'), 'nothing to vote with').to.equal(null);
      expect(tallies(el)).to.deep.equal(['0% · 0 votes', '0% · 0 votes']);
    });
  }

  it('says so when the poll does not exist, and reads its id from the page URL without poll-id, following a single-page app', async () => {
    useAdapter(pollAdapter([0, 0]));
    const missing = await fixture<ScPoll>(html`<sc-poll poll-id="gone"></sc-poll>`);
    await waitUntil(() => missing.shadowRoot!.textContent!.includes('no longer here'), 'no message for a missing poll');
    history.replaceState(null, '', `${location.pathname}?sc-poll=colours`);
    try {
      const fromUrl = await fixture<ScPoll>(html`<sc-poll></sc-poll>`);
      await shown(fromUrl);
      expect(part(fromUrl, 'question').textContent).to.equal('Which colour?');
      // The app moves to another poll's link without a reload, then back.
      history.pushState(null, '', `${location.pathname}?sc-poll=gone`);
      await waitUntil(() => fromUrl.shadowRoot!.textContent!.includes('no longer here'), 'did not follow pushState');
      history.back();
      await waitUntil(() => fromUrl.shadowRoot!.querySelector('[part=question]')?.textContent === 'Which colour?', 'did not follow going back');
    } finally {
      history.replaceState(null, '', location.pathname);
    }
  });

  it('shows the results only with results, and reserves its height before the poll arrives', async () => {
    useAdapter(pollAdapter([3, 1]));
    const el = await fixture<ScPoll>(html`<sc-poll poll-id="colours" results style="--sc-poll-height: 10em"></sc-poll>`);
    const before = el.getBoundingClientRect().height;
    expect(before).to.be.greaterThan(0);
    await shown(el);
    expect(el.shadowRoot!.querySelector('button')).to.equal(null);
    expect(tallies(el)).to.deep.equal(['75% · 3 votes', '25% · 1 vote']);
    expect(el.getBoundingClientRect().height).to.equal(before);
  });

  it('asks "which one?" on LocalAdapter: the ask button makes the poll and follows the votes of this browser', async () => {
    configure({ adapter: undefined, site: `local-ask-${Date.now()}`, locale: undefined });
    const catalog = document.createElement('script');
    catalog.type = 'application/json';
    catalog.dataset.scCatalog = '';
    catalog.text = JSON.stringify([{ id: 'a', title: 'Red dress', description: '', images: ['data:image/gif;base64,R0lGODlhAQABAAAAACw='], variants: [] }]);
    document.head.append(catalog);
    try {
      const asker = await fixture<ScShareButton>(html`<sc-share-button mode="ask" product-ids="a b" networks="copy"></sc-share-button>`);
      expect(part(asker, 'label').textContent).to.equal('Ask my friends');
      part(asker, 'base').click();
      await waitUntil(() => asker.shadowRoot!.querySelector('sc-poll'), 'no ask was made');
      const results = asker.shadowRoot!.querySelector('sc-poll')!;
      await shown(results);
      const pollId = results.pollId;
      expect(pollId).to.match(/^ask_/);
      expect(part(results, 'question').textContent).to.equal('Which one?');
      await waitUntil(() => part(results, 'image'), 'no picture from the catalog');
      expect([...results.shadowRoot!.querySelectorAll('[part=label]')].map((label) => label.textContent)).to.deep.equal(['Red dress', 'b']);
      // A friend's page in this same browser.
      const friend = await fixture<ScPoll>(html`<sc-poll poll-id=${pollId}></sc-poll>`);
      await shown(friend);
      optionButtons(friend)[1].click();
      await waitUntil(() => tallies(results)[1] === '100% · 1 vote', 'the asker never saw the vote');
    } finally {
      catalog.remove();
    }
  });

  it('on the real server: the shopper asks, a friend with a visitor token of their own votes, and the tally comes back live', async () => {
    const { endpoint, site } = await newSite();
    configure({ adapter: new RestAdapter({ endpoint, site, live: true }), site, locale: undefined, userToken: undefined });
    const copied: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (text: string) => void copied.push(text) }, configurable: true });
    try {
      await takeRequests();
      const asker = await fixture<ScShareButton>(
        html`<sc-share-button mode="ask" product-ids="p1 p2 p3" networks="copy" ask-page="/test/fixtures/poll-page.html?site=${site}&endpoint=${encodeURIComponent(endpoint)}"></sc-share-button>`,
      );
      // The previous test's stores stay mounted a moment after its elements go (nanostores' unmount
      // delay) and may reload on the new adapter: only this button's products and ask count.
      const own = (request: string) => /ids=p\d|POST/.test(request);
      expect((await takeRequests()).filter(own), 'nothing before a click').to.deep.equal([]);
      const shared = oneEvent(asker, 'sc-share');
      part(asker, 'base').click();
      await waitUntil(() => asker.shadowRoot!.querySelector('[role=menuitem]'), 'no menu after the ask was made');
      (asker.shadowRoot!.querySelector('[role=menuitem]') as HTMLElement).click();
      const { detail } = await shared;
      const link = new URL(detail.url);
      expect(detail.pollId).to.match(/^ask_/);
      expect(link.searchParams.get('sc-poll')).to.equal(detail.pollId);
      expect(link.searchParams.get('utm_source')).to.equal('copy');
      expect(copied).to.deep.equal([detail.url]);
      const results = asker.shadowRoot!.querySelector('sc-poll')!;
      await shown(results);
      expect(tallies(results)).to.deep.equal(['0% · 0 votes', '0% · 0 votes', '0% · 0 votes']);

      const frame = await openFrame(detail.url);
      let poll: ScPoll | null = null;
      await waitUntil(() => (poll = frame.contentDocument!.querySelector('sc-poll'))?.shadowRoot?.querySelector('[part~=option]'), 'the friend never saw the poll', { timeout: 8000 });
      optionButtons(poll!)[2].click();
      await waitUntil(() => tallies(poll!)[2] === '100% · 1 vote', 'the friend did not see their vote');
      await waitUntil(() => tallies(results)[2] === '100% · 1 vote', 'the tally never came back to the shopper', { timeout: 8000 });
      const requests = await takeRequests();
      expect(requests.filter((line) => line.startsWith('POST') || line.startsWith('PUT'))).to.deep.equal([
        `POST /v1/sites/${site}/visitors`,
        `POST /v1/sites/${site}/asks`,
        `POST /v1/sites/${site}/visitors`,
        `PUT /v1/sites/${site}/polls/${detail.pollId}/vote`,
      ]);

      // The shopper comes back: the ask is remembered, not made again.
      await takeRequests();
      const again = await fixture<ScShareButton>(html`<sc-share-button mode="ask" product-ids="p1 p2 p3"></sc-share-button>`);
      await waitUntil(() => again.shadowRoot!.querySelector('sc-poll'), 'the ask was not remembered');
      expect((await takeRequests()).filter((line) => line.includes('/asks'))).to.deep.equal([]);
      frame.remove();
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
  });
});
