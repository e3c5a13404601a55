import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/wishlist/wishlist.js';
import '../../src/components/review-thread/review-thread.js';
import { RestAdapter } from '../../src/adapters/rest/rest-adapter.js';
import { configure } from '../../src/core/config.js';
import { newSite, setApiMode } from '../support/api.js';
import { MemoryStorage } from '../support/fixtures.js';

/**
 * Every text the widget's failure alert had, from its first render: this file's page has not
 * loaded the shared failure messages before, as a shopper's page has not at its first failure.
 */
function alertTexts(el: Element): string[] {
  const texts: string[] = [];
  const record = () => {
    const alert = el.shadowRoot?.querySelector('button[role=alert]');
    if (alert && texts.at(-1) !== alert.textContent!.trim()) texts.push(alert.textContent!.trim());
  };
  new MutationObserver(record).observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
  return texts;
}

describe('a failure before the shared messages have loaded', () => {
  after(() => setApiMode({ mode: 'up' }));

  it('is said in the page’s language at once, in the wish list and the review thread', async () => {
    const api = await newSite();
    configure({ adapter: new RestAdapter({ endpoint: api.endpoint, site: api.site, storage: new MemoryStorage(), retries: 0 }), site: api.site, locale: 'fr', userToken: undefined });
    await setApiMode({ mode: 'down' });
    for (const widget of [html`<sc-wishlist></sc-wishlist>`, html`<sc-review-thread product-id="p" no-form></sc-review-thread>`]) {
      const el = await fixture(widget);
      const texts = alertTexts(el);
      await waitUntil(() => texts.includes('Échec du chargement. Réessayer\u202F?'), `the alert said ${JSON.stringify(texts)}`, { timeout: 8000 });
      expect(texts[0], 'the first words of the alert').to.be.oneOf(['Un problème est survenu.', 'Échec du chargement. Réessayer\u202F?']);
    }
  });
});
