import type { PhotoUpload, ReviewPhoto } from '../../core/adapter.js';
import { resizePhoto } from '../../core/image-resize.js';

/**
 * What a LocalAdapter keeps of each photo: smaller than the server's, as a data URL, so that
 * a demo's few reviews with photos fit in the browser's storage (about 5 MB a site) beside
 * the copy of each answer kept for retries.
 */
export const LOCAL_PHOTO_LIMITS = { maxSide: 800, maxBytes: 80 * 1024 };

const dataUrl = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });

/** Review photos as this browser keeps them: resized again to LOCAL_PHOTO_LIMITS, as data URLs. */
export const keptPhotos = (photos: readonly PhotoUpload[]): Promise<ReviewPhoto[]> =>
  Promise.all(
    photos.map(async (photo) => {
      const { blob, width, height } = await resizePhoto(photo.blob, LOCAL_PHOTO_LIMITS);
      return { id: photo.key, type: blob.type as ReviewPhoto['type'], width, height, url: await dataUrl(blob) };
    }),
  );
