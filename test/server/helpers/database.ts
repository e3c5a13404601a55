import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * Where a test file's server keeps data. With TEST_PG_URL (a role allowed to CREATE
 * DATABASE, e.g. postgres://sc:sc@127.0.0.1:5432/postgres) each file gets a fresh
 * PostgreSQL database, dropped at the end; without it PGlite, in memory unless `onDisk`.
 */
export interface TestDatabase {
  readonly databaseUrl?: string;
  readonly dataDir?: string;
  drop(): Promise<void>;
}

export const onPostgres = Boolean(process.env.TEST_PG_URL);

export async function testDatabase(options: { onDisk?: boolean } = {}): Promise<TestDatabase> {
  const admin = process.env.TEST_PG_URL;
  if (admin) {
    const name = `sc_test_${randomBytes(6).toString('hex')}`;
    await withClient(admin, (client) => client.query(`CREATE DATABASE ${name}`));
    const url = new URL(admin);
    url.pathname = `/${name}`;
    return {
      databaseUrl: url.href,
      drop: () => dropDatabase(admin, name),
    };
  }
  if (!options.onDisk) return { drop: async () => undefined };
  const dataDir = await mkdtemp(join(tmpdir(), 'sc-test-'));
  return { dataDir, drop: () => rm(dataDir, { recursive: true, force: true }) };
}

/**
 * FORCE ends the test server's leftover connections, but a role without pg_signal_backend
 * may not end an autovacuum worker that happens to be in the database; that worker leaves
 * on its own within moments, so a refused drop is tried again.
 */
async function dropDatabase(admin: string, name: string, attempts = 10): Promise<void> {
  try {
    await withClient(admin, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  } catch (error) {
    if ((error as { code?: string }).code !== '42501' || attempts <= 1) throw error;
    await new Promise((resolve) => setTimeout(resolve, 200));
    await dropDatabase(admin, name, attempts - 1);
  }
}

async function withClient(url: string, work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
