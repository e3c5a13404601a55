import type { Catalog } from '../../i18n/locale.js';
import type { ToggleMessages } from '../toggle-button/toggle-button.component.js';

export const wishlistButtonMessages: Catalog<ToggleMessages> = {
  en: { label: 'Add to wish list', count: (count, formatted) => (count === 1 ? '1 person wishes for this' : `${formatted} people wish for this`) },
  nl: { label: 'Op verlanglijst', count: (count, formatted) => (count === 1 ? '1 persoon wil dit' : `${formatted} mensen willen dit`) },
  fr: { label: 'Ajouter à ma liste d’envies', count: (count, formatted) => (count < 2 ? `${formatted} personne le souhaite` : `${formatted} personnes le souhaitent`) },
  'zh-CN': { label: '加入心愿单', count: (_count, formatted) => `${formatted} 人想要` },
};
