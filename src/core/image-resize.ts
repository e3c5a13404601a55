import type { PhotoUpload } from './adapter.js';
import { randomKey } from '../checkout/random-key.js';

/** Why a picked file cannot be a review photo. */
export type PhotoProblem = 'notImage' | 'tooLarge';

export class PhotoRefused extends Error {
  constructor(readonly problem: PhotoProblem) {
    super(problem);
  }
}

export interface ResizeLimits {
  /** The longest side, in pixels. */
  readonly maxSide: number;
  readonly maxBytes: number;
}

/** What the reference server stores (openapi.yaml, uploadReviewPhoto). */
export const UPLOAD_LIMITS: ResizeLimits = { maxSide: 1600, maxBytes: 400 * 1024 };

/** Qualities tried, best first, until the photo fits. */
const QUALITIES = [0.85, 0.7, 0.55, 0.4];

/**
 * A picked file as a review photo: decoded (upright, as its camera meant it), scaled so its
 * longest side fits, and encoded again as WebP (JPEG where the browser cannot encode WebP)
 * at the best quality that fits the bytes. Drawing through a canvas keeps only the pixels:
 * EXIF with its GPS position, and anything else a file carries, is left behind.
 * Rejects with PhotoRefused.
 */
export async function resizePhoto(file: Blob, limits: ResizeLimits = UPLOAD_LIMITS): Promise<PhotoUpload> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' }).catch(() => {
    throw new PhotoRefused('notImage');
  });
  const scale = Math.min(1, limits.maxSide / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  const width = (canvas.width = Math.max(1, Math.round(bitmap.width * scale)));
  const height = (canvas.height = Math.max(1, Math.round(bitmap.height * scale)));
  canvas.getContext('2d')!.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  let type = 'image/webp';
  for (const quality of QUALITIES) {
    let blob = await encode(canvas, type, quality);
    // A browser that cannot write WebP writes PNG instead: JPEG from then on.
    if (blob.type !== type) blob = await encode(canvas, (type = 'image/jpeg'), quality);
    if (blob.size <= limits.maxBytes) return { key: randomKey(), blob, width, height };
  }
  throw new PhotoRefused('tooLarge');
}

const encode = (canvas: HTMLCanvasElement, type: string, quality: number) =>
  new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new PhotoRefused('tooLarge'))), type, quality));
