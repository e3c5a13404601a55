import type { Adapter, SectionName } from '../core/adapter.js';
import { ScError } from '../core/errors.js';
import { LocalAdapter } from './local/local-adapter.js';

type Section<K extends SectionName> = NonNullable<Adapter[K]>;

/** LocalAdapter's sections, kept out of the core so a page with like buttons never loads them. */
const localSections: { readonly [K in SectionName]?: (adapter: LocalAdapter) => Promise<Section<K>> } = {
  reviews: ({ site }) => import('./local/local-reviews.js').then(({ localReviews }) => localReviews(site)),
  catalog: () => import('./local/local-catalog.js').then(({ localCatalog }) => localCatalog()),
  cart: async (adapter) => (await import('./local/local-cart.js')).localCart(adapter.site, await sectionOf(adapter, 'catalog')),
  wishlists: ({ site }) => import('./local/local-wishlists.js').then(({ localWishlists }) => localWishlists(site)),
  shares: ({ site }) => import('./local/local-shares.js').then(({ localShares }) => localShares(site)),
  polls: ({ site }) => import('./local/local-polls.js').then(({ localPolls }) => localPolls(site)),
  ideas: ({ site }) => import('./local/local-ideas.js').then(({ localIdeas }) => localIdeas(site)),
  questions: ({ site }) => import('./local/local-questions.js').then(({ localQuestions }) => localQuestions(site)),
  coupons: ({ site }) => import('./local/local-coupons.js').then(({ localCoupons }) => localCoupons(site)),
};

/**
 * Each adapter's sections, made once (a failure is tried again next time): one catalog
 * read, one channel between tabs, one guest-to-customer merge however many ask at once.
 */
const made = new WeakMap<Adapter, Map<SectionName, Promise<unknown>>>();

function madeSection<K extends SectionName>(adapter: Adapter, name: K): Promise<Section<K> | undefined> {
  let sections = made.get(adapter);
  if (!sections) made.set(adapter, (sections = new Map()));
  if (!sections.has(name)) {
    const making = Promise.resolve(adapter.section?.(name) ?? (adapter instanceof LocalAdapter ? localSections[name]?.(adapter) : undefined));
    sections.set(name, making.catch((failure) => (sections.delete(name), Promise.reject(failure))));
  }
  return sections.get(name) as Promise<Section<K> | undefined>;
}

/**
 * An adapter's API for one resource: its own property, else the section a built-in
 * adapter loads on first use. Rejects with an `unsupported` error a widget can show.
 */
export async function sectionOf<K extends SectionName>(adapter: Adapter, name: K): Promise<Section<K>> {
  const section = adapter[name] ?? (await madeSection(adapter, name));
  if (!section) throw new ScError(`This backend has no ${name}`, 'unsupported', false);
  return section;
}
