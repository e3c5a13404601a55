import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/like-button/like-button.js';
import type { ScLikeButton } from '../../src/components/like-button/like-button.component.js';
import { LocalAdapter } from '../../src/adapters/local/local-adapter.js';
import { configure } from '../../src/core/config.js';
import { button, countText, likeButtonInFrame, loaded } from '../support/fixtures.js';

let sites = 0;
const freshSite = () => `local-test-${Date.now()}-${sites++}`;

describe('LocalAdapter', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('keeps likes across instances (a reload) and counts this browser only', async () => {
    const site = freshSite();
    await new LocalAdapter(site).likes.set('a', true);
    expect(await new LocalAdapter(site).likes.read(['a', 'b'])).to.deep.equal({
      a: { count: 1, liked: true },
      b: { count: 0, liked: false },
    });
    expect(await new LocalAdapter(freshSite()).likes.read(['a'])).to.deep.equal({ a: { count: 0, liked: false } });
  });

  it('is the default when no adapter is configured, and a like survives a reload', async () => {
    const site = freshSite();
    configure({ site, adapter: undefined });
    const el = await fixture<ScLikeButton>(html`<sc-like-button product-id="keep"></sc-like-button>`);
    await loaded(el);
    button(el).click();
    await waitUntil(() => localStorage.getItem(`sc-widgets:${site}:likes`) === '["keep"]', 'not stored');
    const reloaded = await likeButtonInFrame({ site, product: 'keep' });
    expect(button(reloaded).getAttribute('aria-pressed')).to.equal('true');
    expect(countText(reloaded)).to.equal('1');
  });

  it('keeps two tabs in sync', async () => {
    const site = freshSite();
    configure({ site, adapter: undefined });
    const el = await fixture<ScLikeButton>(html`<sc-like-button product-id="sync"></sc-like-button>`);
    await loaded(el);
    const other = await likeButtonInFrame({ site, product: 'sync' });
    button(el).click();
    await waitUntil(() => button(other).getAttribute('aria-pressed') === 'true', 'the other tab did not hear of the like');
    expect(countText(other)).to.equal('1');
    button(other).click();
    await waitUntil(() => button(el).getAttribute('aria-pressed') === 'false', 'this tab did not hear of the unlike');
    expect(countText(el)).to.equal('');
  });
});
