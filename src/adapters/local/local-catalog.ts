import type { CatalogApi, Product, ProductPage, ProductQuery } from '../../core/adapter.js';

/**
 * The catalog a page gives LocalAdapter, so a seller can try the store with no server:
 * `<script type="application/json" data-sc-catalog>[…products]</script>` inline, or
 * `<script type="application/json" data-sc-catalog="/catalog.json"></script>` to fetch it.
 * Either holds `Product[]` (adapter.ts) or `{ "products": Product[] }`.
 */
export function localCatalog(root: ParentNode = document): CatalogApi {
  let loaded: Promise<readonly Product[]> | undefined;
  const products = () => (loaded ??= readCatalog(root));

  return {
    read: async (ids) => {
      const byId = new Map((await products()).map((product) => [product.id, product]));
      return Object.fromEntries(ids.flatMap((id) => (byId.has(id) ? [[id, byId.get(id)!]] : [])));
    },
    list: async (query) => page(await products(), query),
  };
}

async function readCatalog(root: ParentNode): Promise<readonly Product[]> {
  const tag = root.querySelector<HTMLScriptElement>('script[data-sc-catalog]');
  if (!tag) return [];
  const source = tag.dataset.scCatalog;
  const json: unknown = source ? await (await fetch(source)).json() : JSON.parse(tag.text || '[]');
  return Array.isArray(json) ? json : (json as { products: Product[] }).products;
}

const lowest = (product: Product) => Math.min(...product.variants.map((variant) => variant.price.amount));
const order: Record<Exclude<ProductQuery['sort'], 'newest' | undefined>, (a: Product, b: Product) => number> = {
  title: (a, b) => a.title.localeCompare(b.title),
  'price-asc': (a, b) => lowest(a) - lowest(b),
  'price-desc': (a, b) => lowest(b) - lowest(a),
};

/** Filters, sorts and pages as the reference server does; the cursor is an offset. */
function page(all: readonly Product[], { search, category, sort = 'title', cursor, limit }: ProductQuery): ProductPage {
  const words = search?.toLocaleLowerCase();
  const found = all
    .filter((product) => !category || product.category === category)
    .filter((product) => !words || `${product.title}\n${product.description}`.toLocaleLowerCase().includes(words));
  // A JSON catalog has no dates: the seller's order is oldest first.
  const sorted = sort === 'newest' ? found.reverse() : found.sort(order[sort]);
  const offset = Number(cursor ?? 0);
  const products = sorted.slice(offset, offset + limit);
  const next = offset + products.length;
  const categories = [...new Set(all.flatMap((product) => product.category ?? []))].sort();
  return { products, total: sorted.length, categories, ...(next < sorted.length && { next: String(next) }) };
}
