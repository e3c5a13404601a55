import { packed } from '../../i18n/language-pack.js';

export interface RatingSummaryMessages {
  /** `formatted` is the count with group separators. */
  reviews(count: number, formatted: string): string;
  /** `average` is formatted with one decimal. */
  rated(average: string): string;
  stars(count: number): string;
  readonly none: string;
}

export const ratingSummaryMessages = packed('ratingSummary', {
  reviews: (count, formatted) => (count === 1 ? '1 review' : `${formatted} reviews`),
  rated: (average) => `Rated ${average} out of 5`,
  stars: (count) => (count === 1 ? '1 star' : `${count} stars`),
  none: 'No reviews yet',
});
