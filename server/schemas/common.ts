import { z } from 'zod';

/** A site's id: the database holds no other (migrations/001_sites.sql), so no other is looked up. */
export const SITE_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** A product id exactly as the shop uses it. */
export const ProductId = z.string().min(1).max(128).meta({ id: 'ProductId', description: 'A product id exactly as the shop uses it (SKU, handle, numeric id).' });

/** An id the server made (review, list, order…). */
export const ServerId = z.string().min(1).max(64);

/** `?ids=a&ids=b`: the products one batched read asks for. */
export const IdsQuery = z.object({ ids: z.array(ProductId).min(1).max(500) });

export const Money = z
  .object({
    amount: z.int().min(0).describe('Minor units (cents).'),
    currency: z.string().regex(/^[A-Z]{3}$/).describe('ISO 4217 code.'),
  })
  .meta({ id: 'Money' });

export const ErrorBody = z
  .object({ error: z.object({ code: z.string(), message: z.string() }) })
  .meta({ id: 'Error' });

/** Who wrote something for the shop: a team member's name and role at the time, or null for the shop itself (its secret key). */
export const SignedBy = z
  .object({ name: z.string().describe('The team member\'s name, e.g. "Carolien".'), role: z.string().describe('Their role in the shop\'s words, e.g. "webcare team".') })
  .nullable()
  .meta({ id: 'SignedBy' });

/** A time a client sets (a poll's closing, a coupon's expiry): with its offset, from the year 2000 on. */
export const Instant = z.iso.datetime({ offset: true }).refine((text) => new Date(text).getUTCFullYear() >= 2000, 'a time from the year 2000 on');
