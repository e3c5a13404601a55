import { packed } from '../../i18n/language-pack.js';

export interface ReviewPhotosMessages {
  /** The picker's file field. */
  readonly add: string;
  /** Below it: how many, and that they are made smaller. `max` is formatted. */
  hint(max: string): string;
  /** How many are picked: `count` and `max` formatted. */
  picked(count: string, max: string): string;
  /** A picked photo's remove button: `position` is formatted. */
  remove(position: string): string;
  /** Why a file was not taken: `name` is the file's name. */
  notImage(name: string): string;
  tooLarge(name: string): string;
  /** Picked beyond the most a review takes. */
  full(name: string): string;
  /** A thumbnail's button in a review: numbers formatted. */
  photo(position: string, count: string, author: string): string;
  /** The viewer's name, its buttons and where in the review's photos it is. */
  viewer(author: string): string;
  readonly close: string;
  readonly previous: string;
  readonly next: string;
  position(position: string, count: string): string;
}

export const reviewPhotosMessages = packed('reviewPhotos', {
  add: 'Add photos',
  hint: (max) => `Up to ${max} photos, made smaller before they are sent.`,
  picked: (count, max) => `${count} of ${max} photos`,
  remove: (position) => `Remove photo ${position}`,
  notImage: (name) => `${name} is not a photo.`,
  tooLarge: (name) => `${name} is too large, even made smaller.`,
  full: (name) => `${name} was left out: a review takes no more photos.`,
  photo: (position, count, author) => `Photo ${position} of ${count} by ${author}`,
  viewer: (author) => `Photos by ${author}`,
  close: 'Close',
  previous: 'Previous photo',
  next: 'Next photo',
  position: (position, count) => `${position} of ${count}`,
});
