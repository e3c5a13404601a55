import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createApp } from '../../server/app.js';
import { openDb } from '../../server/db/open.js';
import type { EventHub } from '../../server/events/hub.js';
import { testDatabase } from './helpers/database.js';
import { startTestServer } from './helpers/server.js';

describe('GET /health', () => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  before(async () => (server = await startTestServer()));
  after(() => server.close());

  const health = async () => {
    const response = await fetch(`${server.url}/health`);
    return { status: response.status, body: await response.json() };
  };

  it('answers 200 when the database answers and has every migration', async () => {
    assert.deepEqual(await health(), { status: 200, body: { status: 'ok', database: 'reachable', pendingMigrations: [] } });
  });

  it('answers 503 naming a migration the database has not recorded', async () => {
    const { db } = server.services;
    const [last] = await db.query<{ name: string }>('DELETE FROM schema_migrations WHERE name = (SELECT max(name) FROM schema_migrations) RETURNING name');
    try {
      assert.deepEqual(await health(), { status: 503, body: { status: 'unavailable', database: 'reachable', pendingMigrations: [last!.name] } });
    } finally {
      await db.query('INSERT INTO schema_migrations (name) VALUES ($1)', [last!.name]);
    }
    assert.equal((await health()).status, 200);
  });
});

it('GET /health answers 503 when the database does not answer', async () => {
  const database = await testDatabase();
  try {
    const db = await openDb(database);
    await db.close();
    // Creating the app touches neither the database nor the hub; only /health reads the database.
    const app = createApp({ db, events: {} as EventHub, visitorKey: 'k' });
    const response = await app.request('/health');
    assert.equal(response.status, 503);
    assert.deepEqual(await response.json(), { status: 'unavailable', database: 'unreachable' });
  } finally {
    await database.drop();
  }
});
