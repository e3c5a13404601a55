import type { Adapter, SectionName } from '../core/adapter.js';
import { ScError } from '../core/errors.js';
import { LocalAdapter } from './local/local-adapter.js';

type Section<K extends SectionName> = NonNullable<Adapter[K]>;

/** LocalAdapter's sections, kept out of the core so a page with like buttons never loads them. */
const localSections: { readonly [K in SectionName]?: (site: string) => Promise<Section<K>> } = {
  reviews: (site) => import('./local/local-reviews.js').then(({ localReviews }) => localReviews(site)),
  catalog: () => import('./local/local-catalog.js').then(({ localCatalog }) => localCatalog()),
  wishlists: (site) => import('./local/local-wishlists.js').then(({ localWishlists }) => localWishlists(site)),
  shares: (site) => import('./local/local-shares.js').then(({ localShares }) => localShares(site)),
  polls: (site) => import('./local/local-polls.js').then(({ localPolls }) => localPolls(site)),
};

/** Each adapter's loaded sections: one instance per resource (one catalog read, one channel between tabs). */
const loaded = new WeakMap<Adapter, Map<SectionName, unknown>>();

/**
 * An adapter's API for one resource: its own property, else the section a built-in
 * adapter loads on first use. Rejects with an `unsupported` error a widget can show.
 */
export async function sectionOf<K extends SectionName>(adapter: Adapter, name: K): Promise<Section<K>> {
  const sections = loaded.get(adapter) ?? new Map<SectionName, unknown>();
  loaded.set(adapter, sections);
  const section =
    adapter[name] ??
    (sections.get(name) as Section<K> | undefined) ??
    (await adapter.section?.(name)) ??
    (adapter instanceof LocalAdapter ? await localSections[name]?.(adapter.site) : undefined);
  if (!section) throw new ScError(`This backend has no ${name}`, 'unsupported', false);
  sections.set(name, section);
  return section as Section<K>;
}
