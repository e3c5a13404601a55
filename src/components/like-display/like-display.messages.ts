import { packed } from '../../i18n/language-pack.js';
import { plural } from '../../i18n/plural.js';

export interface LikeDisplayMessages {
  /** The word after the big number: "likes". */
  likes(count: number): string;
  /** Beside the dot that tells the count follows every like as it comes. */
  readonly live: string;
  /** Before the first count. */
  readonly connecting: string;
  /** While the server or the stream is away: the number shown may be behind. */
  readonly reconnecting: string;
  /** Under the QR code. */
  readonly scan: string;
  /** The QR code's name, before the product's. */
  readonly qrCode: string;
}

export const likeDisplayMessages = packed('likeDisplay', {
  likes: (count) => plural('en', count, { one: 'like', other: 'likes' }),
  live: 'Live',
  connecting: 'Connecting…',
  reconnecting: 'Reconnecting… the count may be behind',
  scan: 'Scan to like it on your phone',
  qrCode: 'QR code to like it on your phone',
});
