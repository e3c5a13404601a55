import type { Catalog } from '../../i18n/locale.js';
import { plural } from '../../i18n/plural.js';
import type { ActivityKind, FunnelStep, InsightsInterval, InsightsMetric } from './insights-source.js';

/** `<sc-insights>`'s strings. Console-only, so its four languages ship inline: no shopper's language pack carries them. */
export interface InsightsMessages {
  readonly title: string;
  readonly range: string;
  readonly from: string;
  readonly to: string;
  lastDays(days: number): string;
  readonly badRange: string;
  readonly per: string;
  readonly intervals: Readonly<Record<InsightsInterval, string>>;
  readonly shownLines: string;
  readonly kinds: Readonly<Record<ActivityKind, string>>;
  readonly activity: string;
  readonly products: string;
  readonly metric: string;
  readonly metrics: Readonly<Record<InsightsMetric, string>>;
  readonly networks: string;
  readonly ratings: string;
  readonly funnel: string;
  readonly steps: Readonly<Record<FunnelStep, string>>;
  readonly polls: string;
  readonly asks: string;
  closes(date: string): string;
  readonly columns: {
    readonly date: string;
    readonly product: string;
    readonly count: string;
    readonly average: string;
    readonly reviews: string;
    readonly network: string;
    readonly stars: string;
    readonly step: string;
    readonly visitors: string;
    readonly rate: string;
    readonly option: string;
    readonly votes: string;
  };
  /** A bar's count in words, by what it counts. */
  readonly counts: Readonly<Record<InsightsMetric | 'reviews' | 'visitors' | 'votes', (count: number, formatted: string) => string>>;
  /** A product's average stars and how many reviews make it. */
  average(stars: string, reviews: number, formatted: string): string;
  stars(count: number): string;
  /** A funnel step's visitors as a share of the step before. */
  ofPrevious(rate: string): string;
  /** A point's name for screen readers and its tooltip's lines: what it is, then its numbers. */
  named(label: string, says: string): string;
  /** Numbers said one after another. */
  readonly separator: string;
  readonly whichOne: string;
  readonly numbers: string;
  readonly csv: string;
  readonly empty: string;
  readonly loading: string;
  showing(from: string, to: string): string;
  failed(reason: string): string;
  readonly retry: string;
}

const en: InsightsMessages = {
  title: 'Insights',
  range: 'Dates',
  from: 'From',
  to: 'To',
  lastDays: (days) => `Last ${days} days`,
  badRange: 'Choose a start on or before the end, at most 400 days apart.',
  per: 'Per',
  intervals: { day: 'Day', week: 'Week' },
  shownLines: 'Lines shown',
  kinds: {
    like: 'Likes', unlike: 'Unlikes', wish: 'Wishes', unwish: 'Unwishes', share: 'Shares', ask: 'Asks', ask_vote: 'Ask votes',
    poll_vote: 'Poll votes', review: 'Reviews', question: 'Questions', cart_add: 'Added to cart', checkout: 'Checkouts',
    coupon_issued: 'Coupons issued', coupon_redeemed: 'Coupons redeemed',
  },
  activity: 'Activity over time',
  products: 'Top products',
  metric: 'By',
  metrics: { likes: 'Likes', wishes: 'Wishes', shares: 'Shares', rating: 'Rating' },
  networks: 'Shares by network',
  ratings: 'Ratings',
  funnel: 'From like to checkout',
  steps: { like: 'Liked', wish: 'Wished', cart_add: 'Added to cart', checkout: 'Checked out' },
  polls: 'Polls',
  asks: 'Asks',
  closes: (date) => `Closes ${date}`,
  columns: {
    date: 'Date', product: 'Product', count: 'Count', average: 'Average stars', reviews: 'Reviews', network: 'Network',
    stars: 'Stars', step: 'Step', visitors: 'Visitors', rate: 'Of the step before', option: 'Option', votes: 'Votes',
  },
  counts: {
    likes: (count, formatted) => plural('en', count, { one: `${formatted} like`, other: `${formatted} likes` }),
    wishes: (count, formatted) => plural('en', count, { one: `${formatted} wish`, other: `${formatted} wishes` }),
    shares: (count, formatted) => plural('en', count, { one: `${formatted} share`, other: `${formatted} shares` }),
    rating: (count, formatted) => plural('en', count, { one: `${formatted} review`, other: `${formatted} reviews` }),
    reviews: (count, formatted) => plural('en', count, { one: `${formatted} review`, other: `${formatted} reviews` }),
    visitors: (count, formatted) => plural('en', count, { one: `${formatted} visitor`, other: `${formatted} visitors` }),
    votes: (count, formatted) => plural('en', count, { one: `${formatted} vote`, other: `${formatted} votes` }),
  },
  average: (stars, reviews, formatted) => plural('en', reviews, { one: `${stars} stars from ${formatted} review`, other: `${stars} stars from ${formatted} reviews` }),
  stars: (count) => plural('en', count, { one: `${count} star`, other: `${count} stars` }),
  ofPrevious: (rate) => `${rate} of the step before`,
  named: (label, says) => `${label}: ${says}`,
  separator: ', ',
  whichOne: 'Which one?',
  numbers: 'Numbers',
  csv: 'Download CSV',
  empty: 'Nothing in these dates.',
  loading: 'Loading…',
  showing: (from, to) => `Showing ${from} to ${to}.`,
  failed: (reason) => `Could not load the insights: ${reason}`,
  retry: 'Try again',
};

