import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { call, visitor } from './helpers/client.js';
import { onPostgres } from './helpers/database.js';
import { openEvents } from './helpers/events.js';
import { startServer, startTestServer } from './helpers/server.js';

let server: Awaited<ReturnType<typeof startTestServer>>;
before(async () => (server = await startTestServer()));
after(() => server.close());

describe('live events', () => {
  it('pushes like counts of the ids followed, and only those', async () => {
    const site = await server.site();
    const stream = await openEvents(`${site.base}events?likes=a&likes=b`);
    try {
      const headers = { 'X-Visitor-Token': await visitor(site) };
      await call(site, 'PUT', 'likes/not-followed', { headers });
      await call(site, 'PUT', 'likes/b', { headers });
      assert.deepEqual(await stream.next(), { event: 'like', data: { productId: 'b', count: 1 } });
      await call(site, 'DELETE', 'likes/b', { headers });
      assert.deepEqual(await stream.next(), { event: 'like', data: { productId: 'b', count: 0 } });
    } finally {
      stream.close();
    }
  });

  it('does not leak another site\'s changes', async () => {
    const [a, b] = [await server.site(), await server.site()];
    const stream = await openEvents(`${b.base}events?likes=same`);
    try {
      await call(a, 'PUT', 'likes/same', { headers: { 'X-Visitor-Token': await visitor(a) } });
      await call(b, 'PUT', 'likes/same', { headers: { 'X-Visitor-Token': await visitor(b) } });
      assert.deepEqual(await stream.next(), { event: 'like', data: { productId: 'same', count: 1 } });
    } finally {
      stream.close();
    }
  });

  it('refuses a stream of nothing', async () => {
    const site = await server.site();
    const { status } = await call(site, 'GET', 'events');
    assert.equal(status, 400);
  });

  it('sends keep-alive comments', async () => {
    const quick = await startServer(server.database, { keepAlive: 50 });
    try {
      const site = await quick.site();
      const response = await fetch(`${site.base}events?likes=a`);
      const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
      let text = '';
      while (!text.includes(': keep-alive')) text += (await reader.read()).value;
      await reader.cancel();
    } finally {
      await quick.stop();
    }
  });

  it('carries a change made on another server copy (PostgreSQL)', { skip: !onPostgres && 'PGlite is one process' }, async () => {
    const other = await startServer(server.database);
    try {
      const site = await server.site();
      const stream = await openEvents(`${site.base}events?likes=x`);
      const onOther = { ...site, base: site.base.replace(server.url, other.url) };
      await call(onOther, 'PUT', 'likes/x', { headers: { 'X-Visitor-Token': await visitor(onOther) } });
      assert.deepEqual(await stream.next(), { event: 'like', data: { productId: 'x', count: 1 } });
      stream.close();
    } finally {
      await other.stop();
    }
  });
});
