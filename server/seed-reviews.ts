import { createHash } from 'node:crypto';
import type { Sql } from './db/db.js';

/**
 * Many made-up reviews of one product, for the bench and the demo: ratings leaning to
 * five stars as real shops see them, four languages, one to eight sentences, some verified,
 * some voted helpful, one in seven answered in its language. Generated from the index alone,
 * so a second run with the same site, product and count adds nothing.
 */

/** Texts per language: titles and sentences to pick from, names, a customer's answer and the shop's thanks. */
const languages = [
  {
    locale: 'en',
    titles: ['Love it', 'Does the job', 'Not what I hoped', 'Great value', ''],
    sentences: ['Fits as expected.', 'The colour is a little darker than in the photos.', 'Arrived in two days, well packed.', 'I would buy it again.', 'The stitching came loose after a month.', 'Comfortable all day.'],
    names: ['Emma', 'Oliver', 'Ava', 'Noah', 'Mia'],
    answer: 'Same experience here, thanks for sharing.',
    thanks: 'Thank you for your review!',
  },
  {
    locale: 'nl',
    titles: ['Top', 'Prima', 'Valt tegen', 'Mooi gemaakt', ''],
    sentences: ['Valt normaal op maat.', 'De kleur is iets donkerder dan op de foto.', 'Snel geleverd en goed verpakt.', 'Ik zou het opnieuw kopen.', 'Na een maand liet de naad los.', 'Draagt de hele dag prettig.'],
    names: ['Daan', 'Sanne', 'Lotte', 'Bram', 'Fenna'],
    answer: 'Herkenbaar, bedankt voor je review.',
    thanks: 'Dank je wel voor je review!',
  },
  {
    locale: 'fr',
    titles: ['Parfait', 'Correct', 'Déçu', 'Bon rapport qualité-prix', ''],
    sentences: ['La taille correspond.', 'La couleur est un peu plus foncée que sur les photos.', 'Livré en deux jours, bien emballé.', 'Je le rachèterais.', 'La couture a lâché après un mois.', 'Confortable toute la journée.'],
    names: ['Camille', 'Luc', 'Chloé', 'Hugo', 'Léa'],
    answer: 'Pareil pour moi, merci pour cet avis.',
    thanks: 'Merci pour votre avis !',
  },
  {
    locale: 'zh-CN',
    titles: ['很喜欢', '还可以', '有点失望', '性价比高', ''],
    sentences: ['尺码很标准。', '颜色比图片深一点。', '两天就到了，包装很好。', '会再买。', '一个月后线开了。', '穿一整天都很舒服。'],
    names: ['王芳', '李伟', '张敏', '刘洋', '陈静'],
    answer: '我也是这样，谢谢分享。',
    thanks: '感谢您的评价！',
  },
] as const;

/** Stars 1–5, leaning to the top. */
const ratings = [5, 5, 5, 5, 4, 4, 4, 3, 2, 1] as const;

export interface SeedReviewsOptions {
  readonly site: string;
  readonly productId: string;
  readonly count: number;
  /** Rows per INSERT. Default 1000. */
  readonly batch?: number;
}

/** Deterministic numbers in [0, 1) from one index: the same review every run. */
function randomOf(seed: number): () => number {
  let state = seed * 2654435761;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface FakeReview {
  id: string;
  rating: number;
  title: string;
  body: string;
  author: string;
  locale: string;
  verified: boolean;
  helpful: number;
  createdAt: string;
  replies: { author: string; seller: boolean; text: string }[];
}

/** Review `index` of `count`: the last is the newest, an hour or so after the one before. */
function fakeReview(prefix: string, index: number, count: number, now: number): FakeReview {
  const random = randomOf(index + 1);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const language = languages[index % languages.length]!;
  const sentences = Array.from({ length: 1 + Math.floor(random() ** 2 * 8) }, () => pick(language.sentences));
  return {
    id: `${prefix}${index}`,
    rating: pick(ratings),
    title: pick(language.titles),
    body: sentences.join(language.locale === 'zh-CN' ? '' : ' '),
    author: pick(language.names),
    locale: language.locale,
    verified: random() < 0.6,
    helpful: Math.floor(random() ** 4 * 60),
    createdAt: new Date(now - (count - index) * 3_600_000).toISOString(),
    replies: [
      ...(index % 7 === 3 ? [{ author: pick(language.names), seller: false, text: language.answer }] : []),
      ...(index % 11 === 5 ? [{ author: 'Shop team', seller: true, text: language.thanks }] : []),
    ],
  };
}

/** Inserts the reviews (and their replies) one batch per statement; resolves to how many were new. */
export async function seedReviews(sql: Sql, options: SeedReviewsOptions): Promise<number> {
  const batch = options.batch ?? 1000;
  // Ids stay short whatever the product id: review ids are at most 64 characters.
  const prefix = `seed-${createHash('sha256').update(`${options.site}\n${options.productId}`).digest('base64url').slice(0, 10)}-`;
  const now = Date.now();
  let added = 0;
  for (let start = 0; start < options.count; start += batch) {
    const reviews = Array.from({ length: Math.min(batch, options.count - start) }, (_, i) => fakeReview(prefix, start + i, options.count, now));
    const column = <K extends keyof FakeReview>(key: K) => reviews.map((review) => review[key]);
    const inserted = await sql.query<{ id: string }>(
      `INSERT INTO reviews (site_id, product_id, id, actor, rating, title, body, author, locale, verified, helpful, created_at)
       SELECT $1, $2, id, 'seed:' || id, rating, title, body, author, locale, verified, helpful, created_at
       FROM unnest($3::text[], $4::smallint[], $5::text[], $6::text[], $7::text[], $8::text[], $9::boolean[], $10::int[], $11::timestamptz[])
         AS t (id, rating, title, body, author, locale, verified, helpful, created_at)
       ON CONFLICT DO NOTHING RETURNING id`,
      [options.site, options.productId, column('id'), column('rating'), column('title'), column('body'), column('author'), column('locale'), column('verified'), column('helpful'), column('createdAt')],
    );
    const replies = reviews.flatMap((review) => review.replies.map((reply, n) => ({ ...reply, id: `${review.id}-${n}`, reviewId: review.id, locale: review.locale })));
    await sql.query(
      `INSERT INTO review_replies (site_id, id, review_id, author, seller, body, locale)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::boolean[], $6::text[], $7::text[])
       ON CONFLICT DO NOTHING`,
      [options.site, ...(['id', 'reviewId', 'author', 'seller', 'text', 'locale'] as const).map((key) => replies.map((reply) => reply[key]))],
    );
    added += inserted.length;
  }
  return added;
}
