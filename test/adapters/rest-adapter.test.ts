import { expect, waitUntil } from '@open-wc/testing';
import type { AdapterChange } from '../../src/core/adapter.js';
import { RestAdapter } from '../../src/adapters/rest/rest-adapter.js';
import { NetworkError, RefusedError, ServerError } from '../../src/core/errors.js';
import { cutConnections, newSite, setApiMode, takeRequests } from '../support/api.js';

/** A RestAdapter on a fresh site of the real server, behind the test proxy. */
async function adapter(options: { retries?: number; timeout?: number } = {}) {
  const { endpoint, site } = await newSite();
  await takeRequests();
  return { rest: new RestAdapter({ endpoint, site, ...options }), site, endpoint };
}

const tokenKeys = () => Object.keys(localStorage).filter((key) => key.includes(':visitor:'));

describe('RestAdapter against the reference server', () => {
  beforeEach(async () => {
    localStorage.clear();
    sessionStorage.clear();
    await setApiMode({ mode: 'up' });
  });

  it('reads many ids in one request, without a visitor token on a first visit', async () => {
    const { rest, site } = await adapter();
    const likes = await rest.likes.read(['a', 'b/with slash', '商品']);
    expect(likes).to.deep.equal({
      a: { count: 0, liked: false },
      'b/with slash': { count: 0, liked: false },
      '商品': { count: 0, liked: false },
    });
    const requests = await takeRequests();
    expect(requests).to.have.length(1);
    expect(requests[0]).to.equal(`GET /v1/sites/${site}/likes?ids=a&ids=b%2Fwith+slash&ids=%E5%95%86%E5%93%81`);
  });

  it('gets a visitor token before its first write, keeps it, and the server counts once per visitor', async () => {
    const { rest, site } = await adapter();
    expect(await rest.likes.set('p', true)).to.deep.equal({ count: 1, liked: true });
    expect(await rest.likes.set('p', true)).to.deep.equal({ count: 1, liked: true });
    expect(await takeRequests()).to.deep.equal([
      `POST /v1/sites/${site}/visitors`,
      `PUT /v1/sites/${site}/likes/p`,
      `PUT /v1/sites/${site}/likes/p`,
    ]);
    expect(tokenKeys()).to.have.length(1);
    expect((await rest.likes.read(['p'])).p).to.deep.equal({ count: 1, liked: true });
    expect(await rest.likes.set('p', false)).to.deep.equal({ count: 0, liked: false });
  });

  it('replaces a token the server refuses (forged or from a wiped database) once', async () => {
    const { rest, site } = await adapter();
    await rest.likes.set('p', true);
    const [key] = tokenKeys();
    localStorage.setItem(key, `${localStorage.getItem(key)}x`);
    await takeRequests();
    expect(await rest.likes.set('q', true)).to.deep.equal({ count: 1, liked: true });
    expect(await takeRequests()).to.deep.equal([
      `PUT /v1/sites/${site}/likes/q`,
      `POST /v1/sites/${site}/visitors`,
      `PUT /v1/sites/${site}/likes/q`,
    ]);
  });

  it('retries a 503 after the Retry-After the server sent, then succeeds', async () => {
    const { rest } = await adapter();
    await setApiMode({ mode: 'unavailable', times: 1 });
    const started = performance.now();
    expect((await rest.likes.read(['r'])).r.count).to.equal(0);
    expect(performance.now() - started).to.be.at.least(900); // Retry-After: 1 was honoured
    expect(await takeRequests()).to.have.length(2);
  });

  it('waits at most 5 s for a Retry-After inside a request: a longer one (an hour) is the outbox\'s to wait', async () => {
    const { rest } = await adapter();
    await setApiMode({ mode: 'unavailable', times: 1, retryAfter: 3600 });
    expect((await rest.likes.read(['w'])).w.count).to.equal(0);
    expect(await takeRequests()).to.have.length(2);
  });

  it('gives up after its retries with a NetworkError when the server is unreachable', async () => {
    const { rest } = await adapter({ retries: 1 });
    await setApiMode({ mode: 'down' });
    const error = await rest.likes.read(['d']).catch((caught) => caught);
    expect(error).to.be.instanceOf(NetworkError);
    expect(error.transient).to.be.true;
    // The first try and one retry; Chromium itself may resend a GET whose reused connection was reset.
    expect((await takeRequests()).length).to.be.within(2, 4);
  });

  it('gives up on a server that does not answer after its timeout', async () => {
    const { rest } = await adapter({ retries: 0, timeout: 300 });
    await setApiMode({ mode: 'hang' });
    const error = await rest.likes.read(['h']).catch((caught) => caught);
    expect(error).to.be.instanceOf(NetworkError);
    expect(error.transient).to.be.true;
  });

  it('reports a ServerError carrying the retry delay once retries are spent', async () => {
    const { rest } = await adapter({ retries: 0 });
    await setApiMode({ mode: 'unavailable' });
    const error = await rest.likes.read(['s']).catch((caught) => caught);
    expect(error).to.be.instanceOf(ServerError);
    expect(error.status).to.equal(503);
    expect(error.retryAfterMs).to.equal(1000);
  });

  it('never retries a refusal, and says why', async () => {
    const { rest } = await adapter();
    const error = await rest.likes.read(['x'.repeat(200)]).catch((caught) => caught);
    expect(error).to.be.instanceOf(RefusedError);
    expect(error.transient).to.be.false;
    expect(error.status).to.equal(400);
    expect(error.reason).to.be.a('string');
    expect(await takeRequests()).to.have.length(1);
  });

  it('sends the shop-signed user token when identified', async () => {
    const { rest } = await adapter();
    rest.identify('not-a-valid-jwt');
    const error = await rest.likes.read(['u']).catch((caught) => caught);
    expect(error).to.be.instanceOf(RefusedError);
    expect(error.status).to.equal(401);
  });

  it('with live: true, follows the counts it read over server-sent events', async () => {
    const { endpoint, site } = await newSite();
    const rest = new RestAdapter({ endpoint, site, live: true });
    const changes: AdapterChange[] = [];
    const stop = rest.watch((change) => changes.push(change));
    try {
      await rest.likes.read(['live-1', 'live-2']);
      await waitUntil(async () => (await takeRequests()).some((line) => line.includes('/events?likes=live-1&likes=live-2')), 'no stream');
      // Someone else, in another browser, likes it.
      await new RestAdapter({ endpoint, site, storage: sessionStorage }).likes.set('live-2', true);
      await waitUntil(() => changes.length > 0, 'no live change arrived');
      expect(changes).to.deep.equal([{ kind: 'like', productId: 'live-2', count: 1 }]);
    } finally {
      stop();
    }
  });

  it('with live: true, says when its stream drops and when it is back, opening it again meanwhile', async () => {
    const { endpoint, site } = await newSite();
    const rest = new RestAdapter({ endpoint, site, live: true });
    const changes: AdapterChange[] = [];
    const stop = rest.watch((change) => changes.push(change));
    const streams = async () => (await takeRequests()).filter((line) => line.includes('/events?likes=back-1')).length;
    try {
      await rest.likes.read(['back-1']);
      await waitUntil(async () => (await streams()) === 1, 'no stream');
      // The server goes away: the stream drops, and opening it again fails for a while.
      await setApiMode({ mode: 'down' });
      await cutConnections();
      let tries = 0;
      await waitUntil(async () => (tries += await streams()) >= 2, 'the stream was not opened again', { timeout: 5_000 });
      expect(changes).to.deep.equal([{ kind: 'live', connected: false }]);
      await setApiMode({ mode: 'up' });
      await waitUntil(() => changes.length === 2, 'its return was not said', { timeout: 8_000 });
      expect(changes[1]).to.deep.equal({ kind: 'live', connected: true });
      // And it follows the counts again.
      await new RestAdapter({ endpoint, site, storage: sessionStorage }).likes.set('back-1', true);
      await waitUntil(() => changes.length === 3, 'no live change after it came back');
      expect(changes[2]).to.deep.equal({ kind: 'like', productId: 'back-1', count: 1 });
    } finally {
      stop();
      await setApiMode({ mode: 'up' });
    }
  });

  it('rejects a malformed endpoint when created, not on the first click', () => {
    expect(() => new RestAdapter({ endpoint: 'http://[bad', site: 's' })).to.throw(TypeError);
  });
});
