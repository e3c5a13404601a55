import { z } from 'zod';
import { PHOTO_TYPES } from '../images/sniff.js';
import { ServerId } from './common.js';

/** Photos one review may carry. */
export const PHOTOS_PER_REVIEW = 4;
/** The largest photo the server stores; the widgets resize to fit before they upload. */
export const PHOTO_MAX_BYTES = 400 * 1024;

export const ReviewPhoto = z
  .object({
    id: ServerId.describe('Served at `GET /v1/sites/{site}/review-photos/{id}` while its review is published.'),
    type: z.enum(PHOTO_TYPES).describe('Read from the bytes, not from a name or a declared type.'),
    width: z.int().min(1),
    height: z.int().min(1),
  })
  .meta({ id: 'ReviewPhoto' });

export const PhotoIds = z
  .array(ServerId)
  .max(PHOTOS_PER_REVIEW)
  .refine((ids) => new Set(ids).size === ids.length, 'each photo once')
  .describe(`Up to ${PHOTOS_PER_REVIEW} photos this visitor uploaded (POST review-photos) and no review holds yet, in the order shown.`);
