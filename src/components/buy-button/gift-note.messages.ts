import type { Catalog } from '../../i18n/locale.js';

interface GiftNoteMessages {
  /** Opens the field for a message the shop encloses with the gift. */
  readonly add: string;
  /** The field's label. */
  readonly label: string;
}

export const giftNoteMessages: Catalog<GiftNoteMessages> = {
  en: { add: 'Add a gift message', label: 'Gift message (optional)' },
  nl: { add: 'Cadeauboodschap toevoegen', label: 'Cadeauboodschap (niet verplicht)' },
  fr: { add: 'Ajouter un message cadeau', label: 'Message cadeau (facultatif)' },
  'zh-CN': { add: '添加礼物留言', label: '礼物留言（选填）' },
};
