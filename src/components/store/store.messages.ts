import type { ProductQuery } from '../../core/adapter.js';
import type { Catalog } from '../../i18n/locale.js';

type Sort = NonNullable<ProductQuery['sort']>;

interface StoreMessages {
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

export const storeMessages: Catalog<StoreMessages> = {
  en: {
    search: 'Search',
    category: 'Category',
    all: 'All',
    sort: 'Sort by',
    sorts: { title: 'Name', 'price-asc': 'Price, low to high', 'price-desc': 'Price, high to low', newest: 'Newest' },
    showing: (shown, total, shownText, totalText) => (shown === total ? (total === 1 ? '1 product' : `${totalText} products`) : `${shownText} of ${totalText} products`),
    none: 'No products match.',
    more: 'Show more',
  },
  nl: {
    search: 'Zoeken',
    category: 'Categorie',
    all: 'Alle',
    sort: 'Sorteren op',
    sorts: { title: 'Naam', 'price-asc': 'Prijs, laag naar hoog', 'price-desc': 'Prijs, hoog naar laag', newest: 'Nieuwste' },
    showing: (shown, total, shownText, totalText) => (shown === total ? (total === 1 ? '1 product' : `${totalText} producten`) : `${shownText} van ${totalText} producten`),
    none: 'Geen producten gevonden.',
    more: 'Meer tonen',
  },
  fr: {
    search: 'Rechercher',
    category: 'Catégorie',
    all: 'Toutes',
    sort: 'Trier par',
    sorts: { title: 'Nom', 'price-asc': 'Prix croissant', 'price-desc': 'Prix décroissant', newest: 'Nouveautés' },
    showing: (shown, total, shownText, totalText) => (shown === total ? (total < 2 ? `${totalText} produit` : `${totalText} produits`) : `${shownText} sur ${totalText} produits`),
    none: 'Aucun produit ne correspond.',
    more: 'Voir plus',
  },
  'zh-CN': {
    search: '搜索',
    category: '分类',
    all: '全部',
    sort: '排序',
    sorts: { title: '名称', 'price-asc': '价格从低到高', 'price-desc': '价格从高到低', newest: '最新' },
    showing: (shown, total, shownText, totalText) => (shown === total ? `共 ${totalText} 件商品` : `第 1–${shownText} 件，共 ${totalText} 件商品`),
    none: '没有匹配的商品。',
    more: '显示更多',
  },
};
