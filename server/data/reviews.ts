import type { z } from 'zod';
import type { Sql } from '../db/db.js';
import { publish } from '../events/hub.js';
import { type Signature, signedBy } from '../http/signature.js';
import type { RatingSummary, Review, ReviewDraft, ReviewReply, SellerReview } from '../schemas/reviews.js';
import { setCountedVote } from './counted-votes.js';
import { photosOf } from './review-photos.js';
import { reportReasons } from './review-reports.js';

/** A row as stored; `Status` narrows it where a query can only find some statuses. */
export interface ReviewRow<Status extends z.output<typeof SellerReview>['status'] = z.output<typeof SellerReview>['status']> {
  id: string;
  product_id: string;
  rating: number;
  title: string;
  body: string;
  author: string;
  verified: boolean;
  helpful: number;
  status: Status;
  pending_reason: 'moderation' | 'reports' | null;
  reports: number;
  locale: string | null;
  created_at: Date;
  /** Insertion order for cursors, as text: a bigint may exceed a JS number's exact range. */
  seq_text: string;
}

/**
 * The columns a ReviewRow needs, for SELECT and RETURNING. The text copy of `seq` has its
 * own name: an output column named `seq` would make `ORDER BY seq` sort as text.
 */
export const reviewColumns = 'id, product_id, rating, title, body, author, verified, helpful, status, pending_reason, reports, locale, created_at, seq::text AS seq_text';

/** A reply as stored, and as the API gives it (`replyOf`). */
interface ReplyRow {
  id: string;
  author: string;
  seller: boolean;
  body: string;
  locale: string | null;
  private: boolean;
  member_name: string | null;
  member_role: string | null;
  created_at: Date;
}
const replyColumns = 'id, author, seller, body, locale, private, member_name, member_role, created_at';

const replyOf = (row: ReplyRow): z.input<typeof ReviewReply> => ({
  id: row.id,
  author: row.author,
  seller: row.seller,
  text: row.body,
  private: row.private,
  createdAt: row.created_at.toISOString(),
  ...(row.locale ? { locale: row.locale } : {}),
  ...(row.seller ? { by: signedBy(row.member_name, row.member_role) } : {}),
});

/**
 * Who reads replies: the shop (`seller`) reads every private answer; anyone else only those
 * to reviews `actor` wrote, and the rest without their text.
 */
export type ReplyReader = { readonly seller: true } | { readonly seller: false; readonly actor: string | undefined };

/** Rows to API reviews, with their replies, photos (published reviews', or all for the shop) and whether the reader voted, in three queries for the whole page (one after the other: `sql` may be a transaction). */
export async function withReplies<Row extends ReviewRow>(sql: Sql, site: string, rows: readonly Row[], reader: ReplyReader): Promise<(Omit<z.input<typeof Review>, 'status'> & { status: Row['status'] })[]> {
  const ids = rows.map((row) => row.id);
  const actor = reader.seller ? undefined : reader.actor;
  const replies = await sql.query<ReplyRow & { review_id: string }>(
    `SELECT p.review_id, p.id, p.author, p.seller, p.locale, p.private, p.member_name, p.member_role, p.created_at,
            CASE WHEN p.private AND NOT $3 AND r.actor IS DISTINCT FROM $4 THEN '' ELSE p.body END AS body
     FROM review_replies p JOIN reviews r ON r.site_id = p.site_id AND r.id = p.review_id
     WHERE p.site_id = $1 AND p.review_id = ANY($2) ORDER BY p.seq`,
    [site, ids, reader.seller, actor ?? null],
  );
  const votes = actor ? await sql.query<{ review_id: string }>('SELECT review_id FROM review_votes WHERE site_id = $1 AND actor = $2 AND review_id = ANY($3)', [site, actor, ids]) : [];
  const voted = new Set(votes.map((vote) => vote.review_id));
  const photos = await photosOf(sql, site, rows.filter((row) => reader.seller || row.status === 'published').map((row) => row.id));
  const repliesOf = new Map<string, z.input<typeof ReviewReply>[]>();
  for (const reply of replies) {
    const list = repliesOf.get(reply.review_id) ?? [];
    list.push(replyOf(reply));
    repliesOf.set(reply.review_id, list);
  }
  return rows.map((row) => ({
    id: row.id,
    productId: row.product_id,
    rating: row.rating,
    title: row.title,
    text: row.body,
    author: row.author,
    verified: row.verified,
    helpful: row.helpful,
    voted: voted.has(row.id),
    status: row.status,
    replies: repliesOf.get(row.id) ?? [],
    photos: photos.get(row.id) ?? [],
    createdAt: row.created_at.toISOString(),
    ...(row.locale ? { locale: row.locale } : {}),
  }));
}

/** Reviews as the seller sees them: with why they wait, and how often and why they were reported. */
export async function forSeller(sql: Sql, site: string, rows: readonly ReviewRow[]): Promise<z.input<typeof SellerReview>[]> {
  const reviews = await withReplies(sql, site, rows, { seller: true });
  const reasons = await reportReasons(sql, site, rows.filter((row) => row.reports > 0).map((row) => row.id));
  return reviews.map((review, index) => {
    const row = rows[index]!;
    return { ...review, reports: row.reports, reportReasons: reasons.get(row.id) ?? [], ...(row.pending_reason ? { pendingReason: row.pending_reason } : {}) };
  });
}

