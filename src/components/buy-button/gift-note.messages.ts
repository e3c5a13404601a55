import { packed } from '../../i18n/language-pack.js';

export interface GiftNoteMessages {
  /** Opens the field for a message the shop encloses with the gift. */
  readonly add: string;
  /** The field's label. */
  readonly label: string;
  /** A checkbox: the shop sends the gift to the shared list's owner, by the name they chose to show. */
  sendTo(owner: string): string;
  /** The same when the owner chose no name. */
  readonly sendToOwner: string;
}

export const giftNoteMessages = packed('giftNote', {
  add: 'Add a gift message',
  label: 'Gift message (optional)',
  sendTo: (owner) => `Send it to ${owner}`,
  sendToOwner: 'Send it to the list’s owner',
});
