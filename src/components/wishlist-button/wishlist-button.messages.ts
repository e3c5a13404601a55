import type { Catalog } from '../../i18n/locale.js';
import { plural } from '../../i18n/plural.js';
import type { ToggleMessages } from '../toggle-button/toggle-button.component.js';

export const wishlistButtonMessages: Catalog<ToggleMessages> = {
  en: { label: 'Add to wish list', count: (count, formatted) => plural('en', count, { one: '1 person wishes for this', other: `${formatted} people wish for this` }) },
  nl: { label: 'Op verlanglijst', count: (count, formatted) => plural('nl', count, { one: '1 persoon wil dit', other: `${formatted} mensen willen dit` }) },
  fr: { label: 'Ajouter à ma liste d’envies', count: (count, formatted) => plural('fr', count, { one: `${formatted} personne le souhaite`, other: `${formatted} personnes le souhaitent` }) },
  'zh-CN': { label: '加入心愿单', count: (_count, formatted) => `${formatted} 人想要` },
};
