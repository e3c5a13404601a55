import type { Catalog } from '../../i18n/locale.js';

interface LikeButtonMessages {
  readonly like: string;
  /** The full count for screen readers; `formatted` is the count with group separators. */
  count(count: number, formatted: string): string;
}

// Dutch says "likes" too.
const likes = (count: number, formatted: string) => (count === 1 ? '1 like' : `${formatted} likes`);

export const likeButtonMessages: Catalog<LikeButtonMessages> = {
  en: { like: 'Like', count: likes },
  nl: { like: 'Vind ik leuk', count: likes },
  fr: { like: 'J’aime', count: (count, formatted) => (count < 2 ? `${formatted} mention J’aime` : `${formatted} mentions J’aime`) },
  'zh-CN': { like: '赞', count: (_count, formatted) => `${formatted} 个赞` },
};
