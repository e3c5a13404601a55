import { z } from 'zod';
import { insertPhoto, photoOfReview, publishedPhoto, UNATTACHED_PER_ACTOR } from '../data/review-photos.js';
import { requireActor } from '../http/actor.js';
import { endpoint } from '../http/endpoint.js';
import { HttpError } from '../http/errors.js';
import { newId } from '../ids.js';
import { PHOTO_TYPES, sniffImage } from '../images/sniff.js';
import { ServerId } from '../schemas/common.js';
import { PHOTO_MAX_BYTES, ReviewPhoto } from '../schemas/review-photos.js';

export const uploadReviewPhoto = endpoint(
  {
    method: 'post',
    path: '/v1/sites/{site}/review-photos',
    operationId: 'uploadReviewPhoto',
    tag: 'reviews',
    summary: 'Upload one photo for the review this visitor is writing',
    description: `The body is the image itself: WebP, JPEG or PNG, told from its bytes (a declared type or a file name counts for nothing), at most ${PHOTO_MAX_BYTES} bytes. The photo is nobody's to see until a review create lists its id; uploads no review took are deleted after a day, and a visitor holds at most ${UNATTACHED_PER_ACTOR} of them (409 \`too_many_photos\`).`,
    auth: 'visitor',
    upload: { mediaTypes: PHOTO_TYPES, maxBytes: PHOTO_MAX_BYTES },
    status: 201,
    response: ReviewPhoto,
    errors: [409],
    idempotent: 'optional',
  },
  async (c, { body }) => {
    const image = sniffImage(body);
    if (!image) throw new HttpError(415, 'not_an_image', 'The body is not a WebP, JPEG or PNG image.');
    const id = newId('ph');
    const stored = await c.get('db').transaction((tx) => insertPhoto(tx, c.get('site').id, { id, actor: requireActor(c), image, bytes: body }));
    if (!stored) throw new HttpError(409, 'too_many_photos', `Attach or let go of earlier uploads first: at most ${UNATTACHED_PER_ACTOR} wait for a review.`);
    return { id, ...image };
  },
);

export const getReviewPhoto = endpoint(
  {
    method: 'get',
    path: '/v1/sites/{site}/review-photos/{photoId}',
    operationId: 'getReviewPhoto',
    tag: 'reviews',
    summary: 'A photo of a published review, as uploaded',
    description: 'Its `Content-Type` is the one read from its bytes. A photo never changes under its id, so it may be cached for a year; a photo of a review not (or no longer) published answers 404.',
    auth: 'public',
    params: z.object({ photoId: ServerId }),
    status: 200,
    mediaType: 'image/*',
  },
  async (c, { params }) => {
    const etag = `"${params.photoId}"`;
    const photo = await publishedPhoto(c.get('db'), c.get('site').id, params.photoId);
    if (!photo) throw new HttpError(404, 'photo_not_found', 'No such photo, or its review is not published.');
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    c.header('ETag', etag);
    if (c.req.header('If-None-Match') === etag) return c.body(null, 304);
    return c.body(photo.bytes, 200, { 'Content-Type': photo.type });
  },
);

export const getModeratedReviewPhoto = endpoint(
  {
    method: 'get',
    path: '/v1/sites/{site}/reviews/{reviewId}/photos/{photoId}',
    operationId: 'getModeratedReviewPhoto',
    tag: 'seller',
    summary: 'A photo of any review, held or hidden too, for the team member who moderates it',
    description: 'As `GET review-photos/{photoId}`, but whatever the review\'s status, and never cached: a console fetches it with its credential.',
    auth: 'member:moderate',
    params: z.object({ reviewId: ServerId, photoId: ServerId }),
    status: 200,
    mediaType: 'image/*',
  },
  async (c, { params }) => {
    const photo = await photoOfReview(c.get('db'), c.get('site').id, params.reviewId, params.photoId);
    if (!photo) throw new HttpError(404, 'photo_not_found', 'No such photo of this review.');
    return c.body(photo.bytes, 200, { 'Content-Type': photo.type });
  },
);
