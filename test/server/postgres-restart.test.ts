import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { call } from './helpers/client.js';
import { onPostgres } from './helpers/database.js';
import { startTestServer, type TestServer } from './helpers/server.js';

let server: TestServer & { close(): Promise<void> };
before(async () => (server = await startTestServer()));
after(() => server.close());

describe('PostgreSQL closing connections', { skip: !onPostgres && 'needs PostgreSQL (TEST_PG_URL)' }, () => {
  it('keeps serving when PostgreSQL ends the pool’s idle connections, as on a restart or failover', async () => {
    const site = await server.site();
    // Several at once, so the pool holds idle connections for PostgreSQL to end.
    const statuses = await Promise.all(Array.from({ length: 5 }, () => call(site, 'GET', 'likes?ids=a')));
    assert.deepEqual(statuses.map(({ status }) => status), [200, 200, 200, 200, 200]);
    // Only our own client connections: ending an autovacuum worker needs pg_signal_backend.
    await server.services.db.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
       WHERE datname = current_database() AND pid <> pg_backend_pid() AND usename = current_user`,
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal((await call(site, 'GET', 'likes?ids=a')).status, 200);
  });
});
