import { expect, waitUntil } from '@open-wc/testing';
import { LocalAdapter } from '../../src/adapters/local/local-adapter.js';
import { sectionOf } from '../../src/adapters/sections.js';
import { randomKey } from '../../src/checkout/random-key.js';
import { openFrame } from '../support/frames.js';

/**
 * The built bundles on a shop page that allows scripts and styles from its own origin
 * only and requires Trusted Types, allowing the widgets' one policy (`sc-widgets`): see
 * test/fixtures/strict-page.js, which records what the page refuses and what throws.
 */

type StrictPage = Window & { refused: string[]; errors: string[]; pwned?: number };

/** A review whose text would end the JSON-LD's script element in a page saved as HTML. */
const breakout = '</script><script>window.pwned = 1</script>';

const widgets = (frame: HTMLIFrameElement) => [...frame.contentDocument!.body.children].filter((el) => el.localName.startsWith('sc-'));
const jsonLd = (frame: HTMLIFrameElement) => frame.contentDocument!.querySelector('sc-review-thread > script[type="application/ld+json"]');

describe('the built bundles on a page with a strict CSP and Trusted Types required', () => {
  before(async () => {
    const response = await fetch('/dist/sc-widgets.iife.js', { method: 'HEAD' });
    if (!response.ok) throw new Error('dist/ is missing: run `npm run build` (npm test does)');
  });
  beforeEach(async () => {
    localStorage.clear();
    // The pages use the in-browser adapter on this origin's storage, under the default site.
    const reviews = await sectionOf(new LocalAdapter('default'), 'reviews');
    await reviews.create('tee', { rating: 4, title: 'Fits', text: breakout, author: 'Ana' }, randomKey());
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const [script, page] of [['classic script', 'strict-page.html'], ['module', 'strict-module-page.html']]) {
    it(`${script}: every widget renders and the review thread writes its JSON-LD, with nothing refused or thrown`, async () => {
      const frame = await openFrame(`/test/fixtures/${page}`, { fullScreen: true });
      const window = frame.contentWindow as StrictPage;
      const rendered = () => widgets(frame).length === 11 && widgets(frame).every((el) => el.shadowRoot?.childElementCount) && !!jsonLd(frame);
      await waitUntil(() => rendered() || window.refused.length || window.errors.length, 'the widgets never rendered', { timeout: 8000 });
      expect(window.refused).to.deep.equal([]);
      expect(window.errors).to.deep.equal([]);
      expect(rendered()).to.equal(true);
      const text = jsonLd(frame)!.textContent!;
      expect(text).to.not.include('<');
      expect(JSON.parse(text).review[0].reviewBody).to.equal(breakout);
    });
  }
});
