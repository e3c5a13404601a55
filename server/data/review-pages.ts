import type { Sql } from '../db/db.js';
import type { ReviewCursor, ReviewSort } from '../schemas/reviews.js';
import { type ReviewRow, reviewColumns } from './reviews.js';

/**
 * Keyset paging: each sort orders by one column, then by insertion order (newest first),
 * and the cursor holds the last row's values of both, so pages stay stable while reviews
 * are added. Each order is one index of migration 014 read in its own direction, so the
 * tenth page costs what the first does. `$k` and `$s` are the cursor's values.
 */
const sorts: Record<ReviewSort, { order: string; after: string; key: (row: ReviewRow) => number }> = {
  newest: { order: 'seq DESC', after: 'seq < $s', key: () => 0 },
  helpful: { order: 'helpful DESC, seq DESC', after: '(helpful, seq) < ($k, $s)', key: (row) => row.helpful },
  highest: { order: 'rating DESC, seq DESC', after: '(rating, seq) < ($k, $s)', key: (row) => row.rating },
  // Ratings up, newest first within one: mixed directions, so the index and the order use -seq.
  lowest: { order: 'rating, -seq', after: '(rating, -seq) > ($k, -$s::bigint)', key: (row) => row.rating },
};

export interface PageRequest {
  readonly sort: ReviewSort;
  /** Only reviews with this rating. */
  readonly stars?: number;
  /** Only reviews with photos. */
  readonly withPhotos?: boolean;
  /** The previous page's cursor, of the same sort. */
  readonly after?: ReviewCursor;
  /** Rows to read: one more than a page shows tells whether there is a next. */
  readonly limit: number;
}

/** The statement that reads a page of a product's published reviews (exported for the bench's EXPLAIN). */
export function pageQuery(site: string, productId: string, page: PageRequest): { text: string; values: unknown[] } {
  const sort = sorts[page.sort];
  const values: unknown[] = [site, productId];
  const filters = ['site_id = $1', 'product_id = $2', "status = 'published'"];
  if (page.stars) filters.push(`rating = $${values.push(page.stars)}`);
  if (page.withPhotos) filters.push('photos > 0');
  const after = page.after;
  if (after) filters.push(sort.after.replace(/\$([ks])\b/g, (_, name: 'k' | 's') => `$${values.push(after[name])}`));
  return { text: `SELECT ${reviewColumns} FROM reviews WHERE ${filters.join(' AND ')} ORDER BY ${sort.order} LIMIT ${page.limit}`, values };
}

export async function publishedPage(sql: Sql, site: string, productId: string, page: PageRequest): Promise<ReviewRow<'published'>[]> {
  const { text, values } = pageQuery(site, productId, page);
  return sql.query<ReviewRow<'published'>>(text, values);
}

/**
 * The review `actor` wrote of the product while it waits for the seller, when it matches
 * `stars`: shown to its writer alone, above the published ones, so that it does not vanish
 * on the next visit. At most one: a visitor reviews a product once (unique in migration 005).
 */
export async function ownPending(sql: Sql, site: string, productId: string, actor: string, stars?: number): Promise<ReviewRow<'pending'>[]> {
  return sql.query<ReviewRow<'pending'>>(
    `SELECT ${reviewColumns} FROM reviews WHERE site_id = $1 AND product_id = $2 AND actor = $3 AND status = 'pending' AND ($4::int IS NULL OR rating = $4)`,
    [site, productId, actor, stars ?? null],
  );
}

/** The cursor that continues after `row`. */
export const cursorAfter = (sort: ReviewSort, row: ReviewRow): ReviewCursor => ({ sort, k: sorts[sort].key(row), s: row.seq_text }) as ReviewCursor;

export interface QueueRequest {
  /** Absent: any status. */
  readonly status?: ReviewRow['status'];
  readonly reason?: NonNullable<ReviewRow['pending_reason']>;
  /** Only reviews with undecided reports. */
  readonly reported: boolean;
  /** `seq` of the previous page's last review. */
  readonly before?: string;
  readonly limit: number;
}

/** A page of the seller's queue, newest first, and how many reviews the whole queue holds. */
export async function queuePage(sql: Sql, site: string, queue: QueueRequest): Promise<{ rows: ReviewRow[]; total: number }> {
  const values: unknown[] = [site];
  const filters = ['site_id = $1'];
  if (queue.status) filters.push(`status = $${values.push(queue.status)}`);
  if (queue.reason) filters.push(`pending_reason = $${values.push(queue.reason)}`);
  if (queue.reported) filters.push('reports > 0');
  const where = filters.join(' AND ');
  const [count] = await sql.query<{ total: number }>(`SELECT count(*)::int AS total FROM reviews WHERE ${where}`, values);
  const before = queue.before ? ` AND seq < $${values.push(queue.before)}` : '';
  const rows = await sql.query<ReviewRow>(`SELECT ${reviewColumns} FROM reviews WHERE ${where}${before} ORDER BY seq DESC LIMIT ${queue.limit}`, values);
  return { rows, total: count!.total };
}