const nl: InsightsMessages = {
  title: 'Inzichten',
  range: 'Datums',
  from: 'Van',
  to: 'Tot en met',
  lastDays: (days) => `Laatste ${days} dagen`,
  badRange: 'Kies een begin op of voor het einde, hooguit 400 dagen ertussen.',
  per: 'Per',
  intervals: { day: 'Dag', week: 'Week' },
  shownLines: 'Getoonde lijnen',
  kinds: {
    like: 'Likes', unlike: 'Likes ingetrokken', wish: 'Op verlanglijst', unwish: 'Van verlanglijst', share: 'Keer gedeeld', ask: 'Vragen aan vrienden',
    ask_vote: 'Stemmen van vrienden', poll_vote: 'Stemmen in polls', review: 'Reviews', question: 'Vragen', cart_add: 'In winkelwagen',
    checkout: 'Afgerekend', coupon_issued: 'Coupons uitgegeven', coupon_redeemed: 'Coupons ingewisseld',
  },
  activity: 'Activiteit in de tijd',
  products: 'Topproducten',
  metric: 'Op',
  metrics: { likes: 'Likes', wishes: 'Verlanglijst', shares: 'Gedeeld', rating: 'Score' },
  networks: 'Gedeeld per netwerk',
  ratings: 'Scores',
  funnel: 'Van like tot afrekenen',
  steps: { like: 'Geliket', wish: 'Op verlanglijst', cart_add: 'In winkelwagen', checkout: 'Afgerekend' },
  polls: 'Polls',
  asks: 'Vragen aan vrienden',
  closes: (date) => `Sluit op ${date}`,
  columns: {
    date: 'Datum', product: 'Product', count: 'Aantal', average: 'Gemiddelde sterren', reviews: 'Reviews', network: 'Netwerk',
    stars: 'Sterren', step: 'Stap', visitors: 'Bezoekers', rate: 'Van de stap ervoor', option: 'Keuze', votes: 'Stemmen',
  },
  counts: {
    likes: (count, formatted) => plural('nl', count, { one: `${formatted} like`, other: `${formatted} likes` }),
    wishes: (count, formatted) => plural('nl', count, { one: `${formatted} keer op verlanglijst`, other: `${formatted} keer op verlanglijst` }),
    shares: (count, formatted) => plural('nl', count, { one: `${formatted} keer gedeeld`, other: `${formatted} keer gedeeld` }),
    rating: (count, formatted) => plural('nl', count, { one: `${formatted} review`, other: `${formatted} reviews` }),
    reviews: (count, formatted) => plural('nl', count, { one: `${formatted} review`, other: `${formatted} reviews` }),
    visitors: (count, formatted) => plural('nl', count, { one: `${formatted} bezoeker`, other: `${formatted} bezoekers` }),
    votes: (count, formatted) => plural('nl', count, { one: `${formatted} stem`, other: `${formatted} stemmen` }),
  },
  average: (stars, reviews, formatted) => plural('nl', reviews, { one: `${stars} sterren uit ${formatted} review`, other: `${stars} sterren uit ${formatted} reviews` }),
  stars: (count) => plural('nl', count, { one: `${count} ster`, other: `${count} sterren` }),
  ofPrevious: (rate) => `${rate} van de stap ervoor`,
  named: (label, says) => `${label}: ${says}`,
  separator: ', ',
  whichOne: 'Welke?',
  numbers: 'Cijfers',
  csv: 'CSV downloaden',
  empty: 'Niets in deze datums.',
  loading: 'Laden…',
  showing: (from, to) => `Van ${from} tot en met ${to}.`,
  failed: (reason) => `De inzichten konden niet laden: ${reason}`,
  retry: 'Opnieuw proberen',
};

