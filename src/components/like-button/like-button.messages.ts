import type { Catalog } from '../../i18n/locale.js';
import type { ToggleMessages } from '../toggle-button/toggle-button.component.js';

// Dutch says "likes" too.
const likes = (count: number, formatted: string) => (count === 1 ? '1 like' : `${formatted} likes`);

export const likeButtonMessages: Catalog<ToggleMessages> = {
  en: { label: 'Like', count: likes },
  nl: { label: 'Vind ik leuk', count: likes },
  fr: { label: 'J’aime', count: (count, formatted) => (count < 2 ? `${formatted} mention J’aime` : `${formatted} mentions J’aime`) },
  'zh-CN': { label: '赞', count: (_count, formatted) => `${formatted} 个赞` },
};
