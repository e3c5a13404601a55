import { crc32, deflateSync } from 'node:zlib';

/**
 * Review photos for the demo shop, painted here so the demo needs no image files: a soft
 * backdrop, a "product" disc lit from the top left and its shadow, as a PNG. Plain enough
 * to compress to a few KB, shaded enough to read as a photo in a thumbnail.
 */
export function demoPhoto(hue: number, width = 800, height = 600): Uint8Array {
  const rgb = (h: number, s: number, l: number): [number, number, number] => {
    const k = (n: number) => (n + h / 30) % 12;
    const a = s * Math.min(l, 1 - l);
    const f = (n: number) => Math.round(255 * (l - a * Math.max(-1, Math.min(k(n) - 3, 9 - k(n), 1))));
    return [f(0), f(8), f(4)];
  };
  const cx = width / 2, cy = height * 0.45, r = Math.min(width, height) * 0.3;
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1); // each row starts with filter byte 0 (none)
    for (let x = 0; x < width; x++) {
      const dx = (x - cx) / r, dy = (y - cy) / r;
      const shadow = Math.hypot(dx * 0.8, (y - cy - r * 1.1) / (r * 0.25)) < 1;
      const light = 1 - Math.hypot(dx + 0.35, dy + 0.35) / 2.2; // brighter towards the top left
      const pixel = dx * dx + dy * dy <= 1
        ? rgb(hue, 0.55, 0.3 + 0.4 * light)
        : rgb((hue + 180) % 360, 0.15, (shadow ? 0.7 : 0.9) - 0.1 * (y / height));
      rows.set(pixel, row + 1 + x * 3);
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4), sum = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    sum.writeUInt32BE(crc32(typed));
    return Buffer.concat([length, typed, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  return new Uint8Array(Buffer.concat([
    Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]));
}
