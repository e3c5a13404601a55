import { readdir, readFile } from 'node:fs/promises';
import type { Db, Sql } from './db.js';

const migrationsDir = new URL('../migrations/', import.meta.url);

/** The `migrations/NNN_name.sql` files this server has, in name order. */
const migrationFiles = async (): Promise<string[]> => (await readdir(migrationsDir)).filter((name) => name.endsWith('.sql')).sort();

/**
 * Applies every `migrations/NNN_name.sql` not yet recorded, in name order, all in one
 * transaction. An advisory lock makes server copies starting together take turns.
 */
export async function migrate(db: Db): Promise<string[]> {
  const files = await migrationFiles();
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(8787)');
    await tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      name text PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const done = new Set((await tx.query<{ name: string }>('SELECT name FROM schema_migrations')).map((row) => row.name));
    const applied: string[] = [];
    for (const name of files.filter((file) => !done.has(file))) {
      await tx.exec(await readFile(new URL(name, migrationsDir), 'utf8'));
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
      applied.push(name);
    }
    return applied;
  });
}

/** The migrations this server has that `sql`'s database has not recorded (none once `migrate` ran). */
export async function pendingMigrations(sql: Sql): Promise<string[]> {
  const done = new Set((await sql.query<{ name: string }>('SELECT name FROM schema_migrations')).map((row) => row.name));
  return (await migrationFiles()).filter((file) => !done.has(file));
}
