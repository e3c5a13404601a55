import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/components/like-button/like-button.js';
import type { ScLikeButton } from '../../src/components/like-button/like-button.component.js';
import { RestAdapter } from '../../src/adapters/rest/rest-adapter.js';
import { configure, consent } from '../../src/core/config.js';
import { newSite, setApiMode, takeRequests } from '../support/api.js';
import { alertText, button, countText, countingLocalAdapter, likeButtonInFrame, loaded, statusText } from '../support/fixtures.js';

/** A like button on a fresh site of the real server, loaded. */
async function likeButtonOnServer(product = 'p') {
  const api = await newSite();
  configure({ adapter: new RestAdapter({ endpoint: api.endpoint, site: api.site, retries: 0 }), site: api.site });
  const el = await fixture<ScLikeButton>(html`<sc-like-button product-id=${product}></sc-like-button>`);
  await loaded(el);
  await takeRequests();
  return { el, ...api };
}

/** What the server holds, read by a visitor of its own. */
const serverCount = async (endpoint: string, site: string, product: string) =>
  (await new RestAdapter({ endpoint, site, storage: sessionStorage }).likes.read([product]))[product].count;

const pressed = (el: ScLikeButton) => button(el).getAttribute('aria-pressed');

describe('optimistic writes and the outbox', () => {
  beforeEach(async () => {
    localStorage.clear();
    sessionStorage.clear();
    await setApiMode({ mode: 'up' });
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows a like at once and keeps it when the server confirms', async () => {
    const { el, endpoint, site } = await likeButtonOnServer();
    button(el).click();
    await el.updateComplete;
    expect(pressed(el)).to.equal('true');
    await waitUntil(async () => (await serverCount(endpoint, site, 'p')) === 1, 'the server never counted it');
    expect(countText(el)).to.equal('1');
    expect(localStorage.getItem('sc-widgets:outbox')).to.equal(null);
  });

  it('rolls back with an announced alert and sc-error when the server refuses', async () => {
    const { el } = await likeButtonOnServer();
    await setApiMode({ mode: 'refuse-writes' });
    const failed = oneEvent(el, 'sc-error');
    button(el).click();
    await el.updateComplete;
    expect(pressed(el)).to.equal('true');
    const { detail } = await failed;
    expect(detail).to.deep.include({ code: 'forbidden', productId: 'p' });
    await waitUntil(() => alertText(el) !== '', 'no alert');
    expect(pressed(el)).to.equal('false');
    expect(countText(el)).to.equal('');
    expect(alertText(el)).to.equal(detail.message);
    expect(detail.message).to.equal('Not saved, undone.');
    expect(localStorage.getItem('sc-widgets:outbox')).to.equal(null);
  });

  it('keeps the like while the server is down, says so, and saves it when the server is back', async () => {
    const { el, endpoint, site } = await likeButtonOnServer();
    await setApiMode({ mode: 'down' });
    button(el).click();
    await waitUntil(() => statusText(el) === 'Not saved yet, retrying…', 'no retry message');
    expect(pressed(el)).to.equal('true');
    expect(alertText(el)).to.equal('');
    expect(JSON.parse(localStorage.getItem('sc-widgets:outbox')!)).to.deep.equal([{ kind: 'like', site, id: 'p', value: true }]);
    await setApiMode({ mode: 'up' });
    await waitUntil(() => statusText(el) === '', 'the retry never succeeded', { timeout: 8000 });
    expect(pressed(el)).to.equal('true');
    expect(await serverCount(endpoint, site, 'p')).to.equal(1);
  });

  it('sends a like left unconfirmed by a page that was closed, from the next page', async () => {
    const { el, endpoint, site } = await likeButtonOnServer('kept');
    await setApiMode({ mode: 'down' });
    button(el).click();
    await waitUntil(() => localStorage.getItem('sc-widgets:outbox') !== null, 'not kept');
    await setApiMode({ mode: 'up' });
    el.remove();
    const next = await likeButtonInFrame({ endpoint, site, product: 'kept' });
    expect(pressed(next)).to.equal('true');
    await waitUntil(async () => (await serverCount(endpoint, site, 'kept')) === 1, 'the next page never sent it', { timeout: 8000 });
  });

  it('coalesces quick toggles into the last intent', async function () {
    this.timeout(30_000);
    const { el, endpoint, site } = await likeButtonOnServer();
    for (let i = 0; i < 5; i++) button(el).click();
    // Settled when the outbox holds nothing for this test's site. The page's outbox may still
    // hold the last test's write (its backoff after the server was down lasts seconds, and it
    // is kept again after localStorage.clear()): that one is not this test's.
    await waitUntil(() => !localStorage.getItem('sc-widgets:outbox')?.includes(`"${site}"`), 'never settled');
    await waitUntil(async () => (await serverCount(endpoint, site, 'p')) === 1, 'wrong count');
    expect(pressed(el)).to.equal('true');
    expect((await takeRequests()).filter((line) => line.startsWith('PUT') || line.startsWith('DELETE')).length).to.be.at.most(3);
  });

  it('keeps a like for the site it was made on when the page switches sites at once, and sends it there later', async () => {
    const first = countingLocalAdapter();
    const firstSite = `first-${Date.now()}`;
    configure({ adapter: first.adapter, site: firstSite });
    const el = await fixture<ScLikeButton>(html`<sc-like-button product-id="s"></sc-like-button>`);
    await loaded(el);
    button(el).click();
    const second = countingLocalAdapter();
    configure({ adapter: second.adapter, site: `second-${Date.now()}` });
    await waitUntil(() => localStorage.getItem('sc-widgets:outbox')?.includes(firstSite), 'not kept for the first site');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await second.adapter.likes.read(['s'])).s.liked).to.be.false;
    configure({ adapter: first.adapter, site: firstSite });
    await waitUntil(async () => (await first.adapter.likes.read(['s'])).s.liked, 'never sent to the first site');
    el.remove();
  });

  it('with consent required, sends and stores nothing until consent is given', async () => {
    consent(false);
    try {
      const api = await newSite();
      await takeRequests();
      configure({ adapter: new RestAdapter({ endpoint: api.endpoint, site: api.site }), site: api.site });
      const el = await fixture<ScLikeButton>(html`<sc-like-button product-id="c"></sc-like-button>`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await takeRequests()).to.deep.equal([]);
      expect(Object.keys(localStorage)).to.deep.equal([]);
      expect(button(el).getAttribute('aria-disabled')).to.equal('true');
      consent(true);
      await loaded(el);
      expect(await takeRequests()).to.deep.equal([`GET /v1/sites/${api.site}/likes?ids=c`]);
    } finally {
      consent(true);
    }
  });
});
