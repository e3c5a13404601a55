import type { Catalog } from '../../i18n/locale.js';

interface ShareButtonMessages {
  readonly share: string;
  readonly ask: string;
  /** What friends read above an ask's link. */
  readonly askText: string;
  readonly copy: string;
  readonly email: string;
  readonly weibo: string;
  readonly copied: string;
  readonly copyFailed: string;
  readonly askFailed: string;
  /** The full count for screen readers; `formatted` has group separators. */
  shares(count: number, formatted: string): string;
}

export const shareButtonMessages: Catalog<ShareButtonMessages> = {
  en: {
    share: 'Share',
    ask: 'Ask my friends',
    askText: 'Which one should I get? Help me choose:',
    copy: 'Copy link',
    email: 'E-mail',
    weibo: 'Weibo',
    copied: 'Link copied',
    copyFailed: 'Could not copy the link',
    askFailed: 'Could not make the poll. Try again?',
    shares: (count, formatted) => (count === 1 ? '1 share' : `${formatted} shares`),
  },
  nl: {
    share: 'Delen',
    ask: 'Vraag het mijn vrienden',
    askText: 'Welke moet ik nemen? Help me kiezen:',
    copy: 'Link kopiëren',
    email: 'E-mail',
    weibo: 'Weibo',
    copied: 'Link gekopieerd',
    copyFailed: 'Kopiëren mislukt',
    askFailed: 'De peiling is niet gemaakt. Opnieuw?',
    shares: (_count, formatted) => `${formatted} keer gedeeld`,
  },
  fr: {
    share: 'Partager',
    ask: 'Demander à mes amis',
    askText: 'Lequel choisir ? Aidez-moi :',
    copy: 'Copier le lien',
    email: 'E-mail',
    weibo: 'Weibo',
    copied: 'Lien copié',
    copyFailed: 'Impossible de copier le lien',
    askFailed: 'Le sondage n’a pas été créé. Réessayer ?',
    shares: (count, formatted) => (count < 2 ? `${formatted} partage` : `${formatted} partages`),
  },
  'zh-CN': {
    share: '分享',
    ask: '问问朋友',
    askText: '我该选哪个？帮我挑一下：',
    copy: '复制链接',
    email: '电子邮件',
    weibo: '微博',
    copied: '链接已复制',
    copyFailed: '无法复制链接',
    askFailed: '未能创建投票。重试？',
    shares: (_count, formatted) => `${formatted} 次分享`,
  },
};
