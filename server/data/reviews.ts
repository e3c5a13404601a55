import type { z } from 'zod';
import type { Sql } from '../db/db.js';
import type { RatingSummary, Review, ReviewReply, SellerReview } from '../schemas/reviews.js';

export interface ReviewRow {
  id: string;
  product_id: string;
  rating: number;
  title: string;
  body: string;
  author: string;
  verified: boolean;
  helpful: number;
  status: 'published' | 'pending' | 'hidden';
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

/** Rows to API reviews, with their replies and whether `actor` voted, in two queries for the whole page. */
export async function withReplies(sql: Sql, site: string, rows: readonly ReviewRow[], actor: string | undefined): Promise<z.input<typeof Review>[]> {
  const ids = rows.map((row) => row.id);
  const [replies, votes] = await Promise.all([
    sql.query<{ id: string; review_id: string; author: string; seller: boolean; body: string; created_at: Date }>(
      'SELECT id, review_id, author, seller, body, created_at FROM review_replies WHERE site_id = $1 AND review_id = ANY($2) ORDER BY seq',
      [site, ids],
    ),
    actor ? sql.query<{ review_id: string }>('SELECT review_id FROM review_votes WHERE site_id = $1 AND actor = $2 AND review_id = ANY($3)', [site, actor, ids]) : [],
  ]);
  const voted = new Set(votes.map((vote) => vote.review_id));
  const repliesOf = new Map<string, z.input<typeof ReviewReply>[]>();
  for (const reply of replies) {
    const list = repliesOf.get(reply.review_id) ?? [];
    list.push({ id: reply.id, author: reply.author, seller: reply.seller, text: reply.body, createdAt: reply.created_at.toISOString() });
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
    createdAt: row.created_at.toISOString(),
    ...(row.locale ? { locale: row.locale } : {}),
  }));
}

/** Reviews as the seller sees them: with why they wait and how often they were reported. */
export async function forSeller(sql: Sql, site: string, rows: readonly ReviewRow[]): Promise<z.input<typeof SellerReview>[]> {
  const reviews = await withReplies(sql, site, rows, undefined);
  return reviews.map((review, index) => {
    const row = rows[index]!;
    return { ...review, reports: row.reports, ...(row.pending_reason ? { pendingReason: row.pending_reason } : {}) };
  });
}

type Summary = z.input<typeof RatingSummary>;

/** Rating summaries of published reviews, one entry per id asked for. */
export async function ratingSummaries(sql: Sql, site: string, ids: readonly string[]): Promise<Record<string, Summary>> {
  const rows = await sql.query<{ product_id: string; rating: number; count: number }>(
    `SELECT product_id, rating, count(*)::int AS count FROM reviews
     WHERE site_id = $1 AND product_id = ANY($2) AND status = 'published' GROUP BY product_id, rating`,
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
