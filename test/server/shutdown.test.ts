import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { Agent, get, type IncomingMessage, request } from 'node:http';
import { before, it } from 'node:test';
import { startServerProcess } from '../../scripts/server-process.mjs';
import { testDatabase } from './helpers/database.js';

const root = new URL('../../', import.meta.url);
before(() => void execFileSync('npm', ['run', '-s', 'build', '-w', 'server'], { cwd: root, stdio: 'inherit' }));

const text = async (response: IncomingMessage): Promise<string> => {
  let body = '';
  for await (const chunk of response.setEncoding('utf8')) body += chunk;
  return body;
};

it('on SIGTERM stops accepting, answers the request under way, ends event streams and exits 0', async () => {
  const database = await testDatabase({ onDisk: true });
  const adminKey = 'admin-key-of-the-shutdown-test';
  const server = startServerProcess('server/dist/server/main.js', {
    cwd: root,
    env: { DATABASE_URL: database.databaseUrl ?? '', DATA_DIR: database.dataDir ?? '', ADMIN_KEY: adminKey },
  });
  try {
    const url = await server.url;
    const created = await fetch(`${url}/admin/sites/shutdown`, { method: 'PUT', headers: { Authorization: `Bearer ${adminKey}` } });
    assert.equal(created.status, 201);
    const base = `${url}/v1/sites/shutdown/`;
    const { token } = (await (await fetch(`${base}visitors`, { method: 'POST' })).json()) as { token: string };

    const events = await fetch(`${base}events?likes=p1`);
    const stream = events.body!.pipeThrough(new TextDecoderStream()).getReader();
    assert.equal((await stream.read()).value, ': connected\n\n');

    // A request under way, on a connection its client would keep: the server has its headers
    // (it said 100 Continue), not yet its body.
    const body = JSON.stringify({ name: 'Sent while stopping' });
    const underWay = request(`${base}wishlists`, {
      method: 'POST',
      agent: new Agent({ keepAlive: true }),
      headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), 'X-Visitor-Token': token, Expect: '100-continue' },
    });
    const answered = once(underWay, 'response') as Promise<[IncomingMessage]>;
    underWay.flushHeaders();
    await once(underWay, 'continue');

    server.child.kill('SIGTERM');
    let end = await stream.read();
    while (!end.done) end = await stream.read(); // a comment may come first; then the stream ends, not cut
    // The listening socket closed before the streams were ended.
    await assert.rejects(new Promise((resolve, reject) => get(`${url}/health`, { agent: false }, resolve).on('error', reject)), { code: 'ECONNREFUSED' });

    underWay.end(body);
    const [response] = await answered;
    assert.equal(response.statusCode, 201);
    assert.equal(response.headers.connection, 'close'); // else the server would wait for the client to leave
    assert.equal(JSON.parse(await text(response)).name, 'Sent while stopping');
    assert.deepEqual(await server.exited, { code: 0, signal: null }, server.log.join('\n'));
  } finally {
    server.child.kill('SIGKILL');
    await database.drop();
  }
});
