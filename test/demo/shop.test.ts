import { expect, waitUntil } from '@open-wc/testing';

/** demo/index.html, the demo shop, with no server (?local): what a shopper meets, checked with axe. */
describe('demo/index.html', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows likes, stars and a review thread, and axe finds nothing', async () => {
    localStorage.clear();
    const frame = document.createElement('iframe');
    frame.src = '/demo/index.html?local';
    frame.style.cssText = 'position: fixed; inset: 0; width: 100vw; height: 100vh; background: white';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const doc = frame.contentDocument!;
    await waitUntil(
      () => doc.querySelector('sc-like-button')?.shadowRoot?.querySelector('[aria-disabled=false]') && doc.querySelector('sc-review-thread')?.shadowRoot?.querySelector('[part=toolbar]'),
      'the demo never loaded',
      { timeout: 8000 },
    );
    // axe runs in the page's own window: the test's copy cannot cross into the frame.
    const frameWindow = frame.contentWindow as Window & { eval(code: string): void; axe: { run(context: Document): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } };
    frameWindow.eval(await (await fetch('/node_modules/axe-core/axe.min.js')).text());
    const { violations } = await frameWindow.axe.run(doc);
    expect(violations.map((violation) => violation.id)).to.deep.equal([]);
  });
});
