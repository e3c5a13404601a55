import { packed } from '../../i18n/language-pack.js';

export interface GiftNoteMessages {
  /** Opens the field for a message the shop encloses with the gift. */
  readonly add: string;
  /** The field's label. */
  readonly label: string;
}

export const giftNoteMessages = packed('giftNote', { add: 'Add a gift message', label: 'Gift message (optional)' });
