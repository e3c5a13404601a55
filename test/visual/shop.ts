import type { Review } from '../../src/core/adapter.js';
import { LocalAdapter } from '../../src/adapters/local/local-adapter.js';
import { sectionOf } from '../../src/adapters/sections.js';
import { configure } from '../../src/core/config.js';

/**
 * The demo shop's catalog (demo/catalog.json) on a LocalAdapter, with the same reviews, cart
 * and wish list every run: fixed words, names and ratings, and dates a fixed span before now,
 * which the widgets show relative to now ("3 days ago"), so they read the same any day.
 */

const SITE = 'visual';
const DAY = 86_400_000;
/** A fixed span before now, an hour past the whole days so rounding never tips it. */
const daysAgo = (days: number) => new Date(Date.now() - days * DAY - 3_600_000).toISOString();

const reviews = (): Review[] => [
  {
    id: 'review-anna',
    productId: 'sku-1',
    rating: 5,
    title: 'Soft from the first wash',
    text: 'The linen is soft and the fit is relaxed without being baggy. I ordered my usual size M and it fits well.',
    author: 'Anna de Vries',
    verified: true,
    helpful: 4,
    voted: false,
    status: 'published',
    replies: [
      { id: 'reply-shop', author: 'Carolien', seller: true, text: 'Thank you, Anna! Wash it cold and it stays soft for years.', private: false, by: { name: 'Carolien', role: 'webcare team' }, createdAt: daysAgo(2) },
    ],
    createdAt: daysAgo(3),
    locale: 'en',
  },
  {
    id: 'review-marc',
    productId: 'sku-1',
    rating: 4,
    title: 'Good shirt, runs a little long',
    text: 'Nice fabric and colour. The sleeves are a bit long for me.',
    author: 'Marc',
    verified: false,
    helpful: 1,
    voted: false,
    status: 'published',
    replies: [],
    createdAt: daysAgo(40),
    locale: 'en',
  },
  {
    id: 'review-li',
    productId: 'sku-1',
    rating: 3,
    title: 'Creases easily',
    text: 'It is linen, so it creases. Expected that, still worth mentioning.',
    author: 'Li Wei',
    verified: true,
    helpful: 0,
    voted: false,
    status: 'published',
    replies: [],
    createdAt: daysAgo(70),
    locale: 'en',
  },
];

/** The titles of what the shop holds, for a test to wait on. */
export const reviewTitles = reviews().map((review) => review.title);

/**
 * A fresh shop on this page: the catalog tag, the reviews, the cart (two shirts in M, one
 * scarf) and a wish list (tulips, running shoes, the mug). Resolves with the shared list's id.
 */
export async function visualShop(): Promise<{ shareId: string }> {
  localStorage.clear();
  if (!document.querySelector('script[data-sc-catalog]')) {
    document.head.insertAdjacentHTML('beforeend', '<script type="application/json" data-sc-catalog="/demo/catalog.json"></script>');
  }
  localStorage.setItem(`sc-widgets:${SITE}:reviews`, JSON.stringify(reviews()));
  const adapter = new LocalAdapter(SITE);
  configure({ adapter, site: SITE, locale: 'en', userToken: undefined, checkout: undefined, checkoutUrl: undefined });
  const cart = await sectionOf(adapter, 'cart');
  await cart.setLine({ productId: 'sku-1', variantId: 'sku-1-m', quantity: 2 });
  await cart.setLine({ productId: 'sku-2', variantId: 'sku-2-default', quantity: 1 });
  const wishlists = await sectionOf(adapter, 'wishlists');
  for (const productId of ['sku-4', 'sku-9', 'sku-5']) await wishlists.set(productId, true);
  const [list] = await wishlists.lists();
  const { shareId } = await wishlists.share(list.id);
  return { shareId: shareId! };
}