const fr: InsightsMessages = {
  title: 'Statistiques',
  range: 'Dates',
  from: 'Du',
  to: 'Au',
  lastDays: (days) => `${days} derniers jours`,
  badRange: 'Choisissez un début au plus tard à la fin, 400 jours d’écart au plus.',
  per: 'Par',
  intervals: { day: 'Jour', week: 'Semaine' },
  shownLines: 'Courbes affichées',
  kinds: {
    like: 'J’aime', unlike: 'J’aime retirés', wish: 'Ajouts à la liste d’envies', unwish: 'Retraits de la liste d’envies', share: 'Partages',
    ask: 'Questions aux amis', ask_vote: 'Votes des amis', poll_vote: 'Votes aux sondages', review: 'Avis', question: 'Questions',
    cart_add: 'Ajouts au panier', checkout: 'Passages à la caisse', coupon_issued: 'Coupons émis', coupon_redeemed: 'Coupons utilisés',
  },
  activity: 'Activité dans le temps',
  products: 'Meilleurs produits',
  metric: 'Par',
  metrics: { likes: 'J’aime', wishes: 'Liste d’envies', shares: 'Partages', rating: 'Note' },
  networks: 'Partages par réseau',
  ratings: 'Notes',
  funnel: 'Du j’aime à la caisse',
  steps: { like: 'A aimé', wish: 'Liste d’envies', cart_add: 'Ajout au panier', checkout: 'Passage à la caisse' },
  polls: 'Sondages',
  asks: 'Questions aux amis',
  closes: (date) => `Clôture le ${date}`,
  columns: {
    date: 'Date', product: 'Produit', count: 'Nombre', average: 'Moyenne des étoiles', reviews: 'Avis', network: 'Réseau',
    stars: 'Étoiles', step: 'Étape', visitors: 'Visiteurs', rate: 'De l’étape précédente', option: 'Choix', votes: 'Votes',
  },
  counts: {
    likes: (count, formatted) => plural('fr', count, { one: `${formatted} j’aime`, other: `${formatted} j’aime` }),
    wishes: (count, formatted) => plural('fr', count, { one: `${formatted} ajout à la liste d’envies`, other: `${formatted} ajouts à la liste d’envies` }),
    shares: (count, formatted) => plural('fr', count, { one: `${formatted} partage`, other: `${formatted} partages` }),
    rating: (count, formatted) => plural('fr', count, { one: `${formatted} avis`, other: `${formatted} avis` }),
    reviews: (count, formatted) => plural('fr', count, { one: `${formatted} avis`, other: `${formatted} avis` }),
    visitors: (count, formatted) => plural('fr', count, { one: `${formatted} visiteur`, other: `${formatted} visiteurs` }),
    votes: (count, formatted) => plural('fr', count, { one: `${formatted} vote`, other: `${formatted} votes` }),
  },
  average: (stars, reviews, formatted) => plural('fr', reviews, { one: `${stars} étoiles sur ${formatted} avis`, other: `${stars} étoiles sur ${formatted} avis` }),
  stars: (count) => plural('fr', count, { one: `${count} étoile`, other: `${count} étoiles` }),
  ofPrevious: (rate) => `${rate} de l’étape précédente`,
  named: (label, says) => `${label}\u202F: ${says}`,
  separator: ', ',
  whichOne: 'Lequel\u202F?',
  numbers: 'Chiffres',
  csv: 'Télécharger le CSV',
  empty: 'Rien à ces dates.',
  loading: 'Chargement…',
  showing: (from, to) => `Du ${from} au ${to}.`,
  failed: (reason) => `Les statistiques n’ont pas pu être chargées\u202F: ${reason}`,
  retry: 'Réessayer',
};

