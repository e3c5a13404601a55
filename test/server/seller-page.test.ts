import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { listen, type RunningServer } from '../../server/listen.js';
import { saveSite } from '../../server/sites/sites.js';
import { call } from './helpers/client.js';
import { type TestDatabase, testDatabase } from './helpers/database.js';
import type { TestSite } from './helpers/server.js';

/** demo/seller.html, served as by `npm start`, and the seller routes its script calls. */
let database: TestDatabase;
let server: RunningServer;
before(async () => {
  database = await testDatabase();
  server = await listen({ ...database, host: '127.0.0.1', port: 0, serveStatic: true });
});
after(async () => (await server.close(), await database.drop()));

// Plain JS without declarations: a computed specifier keeps TypeScript from asking for types.
const { sellerApi } = await import(new URL('../../demo/seller.js', import.meta.url).href);
const source = (name: string) => readFile(new URL(`../../demo/${name}`, import.meta.url), 'utf8');
const scripts = async () => ['seller.js', ...(await readdir(new URL('../../demo/seller/', import.meta.url))).filter((name) => name.endsWith('.js')).map((name) => `seller/${name}`)];

async function moderatedSite(): Promise<TestSite> {
  const id = `t-${randomBytes(5).toString('hex')}`;
  const secret = `secret-${randomBytes(12).toString('hex')}`;
  await saveSite(server.services.db, { id, secret, allowedOrigins: [], checkoutUrl: null, moderateReviews: true });
  return { id, secret, base: `${server.url}/v1/sites/${id}/` };
}

async function member(site: TestSite, scopes: string[]): Promise<string> {
  const { body } = await call(site, 'POST', 'members', { headers: { Authorization: `Bearer ${site.secret}` }, body: { name: 'Mia', role: 'webcare team', scopes } });
  return body.credential;
}

describe('demo/seller.html', () => {
  it('is served at /seller.html with its scripts and styles', async () => {
    for (const [path, type] of [['/seller.html', 'text/html'], ['/seller.css', 'text/css'], ...(await scripts()).map((name) => [`/${name}`, 'javascript'])] as const) {
      const response = await fetch(server.url + path);
      assert.equal(response.status, 200, path);
      assert.match(response.headers.get('Content-Type') ?? '', new RegExp(type), path);
    }
  });

  it('never asks for the secret key, holds no key, stores none, renders text only, and labels every field', async () => {
    const html = await source('seller.html');
    const code = (await Promise.all((await scripts()).map(source))).join('\n');
    assert.doesNotMatch(html + code, /secret-|demo-secret|scm_\w{8,}|Bearer [\w-]{8,}/);
    assert.doesNotMatch(html, /secret key|type="password"[^>]*id="secret"/i);
    assert.match(html, /stays in this tab's memory only/);
    assert.doesNotMatch(code, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|localStorage|sessionStorage|indexedDB|cookie/);
    assert.match(html, /role="status"/);
    for (const [, id] of html.matchAll(/<(?:input|textarea|select)[^>]*\bid="([^"]+)"/g)) assert.match(html, new RegExp(`<label for="${id}">`), `label for #${id}`);
  });

  it('calls the routes as a member, whose credential the server knows', async () => {
    const site = await moderatedSite();
    const api = sellerApi(server.url, site.id, await member(site, ['answer', 'moderate']));
    const { member: me } = await api.send('GET', 'members/me');
    assert.deepEqual([me.name, me.role, me.scopes], ['Mia', 'webcare team', ['answer', 'moderate']]);
    assert.equal((await api.send('GET', 'reviews?reported=true')).total, 0);
  });

  it('rejects a wrong credential with the server\'s code, so the page can say so', async () => {
    const site = await moderatedSite();
    await assert.rejects(sellerApi(server.url, site.id, 'wrong-key').send('GET', 'members/me'), { status: 401 });
    await assert.rejects(sellerApi(server.url, 'no-such-site', 'wrong-key').send('GET', 'members/me'), { status: 404, code: 'site_not_found' });
  });
});
