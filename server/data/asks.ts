import type { Sql } from '../db/db.js';
import { pollColumns, type PollRow } from './polls.js';

/** Asks `actor` made in the last 24 hours. */
export async function asksToday(sql: Sql, site: string, actor: string): Promise<number> {
  const [row] = await sql.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM polls WHERE site_id = $1 AND created_by = $2 AND created_at > now() - interval '1 day'`,
    [site, actor],
  );
  return row!.n;
}

/** The catalog's titles of the products an ask names; products the catalog lacks are left out. */
export async function productTitles(sql: Sql, site: string, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await sql.query<{ id: string; title: string }>('SELECT id, title FROM products WHERE site_id = $1 AND id = ANY($2)', [site, ids]);
  return new Map(rows.map((row) => [row.id, row.title]));
}

/** An ask: a poll of kind `ask` with no question, made by `actor`. */
export async function insertAsk(tx: Sql, site: string, id: string, options: readonly { id: string; label: string }[], actor: string): Promise<PollRow> {
  const [poll] = await tx.query<PollRow>(
    `INSERT INTO polls (site_id, id, kind, question, options, created_by) VALUES ($1, $2, 'ask', '', $3, $4) RETURNING ${pollColumns}`,
    [site, id, JSON.stringify(options), actor],
  );
  return poll!;
}
