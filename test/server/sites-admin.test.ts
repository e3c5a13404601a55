import assert from 'node:assert/strict';
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { checkOrigin } from '../../server/sites/origin.js';
import { readSite } from '../../server/sites/sites.js';
import { call } from './helpers/client.js';
import { onPostgres } from './helpers/database.js';
import { startTestServer, type TestSite } from './helpers/server.js';

const ADMIN_KEY = 'operator-key-for-tests-0123456789';
let server: Awaited<ReturnType<typeof startTestServer>>;
before(async () => (server = await startTestServer({ adminKey: ADMIN_KEY })));
after(() => server.close());

const root = new URL('../../', import.meta.url);
const siteAt = (id: string): TestSite => ({ id, secret: '', base: `${server.url}/v1/sites/${id}/` });
const newId = () => `s-${Math.random().toString(36).slice(2, 10)}`;

function admin(id: string, body: unknown, key = ADMIN_KEY): Promise<{ status: number; body: any }> {
  return fetch(`${server.url}/admin/sites/${id}`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', ...(key ? { Authorization: `Bearer ${key}` } : {}) },
    body: JSON.stringify(body),
  }).then(async (response) => ({ status: response.status, body: await response.json() }));
}

/** `npm run site -- …args` with this environment (nothing of the test's own database). */
async function site(args: string[], env: Record<string, string>): Promise<{ code: number; out: string; err: string }> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !['DATABASE_URL', 'DATA_DIR', 'ADMIN_KEY', 'SC_SERVER_URL'].includes(name)));
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'server/sites-cli.ts', ...args], { cwd: root, env: { ...clean, ...env } });
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout, err: failed.stderr };
  }
}

describe('site origins', () => {
  it('takes scheme, host and port, as browsers send them', () => {
    for (const origin of ['https://shop.example', 'http://localhost:8080', 'http://127.0.0.1:1', 'http://[::1]:3000', 'https://xn--bcher-kva.example']) {
      assert.deepEqual(checkOrigin(origin), { origin });
    }
  });

  it('refuses what can never match, saying what would', () => {
    for (const [text, says] of [
      ['host:1', /no scheme.*https:\/\/host:1/],
      ['shop.example', /no scheme/],
      ['http://host:1/', /did you mean http:\/\/host:1\?/],
      ['https://shop.example/shop', /did you mean https:\/\/shop\.example\?/],
      ['https://shop.example?x=1', /did you mean/],
      ['https://ann@shop.example', /did you mean/],
      ['https://Shop.Example', /did you mean https:\/\/shop\.example\?/],
      ['https://shop.example:443', /did you mean https:\/\/shop\.example\?/],
      ['ftp://shop.example', /https or http/],
      ['https://', /not a URL/],
    ] as const) {
      const checked = checkOrigin(text);
      assert.ok('error' in checked, text);
      assert.match(checked.error, says, text);
    }
  });

  it('are checked by npm run site before anything is changed', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'sc-site-'));
    try {
      for (const origin of ['host:1', 'http://host:1/']) {
        const { code, err } = await site(['shop2', '--origin', origin], { DATA_DIR: dataDir });
        assert.equal(code, 2);
        assert.match(err, /^--origin: /);
      }
      assert.match((await site(['Shop_2'], { DATA_DIR: dataDir })).err, /site id/);
      await assert.rejects(stat(join(dataDir, 'PG_VERSION')), 'no database was opened');
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});

