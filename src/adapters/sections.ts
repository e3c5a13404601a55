import type { Adapter, SectionName } from '../core/adapter.js';
import { ScError } from '../core/errors.js';
import { LocalAdapter } from './local/local-adapter.js';

type Section<K extends SectionName> = NonNullable<Adapter[K]>;

/** LocalAdapter's sections, kept out of the core so a page with like buttons never loads them. */
const localSections: { readonly [K in SectionName]?: (adapter: LocalAdapter) => Promise<Section<K>> } = {
  reviews: ({ site }) => import('./local/local-reviews.js').then(({ localReviews }) => localReviews(site)),
  catalog: () => import('./local/local-catalog.js').then(({ localCatalog }) => localCatalog()),
  cart: async (adapter) => (await import('./local/local-cart.js')).localCart(adapter.site, await sectionOf(adapter, 'catalog')),
};

/** Each LocalAdapter's sections, made once: its catalog is read once, its cart has one channel. */
const localMade = new WeakMap<LocalAdapter, Map<SectionName, Promise<unknown>>>();

function localSection<K extends SectionName>(adapter: LocalAdapter, name: K): Promise<Section<K>> | undefined {
  let made = localMade.get(adapter);
  if (!made) localMade.set(adapter, (made = new Map()));
  if (!made.has(name)) made.set(name, localSections[name]?.(adapter) ?? Promise.resolve());
  return made.get(name) as Promise<Section<K>>;
}

/**
 * An adapter's API for one resource: its own property, else the section a built-in
 * adapter loads on first use. Rejects with an `unsupported` error a widget can show.
 */
export async function sectionOf<K extends SectionName>(adapter: Adapter, name: K): Promise<Section<K>> {
  const section =
    adapter[name] ??
    (await adapter.section?.(name)) ??
    (adapter instanceof LocalAdapter ? await localSection(adapter, name) : undefined);
  if (!section) throw new ScError(`This backend has no ${name}`, 'unsupported', false);
  return section as Section<K>;
}