const zhCN: InsightsMessages = {
  title: '数据洞察',
  range: '日期',
  from: '开始',
  to: '结束',
  lastDays: (days) => `最近 ${days} 天`,
  badRange: '开始日期不能晚于结束日期，且相隔不超过 400 天。',
  per: '按',
  intervals: { day: '天', week: '周' },
  shownLines: '显示的曲线',
  kinds: {
    like: '点赞', unlike: '取消点赞', wish: '加入心愿单', unwish: '移出心愿单', share: '分享', ask: '好友提问', ask_vote: '好友投票',
    poll_vote: '投票', review: '评价', question: '问题', cart_add: '加入购物车', checkout: '结算', coupon_issued: '发放优惠券',
    coupon_redeemed: '使用优惠券',
  },
  activity: '活动趋势',
  products: '热门商品',
  metric: '按',
  metrics: { likes: '点赞', wishes: '心愿单', shares: '分享', rating: '评分' },
  networks: '各平台分享',
  ratings: '评分分布',
  funnel: '从点赞到结算',
  steps: { like: '点赞', wish: '加入心愿单', cart_add: '加入购物车', checkout: '结算' },
  polls: '投票',
  asks: '好友提问',
  closes: (date) => `截止于 ${date}`,
  columns: {
    date: '日期', product: '商品', count: '次数', average: '平均星级', reviews: '评价', network: '平台', stars: '星级',
    step: '步骤', visitors: '访客', rate: '占上一步', option: '选项', votes: '票数',
  },
  counts: {
    likes: (_count, formatted) => `${formatted} 个赞`,
    wishes: (_count, formatted) => `${formatted} 次加入心愿单`,
    shares: (_count, formatted) => `${formatted} 次分享`,
    rating: (_count, formatted) => `${formatted} 条评价`,
    reviews: (_count, formatted) => `${formatted} 条评价`,
    visitors: (_count, formatted) => `${formatted} 位访客`,
    votes: (_count, formatted) => `${formatted} 票`,
  },
  average: (stars, _reviews, formatted) => `${formatted} 条评价平均 ${stars} 星`,
  stars: (count) => `${count} 星`,
  ofPrevious: (rate) => `占上一步的 ${rate}`,
  named: (label, says) => `${label}：${says}`,
  separator: '，',
  whichOne: '选哪个？',
  numbers: '数据表',
  csv: '下载 CSV',
  empty: '这些日期内没有数据。',
  loading: '加载中…',
  showing: (from, to) => `${from} 至 ${to}。`,
  failed: (reason) => `无法加载数据洞察：${reason}`,
  retry: '重试',
};

export const insightsMessages: Catalog<InsightsMessages> = { en, nl, fr, 'zh-CN': zhCN };
