import { expect, waitUntil } from '@open-wc/testing';
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
});
