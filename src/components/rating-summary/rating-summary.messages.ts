import type { Catalog } from '../../i18n/locale.js';

interface RatingSummaryMessages {
  /** `formatted` is the count with group separators. */
  reviews(count: number, formatted: string): string;
  /** `average` is formatted with one decimal. */
  rated(average: string): string;
  stars(count: number): string;
  readonly none: string;
}

export const ratingSummaryMessages: Catalog<RatingSummaryMessages> = {
  en: {
    reviews: (count, formatted) => (count === 1 ? '1 review' : `${formatted} reviews`),
    rated: (average) => `Rated ${average} out of 5`,
    stars: (count) => (count === 1 ? '1 star' : `${count} stars`),
    none: 'No reviews yet',
  },
  nl: {
    reviews: (count, formatted) => (count === 1 ? '1 beoordeling' : `${formatted} beoordelingen`),
    rated: (average) => `Beoordeeld met ${average} van 5`,
    stars: (count) => (count === 1 ? '1 ster' : `${count} sterren`),
    none: 'Nog geen beoordelingen',
  },
  fr: {
    reviews: (_count, formatted) => `${formatted} avis`,
    rated: (average) => `Noté ${average} sur 5`,
    stars: (count) => (count === 1 ? '1 étoile' : `${count} étoiles`),
    none: 'Pas encore d’avis',
  },
  'zh-CN': {
    reviews: (_count, formatted) => `${formatted} 条评价`,
    rated: (average) => `评分 ${average}（满分 5）`,
    stars: (count) => `${count} 星`,
    none: '暂无评价',
  },
};
