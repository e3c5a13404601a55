import { expect, waitUntil } from '@open-wc/testing';
import { localPolls } from '../../src/adapters/local/local-polls.js';
import { axeViolations, openFrame } from '../support/frames.js';

/** demo/index.html, the demo shop, with no server (?local): what a shopper meets, checked with axe. */
describe('demo/index.html', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows likes, stars and a review thread, and axe finds nothing', async () => {
    localStorage.clear();
    const frame = await openFrame('/demo/index.html?local', { fullScreen: true });
    const doc = frame.contentDocument!;
    await waitUntil(
      () => doc.querySelector('sc-like-button')?.shadowRoot?.querySelector('[aria-disabled=false]') && doc.querySelector('sc-review-thread')?.shadowRoot?.querySelector('[part=toolbar]'),
      'the demo never loaded',
      { timeout: 8000 },
    );
    expect(await axeViolations(frame)).to.deep.equal([]);
  });

  it('has a share and an ask button, and its "which one?" page lets a friend vote, and axe finds nothing there', async () => {
    localStorage.clear();
    const shop = await openFrame('/demo/index.html?local', { fullScreen: true });
    await waitUntil(() => shop.contentDocument!.querySelector('sc-share-button[mode=ask]')?.shadowRoot?.querySelector('button'), 'no ask button', { timeout: 8000 });
    expect(shop.contentDocument!.querySelectorAll('sc-share-button')).to.have.length(2);
    shop.remove();
    const { id } = await localPolls('demo-local').ask(['sku-1', 'sku-2']);
    const frame = await openFrame(`/demo/ask.html?local&sc-poll=${id}`, { fullScreen: true });
    const poll = () => frame.contentDocument!.querySelector('sc-poll')?.shadowRoot;
    await waitUntil(() => poll()?.querySelector('button[part~=option]'), 'the poll never showed', { timeout: 8000 });
    poll()!.querySelector<HTMLButtonElement>('button[part~=option]')!.click();
    await waitUntil(() => poll()!.querySelector('[part=tally]'), 'no tally after the vote');
    expect(await axeViolations(frame)).to.deep.equal([]);
  });
});
