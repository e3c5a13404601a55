#!/usr/bin/env node
// `node scripts/deploy-check.mjs` (in .ci/run, after `npm ci`): the server deployed as on a
// fresh machine, with the commands the Dockerfile runs. It packs the server workspace
// (`npm pack`, whose prepack builds it), installs the tarball alone with server/deploy/install.sh
// (`--omit=dev`: no TypeScript, no tsx), starts it with node on PGlite and, when DEPLOY_PG_URL
// names a role that may CREATE DATABASE, on PostgreSQL; each must answer GET /health, count a
// like, and exit 0 on SIGTERM.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startServerProcess } from './server-process.mjs';

const root = new URL('..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'sc-deploy-'));
const run = (command, args) => execFileSync(command, args, { cwd: root, stdio: 'inherit' });

try {
  run('npm', ['pack', '--workspace', 'server', '--pack-destination', work]);
  const tarball = join(work, readdirSync(work).find((name) => name.endsWith('.tgz')));
  const app = join(work, 'app');
  run('sh', ['server/deploy/install.sh', tarball, app]);
  for (const dev of ['typescript', 'tsx', '@types/node']) assert.ok(!existsSync(join(app, 'node_modules', dev)), `${dev} was installed`);

  await check('PGlite', app, { DATA_DIR: join(work, 'data') });
  const admin = process.env.DEPLOY_PG_URL;
  if (admin) {
    const name = `sc_deploy_${randomBytes(6).toString('hex')}`;
    await sql(admin, `CREATE DATABASE ${name}`);
    try {
      const url = new URL(admin);
      url.pathname = `/${name}`;
      await check('PostgreSQL', app, { DATABASE_URL: url.href });
    } finally {
      await sql(admin, `DROP DATABASE ${name} WITH (FORCE)`);
    }
  } else {
    console.log('deploy check: no DEPLOY_PG_URL, PostgreSQL skipped');
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** Starts the installed server on one database and checks it as a shop's first visitor would. */
async function check(database, app, env) {
  const adminKey = randomBytes(24).toString('hex');
  const server = startServerProcess('dist/server/main.js', { cwd: app, env: { ...env, ADMIN_KEY: adminKey } });
  try {
    const url = await server.url;
    const health = await fetch(`${url}/health`);
    assert.deepEqual([health.status, await health.json()], [200, { status: 'ok', database: 'reachable', pendingMigrations: [] }]);

    const site = await fetch(`${url}/admin/sites/deploy-check`, { method: 'PUT', headers: { Authorization: `Bearer ${adminKey}` } });
    assert.equal(site.status, 201);
    const base = `${url}/v1/sites/deploy-check`;
    const { token } = await (await fetch(`${base}/visitors`, { method: 'POST' })).json();
    const headers = { 'X-Visitor-Token': token };
    assert.equal((await fetch(`${base}/likes/sku-1`, { method: 'PUT', headers })).status, 200);
    const { likes } = await (await fetch(`${base}/likes?ids=sku-1`, { headers })).json();
    assert.deepEqual(likes['sku-1'], { count: 1, liked: true });

    server.child.kill('SIGTERM');
    assert.deepEqual(await server.exited, { code: 0, signal: null });
    console.log(`deploy check: ${database}: /health 200, a like counted, exit 0 on SIGTERM`);
  } catch (error) {
    console.error(server.log.join('\n'));
    throw error;
  } finally {
    server.child.kill('SIGKILL');
  }
}

async function sql(url, statement) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
