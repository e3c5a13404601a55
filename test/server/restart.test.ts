import assert from 'node:assert/strict';
import { it } from 'node:test';
import { call, visitor } from './helpers/client.js';
import { testDatabase } from './helpers/database.js';
import { startServer } from './helpers/server.js';

it('keeps likes and accepts old visitor tokens after a restart', async () => {
  const database = await testDatabase({ onDisk: true });
  try {
    const first = await startServer(database);
    const site = await first.site();
    const token = await visitor(site);
    await call(site, 'PUT', 'likes/kept', { headers: { 'X-Visitor-Token': token } });
    if (database.dataDir) await assert.rejects(startServer(database), /in use by process/);
    await first.stop();

    const second = await startServer(database);
    try {
      const again = { ...site, base: site.base.replace(first.url, second.url) };
      const { body } = await call(again, 'GET', 'likes?ids=kept', { headers: { 'X-Visitor-Token': token } });
      assert.deepEqual(body.likes.kept, { count: 1, liked: true });
    } finally {
      await second.stop();
    }
  } finally {
    await database.drop();
  }
});
