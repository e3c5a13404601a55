import type { ProductQuery } from '../../core/adapter.js';
import { packed } from '../../i18n/language-pack.js';
import { plural } from '../../i18n/plural.js';

type Sort = NonNullable<ProductQuery['sort']>;

export interface StoreMessages {
  readonly search: string;
  readonly category: string;
  readonly all: string;
  readonly sort: string;
  readonly sorts: Readonly<Record<Sort, string>>;
  /** Every product that matches is shown; `formatted` is the count in the element's language. */
  products(count: number, formatted: string): string;
  /** Some are shown, more can load; `total` counts them all, `shownText` and `totalText` are the numbers in the element's language. */
  showing(total: number, shownText: string, totalText: string): string;
  readonly none: string;
  readonly more: string;
}

export const storeMessages = packed('store', {
  search: 'Search',
  category: 'Category',
  all: 'All',
  sort: 'Sort by',
  sorts: { title: 'Name', 'price-asc': 'Price, low to high', 'price-desc': 'Price, high to low', newest: 'Newest' },
  products: (count, formatted) => plural('en', count, { one: `${formatted} product`, other: `${formatted} products` }),
  showing: (_total, shownText, totalText) => `${shownText} of ${totalText} products`,
  none: 'No products match.',
  more: 'Show more',
});
