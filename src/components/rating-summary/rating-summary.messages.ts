import { packed } from '../../i18n/language-pack.js';
import { plural } from '../../i18n/plural.js';

export interface RatingSummaryMessages {
  /** `formatted` is the count with group separators. */
  reviews(count: number, formatted: string): string;
  /** `average` is formatted with one decimal. */
  rated(average: string): string;
  stars(count: number): string;
  readonly none: string;
}

export const ratingSummaryMessages = packed('ratingSummary', {
  reviews: (count, formatted) => plural('en', count, { one: `${formatted} review`, other: `${formatted} reviews` }),
  rated: (average) => `Rated ${average} out of 5`,
  stars: (count) => plural('en', count, { one: `${count} star`, other: `${count} stars` }),
  none: 'No reviews yet',
});
