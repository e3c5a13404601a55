import type { ReviewSort } from '../../core/adapter.js';
import type { Catalog } from '../../i18n/locale.js';

export type ReportReason = 'spam' | 'offensive' | 'off-topic' | 'other';

interface ReviewThreadMessages {
  readonly reviews: string;
  readonly sortBy: string;
  readonly sorts: Readonly<Record<ReviewSort, string>>;
  filtered(stars: number): string;
  readonly showAll: string;
  readonly more: string;
  readonly earlier: string;
  showing(from: string, to: string, total: string): string;
  readonly verified: string;
  readonly pending: string;
  rated(stars: number): string;
  readonly helpful: string;
  readonly report: string;
  readonly reasons: Readonly<Record<ReportReason, string>>;
  readonly reason: string;
  readonly sendReport: string;
  readonly reported: string;
  readonly reply: string;
  readonly yourReply: string;
  readonly yourName: string;
  readonly sendReply: string;
  readonly cancel: string;
  seller(author: string): string;
  readonly empty: string;
}

export const reviewThreadMessages: Catalog<ReviewThreadMessages> = {
  en: {
    reviews: 'Reviews',
    sortBy: 'Sort by',
    sorts: { newest: 'Newest', helpful: 'Most helpful', highest: 'Highest rating', lowest: 'Lowest rating' },
    filtered: (stars) => `Showing ${stars}-star reviews`,
    showAll: 'Show all',
    more: 'Show more reviews',
    earlier: 'Show earlier reviews',
    showing: (from, to, total) => `Showing reviews ${from}–${to} of ${total}`,
    verified: 'Verified buyer',
    pending: 'Awaiting approval',
    rated: (stars) => `Rated ${stars} out of 5`,
    helpful: 'Helpful',
    report: 'Report',
    reasons: { spam: 'Spam or advertising', offensive: 'Offensive', 'off-topic': 'Not about this product', other: 'Something else' },
    reason: 'Why?',
    sendReport: 'Send report',
    reported: 'Thank you. The shop will look at it.',
    reply: 'Reply',
    yourReply: 'Your reply',
    yourName: 'Your name',
    sendReply: 'Send reply',
    cancel: 'Cancel',
    seller: (author) => `${author}, from the shop`,
    empty: 'No reviews yet.',
  },
  nl: {
    reviews: 'Beoordelingen',
    sortBy: 'Sorteren op',
    sorts: { newest: 'Nieuwste', helpful: 'Meest behulpzaam', highest: 'Hoogste score', lowest: 'Laagste score' },
    filtered: (stars) => `Beoordelingen met ${stars} ${stars === 1 ? 'ster' : 'sterren'}`,
    showAll: 'Alles tonen',
    more: 'Meer beoordelingen',
    earlier: 'Eerdere beoordelingen',
    showing: (from, to, total) => `Beoordelingen ${from}–${to} van ${total}`,
    verified: 'Geverifieerde koper',
    pending: 'Wacht op goedkeuring',
    rated: (stars) => `${stars} van 5 sterren`,
    helpful: 'Behulpzaam',
    report: 'Melden',
    reasons: { spam: 'Spam of reclame', offensive: 'Beledigend', 'off-topic': 'Niet over dit product', other: 'Iets anders' },
    reason: 'Waarom?',
    sendReport: 'Melding versturen',
    reported: 'Dank je. De winkel bekijkt het.',
    reply: 'Reageren',
    yourReply: 'Je reactie',
    yourName: 'Je naam',
    sendReply: 'Reactie versturen',
    cancel: 'Annuleren',
    seller: (author) => `${author}, van de winkel`,
    empty: 'Nog geen beoordelingen.',
  },
  fr: {
    reviews: 'Avis',
    sortBy: 'Trier par',
    sorts: { newest: 'Plus récents', helpful: 'Plus utiles', highest: 'Meilleures notes', lowest: 'Moins bonnes notes' },
    filtered: (stars) => `Avis à ${stars} ${stars === 1 ? 'étoile' : 'étoiles'}`,
    showAll: 'Tout afficher',
    more: 'Plus d’avis',
    earlier: 'Avis précédents',
    showing: (from, to, total) => `Avis ${from} à ${to} sur ${total}`,
    verified: 'Achat vérifié',
    pending: 'En attente de validation',
    rated: (stars) => `Noté ${stars} sur 5`,
    helpful: 'Utile',
    report: 'Signaler',
    reasons: { spam: 'Spam ou publicité', offensive: 'Injurieux', 'off-topic': 'Hors sujet', other: 'Autre chose' },
    reason: 'Pourquoi ?',
    sendReport: 'Envoyer le signalement',
    reported: 'Merci. La boutique va le regarder.',
    reply: 'Répondre',
    yourReply: 'Votre réponse',
    yourName: 'Votre nom',
    sendReply: 'Envoyer la réponse',
    cancel: 'Annuler',
    seller: (author) => `${author}, de la boutique`,
    empty: 'Pas encore d’avis.',
  },
  'zh-CN': {
    reviews: '评价',
    sortBy: '排序方式',
    sorts: { newest: '最新', helpful: '最有帮助', highest: '评分最高', lowest: '评分最低' },
    filtered: (stars) => `${stars} 星评价`,
    showAll: '显示全部',
    more: '更多评价',
    earlier: '之前的评价',
    showing: (from, to, total) => `第 ${from}–${to} 条，共 ${total} 条评价`,
    verified: '已购买',
    pending: '等待审核',
    rated: (stars) => `评分 ${stars}（满分 5）`,
    helpful: '有帮助',
    report: '举报',
    reasons: { spam: '垃圾信息或广告', offensive: '冒犯性内容', 'off-topic': '与商品无关', other: '其他' },
    reason: '原因',
    sendReport: '提交举报',
    reported: '谢谢，店铺会处理。',
    reply: '回复',
    yourReply: '你的回复',
    yourName: '你的名字',
    sendReply: '发送回复',
    cancel: '取消',
    seller: (author) => `${author}（店铺）`,
    empty: '暂无评价。',
  },
};
