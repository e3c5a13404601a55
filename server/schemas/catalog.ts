import { z } from 'zod';
import { Money, ProductId } from './common.js';

const VariantId = z.string().min(1).max(128);
const Stock = z.int().min(0).describe('Units in stock; absent when the shop does not track stock.');

/**
 * The highest price a shop sets, in minor units: 100 billion in a currency of cents, 10
 * trillion (about US$7 billion) in won. With at most MAX_QUANTITY of at most 100 lines, an
 * order's total could still pass 2^53; checkout refuses those (`order_too_large`).
 */
export const MAX_PRICE = 10 ** 13;
/** The most units a shop puts in stock of one variant. */
export const MAX_STOCK = 10 ** 12;

const Price = Money.extend({ amount: z.int().min(0).max(MAX_PRICE).describe(`Minor units (cents), at most ${MAX_PRICE}.`) }).meta({ id: 'Price' });
const StockDraft = z.int().min(0).max(MAX_STOCK).describe(`Units in stock, at most ${MAX_STOCK}; absent when the shop does not track stock.`);

export const Variant = z
  .object({
    id: VariantId,
    options: z.record(z.string().max(40), z.string().max(80)).describe('Option name to value, e.g. `{ "size": "M" }`.'),
    price: Money,
    compareAtPrice: Money.optional(),
    stock: Stock.optional(),
  })
  .meta({ id: 'Variant' });

export const Product = z
  .object({
    id: ProductId,
    title: z.string(),
    description: z.string(),
    images: z.array(z.string()),
    category: z.string().optional(),
    variants: z.array(Variant),
  })
  .meta({ id: 'Product' });

export const ProductPage = z
  .object({
    products: z.array(Product),
    next: z.string().optional(),
    total: z.int().min(0),
    categories: z.array(z.string()).optional().describe('Every category of the catalog, for a filter (not with `ids`).'),
  })
  .meta({ id: 'ProductPage' });

/** An image the page may show: a web address or an inline picture, never a script URL. */
const ImageUrl = z
  .string()
  .max(8192)
  .regex(/^(https?:\/\/|\/|data:image\/(png|jpeg|gif|webp|avif|svg\+xml)[;,])/, 'an http(s) URL, a path, or a data:image URL');

export const ProductDraft = z
  .object({
    title: z.string().min(1).max(200),
    description: z.string().max(5000).default(''),
    images: z.array(ImageUrl).max(10).default([]),
    category: z.string().min(1).max(80).optional(),
    variants: z
      .array(
        z.object({
          id: VariantId,
          options: z.record(z.string().max(40), z.string().max(80)).default({}),
          price: Price,
          compareAtPrice: Price.optional(),
          stock: StockDraft.optional(),
        }),
      )
      .min(1)
      .max(100),
  })
  .meta({ id: 'ProductDraft' });

export const VariantPatch = z
  .object({
    price: Price.optional(),
    stock: StockDraft.nullable().optional().describe('`null` stops tracking stock.'),
  })
  .meta({ id: 'VariantPatch' });
