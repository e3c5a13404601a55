import { waitUntil } from '@open-wc/testing';
import { configure } from '../../src/core/config.js';
import type { Product } from '../../src/core/adapter.js';
import { LocalAdapter } from '../../src/adapters/local/local-adapter.js';
import { RestAdapter } from '../../src/adapters/rest/rest-adapter.js';
import { newSite } from './api.js';
import { putProduct } from './catalog.js';
import { MemoryStorage } from './fixtures.js';

let shops = 0;

/** test/fixtures/catalog.json: a tee in S (3 left), M (sold out) and L; tulips; a sold-out mug. */
export async function fixtureCatalog(): Promise<Product[]> {
  return (await (await fetch('/test/fixtures/catalog.json')).json()).products;
}

/** A LocalAdapter site of its own whose catalog is test/fixtures/catalog.json, given to the page as LocalAdapter reads it. */
export function useLocalShop(): { site: string; adapter: LocalAdapter } {
  if (!document.querySelector('script[data-sc-catalog]')) {
    document.head.insertAdjacentHTML('beforeend', '<script type="application/json" data-sc-catalog="/test/fixtures/catalog.json"></script>');
  }
  const site = `shop-${Date.now()}-${shops++}`;
  const adapter = new LocalAdapter(site);
  configure({ adapter, site, locale: undefined, userToken: undefined, checkout: undefined, checkoutUrl: undefined });
  return { site, adapter };
}

/** A new site on the real server holding the fixture catalog, and a RestAdapter for a new visitor on it. */
export async function useRestShop() {
  const api = await newSite();
  for (const { id, ...draft } of await fixtureCatalog()) await putProduct(api, id, draft);
  const storage = new MemoryStorage();
  const adapter = new RestAdapter({ endpoint: api.endpoint, site: api.site, storage, retries: 0 });
  configure({ adapter, site: api.site, locale: undefined, userToken: undefined, checkout: undefined, checkoutUrl: undefined });
  return { ...api, adapter, storage };
}

export const shadowButton = (el: Element, part = 'button') => el.shadowRoot!.querySelector<HTMLButtonElement>(`[part~=${part}]`)!;

/** Waits until a buy button shows its product: pressable, or saying why not. */
export const buyReady = (el: Element) =>
  waitUntil(() => el.shadowRoot?.querySelector('[part=button][aria-disabled=false], [part=reason]'), 'the product never loaded');
