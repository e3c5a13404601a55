import type { CatalogApi, ProductPage } from '../../core/adapter.js';
import type { RestAdapter } from './rest-adapter.js';

/** The site's catalog on the reference server (openapi.yaml, tag `catalog`). */
export function create(rest: RestAdapter): CatalogApi {
  return {
    read: async (ids) => {
      const { products } = await rest.request<ProductPage>('products', { searchParams: ids.map((id) => ['ids', id]) });
      return Object.fromEntries(products.map((product) => [product.id, product]));
    },
    list: ({ search, category, sort, cursor, limit }) =>
      rest.request<ProductPage>('products', {
        searchParams: { limit, ...(search && { search }), ...(category && { category }), ...(sort && { sort }), ...(cursor && { cursor }) },
      }),
  };
}
