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
  /** `shownText` and `totalText` are the numbers in the element's language. */
  showing(shown: number, total: number, shownText: string, totalText: string): string;
  readonly none: string;
  readonly more: string;
}

export const storeMessages = packed('store', {
  search: 'Search',
  category: 'Category',
  all: 'All',
  sort: 'Sort by',
  sorts: { title: 'Name', 'price-asc': 'Price, low to high', 'price-desc': 'Price, high to low', newest: 'Newest' },
  showing: (shown, total, shownText, totalText) =>
    shown === total ? plural('en', total, { one: `${totalText} product`, other: `${totalText} products` }) : `${shownText} of ${totalText} products`,
  none: 'No products match.',
  more: 'Show more',
});