describe('PUT /admin/sites/{id}', () => {
  it('needs the operator key', async () => {
    for (const key of ['', 'wrong-key', server.url]) {
      const { status, body } = await admin(newId(), {}, key);
      assert.equal(status, 401);
      assert.equal(body.error.code, 'admin_key_required');
    }
  });

  it('does not exist on a server without ADMIN_KEY', async () => {
    const plain = await startTestServer();
    try {
      const response = await fetch(`${plain.url}/admin/sites/x`, { method: 'PUT', headers: { Authorization: 'Bearer ' } });
      assert.equal(response.status, 404);
    } finally {
      await plain.close();
    }
  });

  it('refuses bad input with 400 naming the field', async () => {
    for (const [id, body, field] of [
      ['Bad_Id', {}, /^path\.id: /],
      [newId(), { origins: ['http://host:1/'] }, /^body\.origins\.0: .*did you mean/],
      [newId(), { origins: 'https://a.example' }, /^body\.origins: /],
      [newId(), { checkoutUrl: 'javascript:alert(1)' }, /^body\.checkoutUrl: /],
      [newId(), { secret: 'short' }, /^body\.secret: /],
      [newId(), { moderate: true }, /^body: /],
    ] as const) {
      const { status, body: answer } = await admin(id, body);
      assert.equal(status, 400, JSON.stringify(body));
      assert.equal(answer.error.code, 'invalid_request');
      assert.match(answer.error.message, field);
    }
  });

  it('creates a site with a new secret, then changes only what it is given', async () => {
    const id = newId();
    const created = await admin(id, { origins: ['https://a.example'], moderateReviews: true });
    assert.equal(created.status, 201);
    assert.equal(created.body.created, true);
    assert.match(created.body.secret, /^[\w-]{43}$/);
    const updated = await admin(id, { checkoutUrl: 'https://a.example/pay' });
    assert.deepEqual(updated, { status: 200, body: { id, created: false } });
    assert.deepEqual(await readSite(server.services.db, id), {
      id,
      secret: created.body.secret,
      allowedOrigins: ['https://a.example'],
      checkoutUrl: 'https://a.example/pay',
      moderateReviews: true,
    });
  });

  it('is seen by the server at once: a new site, a new origin', async () => {
    const id = newId();
    // Both answers below are remembered by the server's site cache…
    assert.equal((await call(siteAt(id), 'GET', 'likes?ids=a')).body.error.code, 'site_not_found');
    assert.equal((await admin(id, { origins: ['https://a.example'] })).status, 201);
    const fromB = { headers: { Origin: 'https://b.example' } };
    assert.equal((await call(siteAt(id), 'GET', 'likes?ids=a')).status, 200);
    assert.equal((await call(siteAt(id), 'GET', 'likes?ids=a', fromB)).body.error.code, 'origin_not_allowed');
    // …and forgotten when the operator changes the site.
    assert.equal((await admin(id, { origins: ['https://a.example', 'https://b.example'] })).status, 200);
    assert.equal((await call(siteAt(id), 'GET', 'likes?ids=a', fromB)).status, 200);
  });
});

describe('npm run site while the server runs', () => {
  it('goes through --server with ADMIN_KEY', async () => {
    const id = newId();
    const { code, out } = await site([id, '--origin', 'https://shop2.example', '--server', server.url], { ADMIN_KEY });
    assert.equal(code, 0);
    assert.match(out, new RegExp(`^created site ${id}\\nsecret key \\(keep it on your servers only\\): [\\w-]{43}\\n$`));
    assert.equal((await call(siteAt(id), 'GET', 'likes?ids=a', { headers: { Origin: 'https://shop2.example' } })).status, 200);
    const refused = await site([id, '--server', server.url], { ADMIN_KEY: 'not-the-key' });
    assert.equal(refused.code, 1);
    assert.match(refused.err, /ADMIN_KEY/);
  });

  it('finds the demo server on PGlite through its data directory (npm start, then npm run site)', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'sc-demo-'));
    const demo = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts', '--demo'], {
      cwd: root,
      env: { ...process.env, PORT: '0', DATA_DIR: dataDir, DATABASE_URL: '', ADMIN_KEY: '' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    try {
      const url = await lineOf(demo, /admin routes on/).then(() => lineOf(demo, /./, true));
      assert.equal((await stat(join(dataDir, 'admin.json'))).mode & 0o777, 0o600);
      const { code, out, err } = await site(['shop2', '--origin', 'https://shop2.example'], { DATA_DIR: dataDir });
      assert.equal(code, 0, err);
      assert.match(out, /^created site shop2\n/);
      assert.equal((await fetch(`${url}/v1/sites/shop2/likes?ids=a`, { headers: { Origin: 'https://shop2.example' } })).status, 200);
    } finally {
      demo.kill('SIGINT');
      await new Promise((resolve) => demo.once('exit', resolve));
    }
    await assert.rejects(stat(join(dataDir, 'admin.json')), 'removed when the server stops');
    // With the server stopped, the CLI opens the database itself.
    assert.match((await site(['shop3'], { DATA_DIR: dataDir })).out, /^created site shop3\n/);
    await rm(dataDir, { recursive: true, force: true });
  });

  it('writes to PostgreSQL directly while the server runs', { skip: !onPostgres && 'PostgreSQL only (TEST_PG_URL)' }, async () => {
    const id = newId();
    const { code, err } = await site([id, '--origin', 'https://shop2.example'], { DATABASE_URL: server.database.databaseUrl! });
    assert.equal(code, 0, err);
    assert.deepEqual((await readSite(server.services.db, id))?.allowedOrigins, ['https://shop2.example']);
  });
});

/** Output of a child, collected as it comes. */
const outputs = new WeakMap<ChildProcess, string>();

/** Resolves when the child's output has a line matching `pattern`; with `url`, to the first URL it printed. */
function lineOf(child: ChildProcess, pattern: RegExp, url = false): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const text = outputs.get(child) ?? '';
      if (pattern.test(text)) resolve(url ? /http:\/\/[\d.:]+/.exec(text)![0] : text);
      else return false;
      return true;
    };
    if (!outputs.has(child)) {
      outputs.set(child, '');
      child.stdout!.on('data', (chunk: Buffer) => outputs.set(child, outputs.get(child) + chunk.toString()));
    }
    if (check()) return;
    const onData = () => check() && child.stdout!.off('data', onData);
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before printing ${pattern}`)));
  });
}
