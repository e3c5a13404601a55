import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { call } from './helpers/client.js';
import { startTestServer } from './helpers/server.js';

/** `npm run member`: the site holder's first team member, before anyone can sign in to the console. */
const ADMIN_KEY = 'operator-key-for-tests-0123456789';
let server: Awaited<ReturnType<typeof startTestServer>>;
before(async () => (server = await startTestServer({ adminKey: ADMIN_KEY })));
after(() => server.close());

const root = new URL('../../', import.meta.url);

/** Runs a CLI of server/ with this environment (nothing of the test's own database). */
async function run(cli: string, args: string[], env: Record<string, string>): Promise<{ code: number; out: string; err: string }> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([name]) => !['DATABASE_URL', 'DATA_DIR', 'ADMIN_KEY', 'SC_SERVER_URL'].includes(name)));
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', `server/${cli}`, ...args], { cwd: root, env: { ...clean, ...env } });
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout, err: failed.stderr };
  }
}
const member = (args: string[], env: Record<string, string>) => run('members-cli.ts', args, env);

describe('npm run member', () => {
  it('adds a member through the server, prints the credential once, lists and revokes', async () => {
    const site = await server.site();
    const env = { ADMIN_KEY };
    const added = await member(['add', site.id, '--name', 'Carolien', '--role', 'webcare team', '--scopes', 'answer, moderate', '--server', server.url], env);
    assert.equal(added.code, 0, added.err);
    const [, id, credential] = /member (tm_\S+), scopes answer, moderate\ncredential .*: (scm_\S+)\n$/.exec(added.out) ?? [];
    assert.ok(id && credential, added.out);
    const me = await call(site, 'GET', 'members/me', { headers: { Authorization: `Bearer ${credential}` } });
    assert.deepEqual([me.body.member.name, me.body.member.role], ['Carolien', 'webcare team']);

    const listed = await member(['list', site.id, '--server', server.url], env);
    assert.equal(listed.out, `${id}\tCarolien\twebcare team\tanswer,moderate\n`);
    assert.doesNotMatch(listed.out, /scm_/);
    assert.equal((await member(['revoke', site.id, id!, '--server', server.url], env)).code, 0);
    assert.equal((await call(site, 'GET', 'members/me', { headers: { Authorization: `Bearer ${credential}` } })).status, 401);
    assert.equal((await member(['list', site.id, '--server', server.url], env)).out, '');
  });

  it('refuses a member without a name, role or known scope before anything is changed, and an unknown site', async () => {
    const site = await server.site();
    for (const args of [['--role', 'x', '--scopes', 'answer'], ['--name', 'Ann', '--role', 'x'], ['--name', 'Ann', '--role', 'x', '--scopes', 'answer,everything']]) {
      const refused = await member(['add', site.id, ...args, '--server', server.url], { ADMIN_KEY });
      assert.equal(refused.code, 2, args.join(' '));
    }
    assert.equal((await call(site, 'GET', 'members', { headers: { Authorization: `Bearer ${site.secret}` } })).body.members.length, 0);
    const unknown = await member(['add', 'no-such-shop', '--name', 'Ann', '--role', 'x', '--scopes', 'answer', '--server', server.url], { ADMIN_KEY });
    assert.equal(unknown.code, 1);
    assert.match(unknown.err, /No such site/);
  });

  it('writes to the database itself when no server holds it', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'sc-members-'));
    try {
      assert.equal((await run('sites-cli.ts', ['shop'], { DATA_DIR: dataDir })).code, 0);
      const added = await member(['add', 'shop', '--name', 'Ruud', '--role', 'owner', '--scopes', 'team'], { DATA_DIR: dataDir });
      assert.equal(added.code, 0, added.err);
      assert.match((await member(['list', 'shop'], { DATA_DIR: dataDir })).out, /^tm_\S+\tRuud\towner\tteam\n$/);
      assert.match((await member(['list', 'nope'], { DATA_DIR: dataDir })).err, /no site nope/);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
