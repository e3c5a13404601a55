import { packed } from '../../i18n/language-pack.js';
import { plural } from '../../i18n/plural.js';

export interface WishlistMessages {
  /** The name of the default list, which the visitor did not choose. */
  readonly defaultName: string;
  readonly chooseList: string;
  /** A list in the list picker, with how many items it holds. */
  listOption(name: string, count: number): string;
  readonly empty: string;
  readonly sharedEmpty: string;
  /** A shared list's heading, with the name its owner chose to show. */
  ownersList(name: string): string;
  /** The same when the owner chose none. */
  readonly someonesList: string;
  /** The field for the name friends see, beside "Share list". */
  readonly ownerName: string;
  /** On a shared list, a short mark beside an item a friend already bought as a gift (never shown to the owner); its buy button says the rest. */
  readonly bought: string;
  remove(product: string): string;
  removed(product: string): string;
  /** Said when an item went to the cart (and so off the list). */
  moved(product: string): string;
  readonly newList: string;
  readonly newListName: string;
  readonly create: string;
  created(name: string): string;
  readonly share: string;
  readonly shareLink: string;
  readonly copy: string;
  readonly copied: string;
  /** The browser would not copy: nothing was saved or undone. */
  readonly copyFailed: string;
  /** A failure, said until the detailed message has loaded (or where it cannot load). */
  readonly failed: string;
  readonly deleteList: string;
  confirmDelete(name: string): string;
  deleted(name: string): string;
  readonly loading: string;
}

export const wishlistMessages = packed('wishlist', {
  defaultName: 'Wish list',
  chooseList: 'List',
  listOption: (name, count) => plural('en', count, { one: `${name} (${count} item)`, other: `${name} (${count} items)` }),
  empty: 'Nothing on this list yet.',
  sharedEmpty: 'This list is empty.',
  ownersList: (name) => `${name}’s wish list`,
  someonesList: 'A wish list',
  ownerName: 'Name friends see (optional)',
  bought: 'Bought',
  remove: (product) => `Remove: ${product}`,
  removed: (product) => `Removed from the list: ${product}`,
  moved: (product) => `Moved to the cart: ${product}`,
  newList: 'New list',
  newListName: 'Name of the new list',
  create: 'Create',
  created: (name) => `List “${name}” created.`,
  share: 'Share list',
  shareLink: 'Link for friends',
  copy: 'Copy link',
  copied: 'Link copied.',
  copyFailed: 'Could not copy the link.',
  failed: 'Something went wrong.',
  deleteList: 'Delete list',
  confirmDelete: (name) => `Delete “${name}” for good`,
  deleted: (name) => `List “${name}” deleted.`,
  loading: 'Loading…',
});
