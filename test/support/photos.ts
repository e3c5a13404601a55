/** Photos as a camera or a phone would give them, made in the page: a canvas of colour bands. */
export async function photoBlob(width: number, height: number, type = 'image/jpeg', fill = (context: CanvasRenderingContext2D) => bands(context, width, height)): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  fill(canvas.getContext('2d')!);
  return new Promise((resolve) => canvas.toBlob((blob) => resolve(blob!), type, 0.92));
}

function bands(context: CanvasRenderingContext2D, width: number, height: number): void {
  ['#c0392b', '#f1c40f', '#27ae60', '#2980b9'].forEach((colour, index) => {
    context.fillStyle = colour;
    context.fillRect((index * width) / 4, 0, width / 4, height);
  });
}

/** Pixels no encoder can shrink much: noise. */
export const noise = (width: number, height: number) => (context: CanvasRenderingContext2D) => {
  const pixels = context.createImageData(width, height);
  crypto.getRandomValues(new Uint8Array(pixels.data.buffer, 0, Math.min(pixels.data.length, 65536)));
  for (let at = 65536; at < pixels.data.length; at += 65536) crypto.getRandomValues(new Uint8Array(pixels.data.buffer, at, Math.min(65536, pixels.data.length - at)));
  for (let at = 3; at < pixels.data.length; at += 4) pixels.data[at] = 255;
  context.putImageData(pixels, 0, 0);
};

/**
 * `jpeg` with an Exif APP1 segment after its SOI that holds a GPS IFD (latitude 52° 22′ N),
 * as a phone writes where a photo was taken.
 */
export async function withGpsExif(jpeg: Blob): Promise<Blob> {
  const tiff = new DataView(new ArrayBuffer(80));
  const ascii = (at: number, text: string) => [...text].forEach((char, index) => tiff.setUint8(at + index, char.charCodeAt(0)));
  ascii(0, 'MM');
  tiff.setUint16(2, 42);
  tiff.setUint32(4, 8); // IFD0
  tiff.setUint16(8, 1);
  entry(10, 0x8825, 4, 1, 26); // GPSInfo: where the GPS IFD starts
  tiff.setUint32(22, 0);
  tiff.setUint16(26, 2); // GPS IFD
  entry(28, 0x0001, 2, 2, 0x4e000000); // GPSLatitudeRef "N"
  entry(40, 0x0002, 5, 3, 56); // GPSLatitude: three rationals at 56
  tiff.setUint32(52, 0);
  [52, 1, 22, 1, 0, 1].forEach((value, index) => tiff.setUint32(56 + index * 4, value));
  function entry(at: number, tag: number, type: number, count: number, value: number) {
    tiff.setUint16(at, tag);
    tiff.setUint16(at + 2, type);
    tiff.setUint32(at + 4, count);
    tiff.setUint32(at + 8, value);
  }
  const app1 = new Uint8Array(4 + 6 + tiff.byteLength);
  new DataView(app1.buffer).setUint16(0, 0xffe1);
  new DataView(app1.buffer).setUint16(2, app1.length - 2);
  app1.set(new TextEncoder().encode('Exif\0\0'), 4);
  app1.set(new Uint8Array(tiff.buffer), 10);
  const bytes = new Uint8Array(await jpeg.arrayBuffer());
  return new Blob([bytes.subarray(0, 2), app1, bytes.subarray(2)], { type: 'image/jpeg' });
}

/** Whether `bytes` hold an Exif block anywhere. */
export const holdsExif = (bytes: Uint8Array): boolean => new TextDecoder('latin1').decode(bytes).includes('Exif\0\0');
