import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { call } from './helpers/client.js';
import { startTestServer, type TestServer } from './helpers/server.js';

let server: TestServer & { close(): Promise<void> };
before(async () => (server = await startTestServer()));
after(() => server.close());

/** A sandboxed frame (no allow-same-origin) has an opaque origin: its requests say `Origin: null`. */
describe('a store in a sandboxed frame', () => {
  it('may call an open site', async () => {
    const site = await server.site();
    const { status, headers } = await call(site, 'POST', 'visitors', { headers: { Origin: 'null' } });
    assert.equal(status, 201);
    assert.equal(headers.get('Access-Control-Allow-Origin'), '*');
  });

  it('may call a site that lists its origins only when it lists null', async () => {
    const listed = await server.site({ allowedOrigins: ['https://shop.example', 'null'] });
    const allowed = await call(listed, 'POST', 'visitors', { headers: { Origin: 'null' } });
    assert.equal(allowed.status, 201);
    assert.equal(allowed.headers.get('Access-Control-Allow-Origin'), 'null');
    const unlisted = await server.site({ allowedOrigins: ['https://shop.example'] });
    const refused = await call(unlisted, 'POST', 'visitors', { headers: { Origin: 'null' } });
    assert.equal(refused.status, 403);
  });
});
