import type { Catalog } from '../../i18n/locale.js';
import type { Outcome } from './review-form.outcome.js';
import type { RequiredField } from './review-form.validation.js';

interface ReviewFormMessages {
  readonly rating: string;
  stars(count: number): string;
  readonly title: string;
  readonly text: string;
  /** `formatted` is the count with group separators. */
  charactersLeft(count: number, formatted: string): string;
  readonly author: string;
  readonly authorHint: string;
  readonly submit: string;
  readonly sending: string;
  /** What to do about each missing field. */
  readonly missing: Readonly<Record<RequiredField, string>>;
  /** What became of the last submit. */
  readonly outcome: Readonly<Record<Outcome, string>>;
}

export const reviewFormMessages: Catalog<ReviewFormMessages> = {
  en: {
    rating: 'Your rating',
    stars: (count) => (count === 1 ? '1 star' : `${count} stars`),
    title: 'Title (optional)',
    text: 'Your review',
    charactersLeft: (count, formatted) => (count === 1 ? '1 character left' : `${formatted} characters left`),
    author: 'Your name',
    authorHint: 'Shown with your review. Required when you are not signed in.',
    submit: 'Post review',
    sending: 'Sending…',
    missing: { rating: 'Choose 1 to 5 stars.', text: 'Write your review.', author: 'Enter the name to show with your review.' },
    outcome: {
      published: 'Thanks! Your review is published.',
      pending: 'Thanks! Your review will appear once the shop approves it.',
      alreadyReviewed: 'You already reviewed this product.',
      authorRequired: 'The shop needs a name with this review.',
      notSent: 'Not sent: the shop could not be reached. Your review is kept; try again.',
      refused: 'The shop did not accept this review.',
    },
  },
  nl: {
    rating: 'Jouw beoordeling',
    stars: (count) => (count === 1 ? '1 ster' : `${count} sterren`),
    title: 'Titel (optioneel)',
    text: 'Jouw review',
    charactersLeft: (count, formatted) => (count === 1 ? 'Nog 1 teken' : `Nog ${formatted} tekens`),
    author: 'Jouw naam',
    authorHint: 'Staat bij je review. Verplicht als je niet bent ingelogd.',
    submit: 'Review plaatsen',
    sending: 'Versturen…',
    missing: { rating: 'Kies 1 tot 5 sterren.', text: 'Schrijf je review.', author: 'Vul de naam in die bij je review komt.' },
    outcome: {
      published: 'Bedankt! Je review is geplaatst.',
      pending: 'Bedankt! Je review verschijnt zodra de winkel hem goedkeurt.',
      alreadyReviewed: 'Je hebt dit product al beoordeeld.',
      authorRequired: 'De winkel wil een naam bij deze review.',
      notSent: 'Niet verstuurd: de winkel is niet bereikbaar. Je review is bewaard; probeer het opnieuw.',
      refused: 'De winkel heeft deze review niet aanvaard.',
    },
  },
  fr: {
    rating: 'Votre note',
    stars: (count) => (count === 1 ? '1 étoile' : `${count} étoiles`),
    title: 'Titre (facultatif)',
    text: 'Votre avis',
    charactersLeft: (count, formatted) => (count < 2 ? `${formatted} caractère restant` : `${formatted} caractères restants`),
    author: 'Votre nom',
    authorHint: 'Affiché avec votre avis. Obligatoire si vous n’êtes pas connecté.',
    submit: 'Publier l’avis',
    sending: 'Envoi…',
    missing: { rating: 'Choisissez de 1 à 5 étoiles.', text: 'Écrivez votre avis.', author: 'Indiquez le nom à afficher avec votre avis.' },
    outcome: {
      published: 'Merci ! Votre avis est publié.',
      pending: 'Merci ! Votre avis paraîtra dès que la boutique l’aura approuvé.',
      alreadyReviewed: 'Vous avez déjà donné votre avis sur ce produit.',
      authorRequired: 'La boutique demande un nom avec cet avis.',
      notSent: 'Non envoyé : la boutique est injoignable. Votre avis est conservé ; réessayez.',
      refused: 'La boutique n’a pas accepté cet avis.',
    },
  },
  'zh-CN': {
    rating: '您的评分',
    stars: (count) => `${count} 星`,
    title: '标题（可选）',
    text: '您的评价',
    charactersLeft: (_count, formatted) => `还可输入 ${formatted} 个字符`,
    author: '您的昵称',
    authorHint: '将与您的评价一同显示。未登录时必填。',
    submit: '发表评价',
    sending: '正在发送…',
    missing: { rating: '请选择 1 到 5 星。', text: '请填写评价内容。', author: '请填写与评价一同显示的昵称。' },
    outcome: {
      published: '谢谢！您的评价已发布。',
      pending: '谢谢！商家审核通过后，您的评价将会显示。',
      alreadyReviewed: '您已评价过此商品。',
      authorRequired: '商店需要为此评价填写昵称。',
      notSent: '未发送：无法连接商店。您的评价已保留，请重试。',
      refused: '商店未接受此评价。',
    },
  },
};
