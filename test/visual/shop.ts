import type { Product, Review, ReviewPhoto } from '../../src/core/adapter.js';
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

/** A review photo as LocalAdapter keeps one: a flat "product on a table", painted the same every run. */
function photo(id: string, hue: number): ReviewPhoto {
  const canvas = Object.assign(document.createElement('canvas'), { width: 400, height: 300 });
  const paint = canvas.getContext('2d')!;
  paint.fillStyle = `hsl(${hue + 180} 15% 88%)`;
  paint.fillRect(0, 0, 400, 300);
  paint.fillStyle = `hsl(${hue + 180} 10% 70%)`;
  paint.fillRect(0, 210, 400, 90);
  paint.fillStyle = `hsl(${hue} 55% 50%)`;
  paint.beginPath();
  paint.arc(200, 150, 90, 0, 2 * Math.PI);
  paint.fill();
  return { id, type: 'image/png', width: 400, height: 300, url: canvas.toDataURL('image/png') };
}

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
    photos: [photo('photo-anna-1', 25), photo('photo-anna-2', 200)],
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
    // The demo's pictures without their emoji: how an emoji draws depends on the fonts a machine has.
    const catalog: Product[] = await (await fetch('/demo/catalog.json')).json();
    const plain = catalog.map((product) => ({ ...product, images: product.images.map((image) => image.replace(/%3Ctext.*?%3C%2Ftext%3E/, '')) }));
    const tag = Object.assign(document.createElement('script'), { type: 'application/json', text: JSON.stringify(plain) });
    tag.dataset.scCatalog = '';
    document.head.append(tag);
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
  const { shareId } = await wishlists.share(list.id, 'Anna');
  return { shareId: shareId! };
}
