import type { Sql } from '../db/db.js';
import type { QuestionCursor, QuestionSort } from '../schemas/questions.js';
import { questionColumns, type QuestionRow } from './questions.js';

/** Keyset paging as reviews' (review-pages.ts): one column, then insertion order, newest first. */
const sorts: Record<QuestionSort, { order: string; after: string; filter?: string; key: (row: QuestionRow) => number }> = {
  newest: { order: 'seq DESC', after: 'seq < $s', key: () => 0 },
  helpful: { order: 'helpful DESC, seq DESC', after: '(helpful, seq) < ($k, $s)', key: (row) => row.helpful },
  unanswered: { order: 'seq DESC', after: 'seq < $s', filter: 'answers = 0 AND private_answers = 0', key: () => 0 },
};

/** `%`, `_` and `\` typed in a search are searched for, not wildcards. */
const likePattern = (text: string): string => `%${text.replace(/[\\%_]/g, '\\$&')}%`;

export interface QuestionPageRequest {
  readonly sort: QuestionSort;
  /** Words to find in the question or its public answers. */
  readonly search?: string;
  readonly after?: QuestionCursor;
  /** Rows to read: one more than a page shows tells whether there is a next. */
  readonly limit: number;
}

function filters(site: string, productId: string, page: Omit<QuestionPageRequest, 'after' | 'limit'>): { where: string[]; values: unknown[] } {
  const values: unknown[] = [site, productId];
  const where = ['site_id = $1', 'product_id = $2', "status = 'published'"];
  const filter = sorts[page.sort].filter;
  if (filter) where.push(filter);
  if (page.search) {
    const n = values.push(likePattern(page.search));
    where.push(
      `(body ILIKE $${n} OR EXISTS (SELECT 1 FROM question_answers a WHERE a.site_id = questions.site_id AND a.question_id = questions.id AND a.status = 'published' AND NOT a.private AND a.body ILIKE $${n}))`,
    );
  }
  return { where, values };
}

/** A page of a product's published questions, and how many match in all. */
export async function questionPage(sql: Sql, site: string, productId: string, page: QuestionPageRequest): Promise<{ rows: QuestionRow[]; total: number }> {
  const { where, values } = filters(site, productId, page);
  const [count] = await sql.query<{ total: number }>(`SELECT count(*)::int AS total FROM questions WHERE ${where.join(' AND ')}`, values);
  const sort = sorts[page.sort];
  const after = page.after;
  if (after) where.push(sort.after.replace(/\$([ks])\b/g, (_, name: 'k' | 's') => `$${values.push(after[name])}`));
  const rows = await sql.query<QuestionRow>(`SELECT ${questionColumns} FROM questions WHERE ${where.join(' AND ')} ORDER BY ${sort.order} LIMIT ${page.limit}`, values);
  return { rows, total: count!.total };
}

/** The cursor that continues after `row`. */
export const questionCursorAfter = (sort: QuestionSort, row: QuestionRow): QuestionCursor => ({ sort, k: sorts[sort].key(row), s: row.seq_text }) as QuestionCursor;

/** The shop's queues: `awaiting` its answer (oldest first), or `moderation` (held or reported, question or answer; newest first). */
export type SellerQueue = 'awaiting' | 'moderation';

const queues: Record<SellerQueue, { where: string; order: string; after: string }> = {
  awaiting: { where: "status = 'published' AND shop_answered_at IS NULL", order: 'seq', after: 'seq > $s' },
  moderation: {
    where: `(status = 'pending' OR reports > 0 OR EXISTS (SELECT 1 FROM question_answers a WHERE a.site_id = questions.site_id AND a.question_id = questions.id AND (a.status = 'pending' OR a.reports > 0)))`,
    order: 'seq DESC',
    after: 'seq < $s',
  },
};

export async function sellerQueuePage(sql: Sql, site: string, queue: SellerQueue, after: string | undefined, limit: number): Promise<{ rows: QuestionRow[]; total: number }> {
  const { where, order } = queues[queue];
  const [count] = await sql.query<{ total: number }>(`SELECT count(*)::int AS total FROM questions WHERE site_id = $1 AND ${where}`, [site]);
  const values: unknown[] = [site];
  const page = after ? ` AND ${queues[queue].after.replace('$s', `$${values.push(after)}`)}` : '';
  const rows = await sql.query<QuestionRow>(`SELECT ${questionColumns} FROM questions WHERE site_id = $1 AND ${where}${page} ORDER BY ${order} LIMIT ${limit}`, values);
  return { rows, total: count!.total };
}
