/** The image types a review photo may be: what browsers show and our resize writes. */
export const PHOTO_TYPES = ['image/webp', 'image/jpeg', 'image/png'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

export interface SniffedImage {
  readonly type: PhotoType;
  readonly width: number;
  readonly height: number;
}

/**
 * What an image is, read from its bytes alone (magic numbers, the header that holds its
 * size, the end that closes it), never from a name or a declared type: undefined for
 * anything else, a file cut short included. It does not decode pixels; a browser shows
 * what the header promises or nothing.
 */
export function sniffImage(bytes: Uint8Array): SniffedImage | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ascii = (at: number, length: number) => String.fromCharCode(...bytes.subarray(at, at + length));
  const size = (type: PhotoType, width: number, height: number) => (width > 0 && height > 0 ? { type, width, height } : undefined);
  try {
    const end = bytes.length;
    if (ascii(0, 8) === '\x89PNG\r\n\x1a\n' && ascii(12, 4) === 'IHDR' && ascii(end - 8, 4) === 'IEND') return size('image/png', view.getUint32(16), view.getUint32(20));
    if (ascii(0, 4) === 'RIFF' && ascii(8, 4) === 'WEBP' && view.getUint32(4, true) + 8 === end) return webp(view, ascii(12, 4));
    if (view.getUint16(0) === 0xffd8 && view.getUint16(end - 2) === 0xffd9) return jpeg(view);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error; // a header cut short
  }
  return undefined;

  function webp(at: DataView, chunk: string): SniffedImage | undefined {
    const u24 = (offset: number) => at.getUint8(offset) | (at.getUint8(offset + 1) << 8) | (at.getUint8(offset + 2) << 16);
    if (chunk === 'VP8 ') return size('image/webp', at.getUint16(26, true) & 0x3fff, at.getUint16(28, true) & 0x3fff);
    if (chunk === 'VP8X') return size('image/webp', u24(24) + 1, u24(27) + 1);
    if (chunk === 'VP8L' && at.getUint8(20) === 0x2f) {
      const bits = at.getUint32(21, true);
      return size('image/webp', (bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
    }
    return undefined;
  }

  function jpeg(at: DataView): SniffedImage | undefined {
    // Segments after SOI: FF, a marker, a big-endian length that counts itself; the frame header (SOFn) holds the size.
    for (let offset = 2; ; ) {
      if (at.getUint8(offset) !== 0xff) return undefined;
      const marker = at.getUint8(offset + 1);
      if (marker === 0xff) {
        offset += 1; // fill byte
        continue;
      }
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return size('image/jpeg', at.getUint16(offset + 7), at.getUint16(offset + 5));
      }
      if (marker === 0xd9 || marker === 0xda) return undefined; // end, or scan data before any frame header
      offset += 2 + at.getUint16(offset + 2);
    }
  }
}