type Summary = z.input<typeof RatingSummary>;

/** Rating summaries of published reviews, one entry per id asked for, from the counts triggers keep (migration 014). */
export async function ratingSummaries(sql: Sql, site: string, ids: readonly string[]): Promise<Record<string, Summary>> {
  const rows = await sql.query<{ product_id: string; rating: number; count: number }>(
    'SELECT product_id, rating, count FROM review_ratings WHERE site_id = $1 AND product_id = ANY($2)',
    [site, ids],
  );
  const histograms = new Map(ids.map((id) => [id, [0, 0, 0, 0, 0]]));
  for (const row of rows) histograms.get(row.product_id)![row.rating - 1] = row.count;
  return Object.fromEntries(
    [...histograms].map(([id, histogram]) => {
      const count = histogram.reduce((sum, n) => sum + n, 0);
      const total = histogram.reduce((sum, n, index) => sum + n * (index + 1), 0);
      return [id, { average: count ? Math.round((total / count) * 100) / 100 : 0, count, histogram }];
    }),
  );
}

/** How many published reviews a product has (with `stars`: of that rating). */
export async function publishedCount(sql: Sql, site: string, productId: string, stars: number | undefined): Promise<number> {
  const [row] = await sql.query<{ n: number }>(
    'SELECT coalesce(sum(count), 0)::int AS n FROM review_ratings WHERE site_id = $1 AND product_id = $2 AND ($3::smallint IS NULL OR rating = $3)',
    [site, productId, stars ?? null],
  );
  return row!.n;
}

/** Announces a product's new rating summary to live streams when `tx` commits. */
export async function publishRating(tx: Sql, site: string, productId: string): Promise<void> {
  const summary = (await ratingSummaries(tx, site, [productId]))[productId];
  await publish(tx, { site, kind: 'rating', topic: productId, data: { productId, summary } });
}

export interface NewReview extends Omit<z.output<typeof ReviewDraft>, 'author' | 'text'> {
  readonly id: string;
  readonly productId: string;
  readonly actor: string;
  readonly author: string;
  readonly text: string;
  readonly verified: boolean;
  /** Held for the seller's approval (a site that moderates reviews) rather than published. */
  readonly held: boolean;
}

/** Inserts a review; undefined when this actor already reviewed the product. */
export async function insertReview(tx: Sql, site: string, review: NewReview): Promise<ReviewRow<'published' | 'pending'> | undefined> {
  const [row] = await tx.query<ReviewRow<'published' | 'pending'>>(
    `INSERT INTO reviews (site_id, id, product_id, actor, rating, title, body, author, locale, verified, status, pending_reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT DO NOTHING RETURNING ${reviewColumns}`,
    [
      site, review.id, review.productId, review.actor, review.rating, review.title, review.text, review.author, review.locale ?? null, review.verified,
      review.held ? 'pending' : 'published',
      review.held ? 'moderation' : null,
    ],
  );
  return row;
}

/** Locks a review of the site for the rest of the transaction; undefined when there is none (or it is another site's). */
export async function lockReview(tx: Sql, site: string, reviewId: string): Promise<ReviewRow | undefined> {
  const [row] = await tx.query<ReviewRow>(`SELECT ${reviewColumns} FROM reviews WHERE site_id = $1 AND id = $2 FOR UPDATE`, [site, reviewId]);
  return row;
}

/** A reply to insert; the shop's carry who signed them (all null with the secret key) and may be private. */
export interface NewReply {
  readonly id: string;
  readonly reviewId: string;
  readonly author: string;
  readonly text: string;
  readonly locale?: string;
  readonly shop?: { readonly signature: Signature; readonly private: boolean };
}

export async function insertReply(tx: Sql, site: string, reply: NewReply): Promise<z.input<typeof ReviewReply>> {
  const [row] = await tx.query<ReplyRow>(
    `INSERT INTO review_replies (site_id, id, review_id, author, seller, body, locale, private, member_id, member_name, member_role)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING ${replyColumns}`,
    [
      site, reply.id, reply.reviewId, reply.author, reply.shop !== undefined, reply.text, reply.locale ?? null,
      reply.shop?.private ?? false, reply.shop?.signature.memberId ?? null, reply.shop?.signature.name ?? null, reply.shop?.signature.role ?? null,
    ],
  );
  return replyOf(row!);
}

/** Sets `actor`'s helpful vote (setCountedVote); resolves to the helpful count. */
export const setVote = (tx: Sql, site: string, review: ReviewRow, actor: string, voted: boolean): Promise<number> =>
  setCountedVote(tx, { table: 'review_votes', subject: 'review_id', counted: 'reviews', counter: 'helpful' }, site, review.id, actor, voted, review.helpful);

/** The seller's decision: publishes or hides a review and settles its reports (kept, so their visitors cannot report again). */
export async function decide(tx: Sql, site: string, reviewId: string, status: 'published' | 'hidden'): Promise<ReviewRow> {
  const [row] = await tx.query<ReviewRow>(
    `UPDATE reviews SET status = $3, pending_reason = NULL, reports = 0 WHERE site_id = $1 AND id = $2 RETURNING ${reviewColumns}`,
    [site, reviewId, status],
  );
  await tx.query('UPDATE review_reports SET settled = true WHERE site_id = $1 AND review_id = $2 AND NOT settled', [site, reviewId]);
  return row!;
}
