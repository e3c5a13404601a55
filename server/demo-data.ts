/** The demo shop: a dozen products, and reviews in several languages. */
import { SCOPES } from './data/team.js';

/** A flat product picture as an inline SVG data URL, so the demo needs no image files. */
function picture(emoji: string, hue: number): string {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400"><rect width="400" height="400" fill="hsl(${hue} 60% 88%)"/><circle cx="200" cy="200" r="130" fill="hsl(${hue} 55% 70%)"/><text x="200" y="250" font-size="150" text-anchor="middle">${emoji}</text></svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

interface DemoProduct {
  readonly title: string;
  readonly description: string;
  readonly category: string;
  readonly emoji: string;
  /** Euro cents per variant; one entry per size, or one without options. */
  readonly prices: readonly (readonly [size: string | null, cents: number, stock: number | null])[];
}

const products: readonly DemoProduct[] = [
  { title: 'Linen shirt', description: 'Washed linen, relaxed fit.', category: 'clothing', emoji: '👕', prices: [['S', 5900, 4], ['M', 5900, 10], ['L', 5900, 0]] },
  { title: 'Wool scarf', description: 'Merino, 180 cm.', category: 'clothing', emoji: '🧣', prices: [[null, 3900, 25]] },
  { title: 'Round sunglasses', description: 'Acetate frame, UV400.', category: 'accessories', emoji: '🕶️', prices: [[null, 8900, 12]] },
  { title: 'Tulip bouquet', description: 'Twenty tulips, picked this morning.', category: 'flowers', emoji: '🌷', prices: [[null, 2450, null]] },
  { title: 'Stoneware mug', description: 'Hand thrown, 350 ml.', category: 'home', emoji: '☕', prices: [[null, 1800, 40]] },
  { title: 'Canvas tote', description: 'Heavy cotton canvas.', category: 'accessories', emoji: '👜', prices: [[null, 2200, 60]] },
  { title: 'Leather wallet', description: 'Vegetable-tanned leather.', category: 'accessories', emoji: '👛', prices: [[null, 4500, 8]] },
  { title: 'Rain jacket', description: 'Waterproof, packs into its pocket.', category: 'clothing', emoji: '🧥', prices: [['M', 11900, 3], ['L', 11900, 5]] },
  { title: 'Running shoes', description: 'Light and cushioned.', category: 'shoes', emoji: '👟', prices: [['40', 9900, 2], ['42', 9900, 6], ['44', 9900, 1]] },
  { title: 'Desk lamp', description: 'Warm light, dimmable.', category: 'home', emoji: '💡', prices: [[null, 6400, 15]] },
  { title: 'Dot-grid notebook', description: 'A5, 160 pages.', category: 'stationery', emoji: '📓', prices: [[null, 1500, 100]] },
  { title: 'Sunflower bunch', description: 'Seven sunflowers.', category: 'flowers', emoji: '🌻', prices: [[null, 1950, null]] },
];

export const demoProducts = products.map((product, index) => ({
  id: `sku-${index + 1}`,
  title: product.title,
  description: product.description,
  category: product.category,
  images: [picture(product.emoji, (index * 30) % 360)],
  variants: product.prices.map(([size, amount, stock], position) => ({
    id: size ? `sku-${index + 1}-${size.toLowerCase()}` : `sku-${index + 1}-default`,
    position,
    options: size ? { size } : {},
    price: amount,
    stock,
  })),
}));

export const demoReviews = [
  { id: 'demo-r1', productId: 'sku-1', rating: 5, title: 'Perfect for summer', body: 'Soft from the first wash and it keeps its shape.', author: 'Emma', locale: 'en', verified: true },
  { id: 'demo-r2', productId: 'sku-1', rating: 4, title: 'Fijne stof', body: 'Valt iets ruim, neem een maat kleiner.', author: 'Daan', locale: 'nl', verified: false },
  { id: 'demo-r3', productId: 'sku-1', rating: 3, title: 'Un peu froissé', body: 'Joli, mais il se froisse très vite.', author: 'Camille', locale: 'fr', verified: true },
  { id: 'demo-r4', productId: 'sku-1', rating: 5, title: '非常舒服', body: '面料透气，夏天穿刚好。', author: '王芳', locale: 'zh-CN', verified: true },
  { id: 'demo-r5', productId: 'sku-3', rating: 5, title: 'Great frames', body: 'Sturdy and they suit a round face.', author: 'Sam', locale: 'en', verified: false },
  { id: 'demo-r6', productId: 'sku-4', rating: 4, title: 'Mooi boeket', body: 'Bleef een week mooi staan.', author: 'Sanne', locale: 'nl', verified: true },
  { id: 'demo-r7', productId: 'sku-5', rating: 2, title: 'Trop petit', body: 'La tasse est plus petite que sur la photo.', author: 'Luc', locale: 'fr', verified: false },
] as const;

/** Photos the demo's reviews carry, as the hue each is painted in (server/demo-photos.ts). */
export const demoReviewPhotos: Readonly<Record<string, readonly number[]>> = { 'demo-r1': [25, 200, 140], 'demo-r3': [330], 'demo-r6': [0, 50] };

/** The demo shop's team member, who answers in the seller console with every scope. */
export const demoMember = { name: 'Carolien', role: 'webcare team', scopes: [...SCOPES] };

/** The demo's reward for a review: a coupon for every published review. */
export const demoRewardCampaign = {
  id: 'demo-review-reward',
  draft: {
    name: 'Thank you for your review',
    discount: { kind: 'percent', percent: 10 },
    minOrder: { amount: 2000, currency: 'EUR' },
    expiresAt: null,
    validDays: 60,
    oncePer: 'code',
    reward: 'review',
  },
} as const;

/**
 * The insights' 90 days of made-up activity (generated-activity.ts): the shirt, the tulips and
 * the sunglasses sell best; the poll's sage green leads.
 */
export const demoActivity = {
  days: 90,
  visitsPerDay: 70,
  visitors: 1500,
  seed: 17,
  products: ['sku-1', 'sku-4', 'sku-3', 'sku-9', 'sku-2', 'sku-12', 'sku-5', 'sku-8', 'sku-6', 'sku-10', 'sku-7', 'sku-11'].map((id) => ({
    id,
    price: demoProducts.find((product) => product.id === id)!.variants[0]!.price,
  })),
  poll: { id: 'poll-1', options: ['sage', 'navy', 'sand'] },
};

/** Made-up reviews on top of the hand-written ones (see seed-reviews.ts). */
export const demoGeneratedReviews = { productId: 'sku-1', count: 36 } as const;

export const demoPoll = {
  id: 'poll-1',
  question: 'Which colour should the next linen shirt come in?',
  options: [
    { id: 'sage', label: 'Sage green' },
    { id: 'sand', label: 'Sand' },
    { id: 'navy', label: 'Navy' },
  ],
};

/**
 * The demo catalog as the API serves it, for `demo/catalog.json`: the catalog the demo
 * pages give LocalAdapter when they run with no server (`?local`).
 */
export const demoCatalog = () =>
  demoProducts.map(({ variants, ...product }) => ({
    ...product,
    variants: variants.map(({ id, options, price, stock }) => ({ id, options, price: { amount: price, currency: 'EUR' }, ...(stock === null ? {} : { stock }) })),
  }));

/** The demo's ideas board `roadmap`: what customers asked for, one the shop planned and one it launched, each note signed by its webcare team. */
export const demoIdeas = [
  { id: 'demo-i1', title: 'Gift wrapping', body: 'A paper wrap and a card for presents, please.', author: 'Emma', locale: 'en', status: 'done', note: 'Wrapped for free since November: tick "gift" at checkout.' },
  { id: 'demo-i2', title: 'Linnen broek in dezelfde stof', body: 'Bij het linnen hemd hoort een broek!', author: 'Daan', locale: 'nl', status: 'planned', note: 'Coming in the spring range.' },
  { id: 'demo-i3', title: 'Click and collect', body: 'Pick up an order in the shop on the way home.', author: 'Camille', locale: 'en', status: 'new', note: '' },
] as const;
