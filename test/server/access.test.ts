import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SignJWT } from 'jose';
import { readConfig } from '../../server/config.js';
import { call, userToken, visitor } from './helpers/client.js';
import { startTestServer, type TestServer, type TestSite } from './helpers/server.js';

let server: TestServer & { close(): Promise<void> };
// Tight limits so the 429 path is reachable in a few requests.
before(async () => (server = await startTestServer({ perVisitor: { burst: 3, perSecond: 0.5 }, maxBody: 1024, streamsPerAddress: 2 })));
after(() => server.close());

const flip = (text: string, at: number): string => text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1);

describe('visitor tokens', () => {
  it('issues signed tokens', async () => {
    const site = await server.site();
    const { status, body } = await call(site, 'POST', 'visitors');
    assert.equal(status, 201);
    assert.match(body.token, /^v1\.[\w-]+\.[\w-]+$/);
  });

  it('requires one to write', async () => {
    const site = await server.site();
    const { status, body } = await call(site, 'PUT', 'likes/p');
    assert.equal(status, 401);
    assert.equal(body.error.code, 'visitor_token_required');
  });

  for (const [name, forge] of [
    ['an altered id', (token: string) => flip(token, 4)],
    ['an altered signature', (token: string) => flip(token, token.length - 2)],
    ['a made-up token', () => 'v1.made-up-visitor.bm90IGEgc2lnbmF0dXJl'],
    ['garbage', () => 'not a token'],
  ] as const) {
    it(`refuses ${name}`, async () => {
      const site = await server.site();
      const token = forge(await visitor(site));
      for (const [method, path] of [['PUT', 'likes/p'], ['GET', 'likes?ids=p']]) {
        const { status, body } = await call(site, method!, path!, { headers: { 'X-Visitor-Token': token } });
        assert.equal(status, 401);
        assert.equal(body.error.code, 'invalid_visitor_token');
      }
    });
  }
});

describe('user tokens', () => {
  it('refuses one signed with another secret, or expired', async () => {
    const site = await server.site();
    const headers = { 'X-Visitor-Token': await visitor(site) };
    for (const token of [
      await userToken('someone-elses-secret', { sub: 'c', name: 'C' }),
      await userToken(site.secret, { sub: 'c', name: 'C' }, '-1m'),
    ]) {
      const { status, body } = await call(site, 'PUT', 'likes/p', { headers: { ...headers, 'X-User-Token': token } });
      assert.equal(status, 401);
      assert.equal(body.error.code, 'invalid_user_token');
    }
  });

  const likeAs = async (site: TestSite, token: string) =>
    call(site, 'PUT', 'likes/p', { headers: { 'X-Visitor-Token': await visitor(site), 'X-User-Token': token } });

  it('refuses one that never expires, or expires too far ahead, with its own code', async () => {
    const site = await server.site();
    const secret = new TextEncoder().encode(site.secret);
    for (const token of [
      await new SignJWT({ sub: 'c', name: 'C' }).setProtectedHeader({ alg: 'HS256' }).setIssuedAt().sign(secret),
      await userToken(site.secret, { sub: 'c', name: 'C' }, '8d'),
      await userToken(site.secret, { sub: 'c', name: 'C' }, '10y'),
    ]) {
      const { status, body } = await likeAs(site, token);
      assert.equal(status, 401);
      assert.equal(body.error.code, 'user_token_lifetime');
      assert.match(body.error.message, /7 days/);
    }
    assert.equal((await likeAs(site, await userToken(site.secret, { sub: 'c', name: 'C' }, '6d'))).status, 200);
    // Signed for exactly the maximum on a shop server whose clock runs a little ahead.
    const ahead = Math.floor(Date.now() / 1000) + 7 * 24 * 3600 + 30;
    assert.equal((await likeAs(site, await userToken(site.secret, { sub: 'c', name: 'C' }, ahead))).status, 200);
  });

  it('takes the longest lifetime from the configuration', async () => {
    assert.equal(readConfig({}, []).userTokenMaxLifetime, 7 * 24 * 3600);
    assert.equal(readConfig({ USER_TOKEN_MAX_LIFETIME: '3600' }, []).userTokenMaxLifetime, 3600);
    assert.throws(() => readConfig({ USER_TOKEN_MAX_LIFETIME: '1h' }, []), /USER_TOKEN_MAX_LIFETIME/);
    const strict = await startTestServer({ userTokenMaxLifetime: 3600 });
    try {
      const site = await strict.site();
      assert.equal((await likeAs(site, await userToken(site.secret, { sub: 'c', name: 'C' }, '2h'))).body.error.code, 'user_token_lifetime');
      assert.equal((await likeAs(site, await userToken(site.secret, { sub: 'c', name: 'C' }, '30m'))).status, 200);
    } finally {
      await strict.close();
    }
  });
});

describe('tenant isolation', () => {
  it('keeps one site\'s likes and tokens away from another', async () => {
    const [a, b] = [await server.site(), await server.site()];
    const tokenA = await visitor(a);
    await call(a, 'PUT', 'likes/shared-id', { headers: { 'X-Visitor-Token': tokenA } });
    assert.deepEqual((await call(b, 'GET', 'likes?ids=shared-id')).body.likes['shared-id'], { count: 0, liked: false });
    const replayed = await call(b, 'PUT', 'likes/shared-id', { headers: { 'X-Visitor-Token': tokenA } });
    assert.equal(replayed.status, 401);
    assert.equal(replayed.body.error.code, 'invalid_visitor_token');
    const foreignUser = await userToken(a.secret, { sub: 'c', name: 'C' });
    assert.equal((await call(b, 'GET', 'likes?ids=x', { headers: { 'X-User-Token': foreignUser } })).status, 401);
    assert.equal((await call(a, 'GET', 'likes?ids=shared-id')).body.likes['shared-id'].count, 1);
  });

  it('answers 404 for an unknown site', async () => {
    const site = await server.site();
    const { status, body } = await call({ ...site, base: `${server.url}/v1/sites/nope/` }, 'GET', 'likes?ids=a');
    assert.equal(status, 404);
    assert.equal(body.error.code, 'site_not_found');
  });
});

describe('requests', () => {
  it('answers 400 with the field for invalid input', async () => {
    const site = await server.site();
    for (const path of ['likes', 'likes?ids=', `likes?ids=${'x'.repeat(129)}`]) {
      const { status, body } = await call(site, 'GET', path);
      assert.equal(status, 400, path);
      assert.equal(body.error.code, 'invalid_request');
      assert.match(body.error.message, /^query\.ids/);
    }
  });

  it('answers 413 for a body over the limit', async () => {
    const site = await server.site();
    const { status, body } = await call(site, 'POST', 'visitors', { body: { pad: 'x'.repeat(2000) } });
    assert.equal(status, 413);
    assert.equal(body.error.code, 'payload_too_large');
  });

  it('answers 404 as JSON for an unknown route', async () => {
    const site = await server.site();
    const { status, body } = await call(site, 'GET', 'nothing-here');
    assert.equal(status, 404);
    assert.equal(body.error.code, 'not_found');
  });

  it('answers 429 with Retry-After when one visitor writes too fast', async () => {
    const site = await server.site();
    const headers = { 'X-Visitor-Token': await visitor(site) };
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push(await call(site, 'PUT', `likes/p${i}`, { headers }));
    assert.deepEqual(statuses.map((reply) => reply.status), [200, 200, 200, 429]);
    assert.equal(statuses[3]!.body.error.code, 'rate_limited');
    assert.ok(Number(statuses[3]!.headers.get('Retry-After')) >= 1);
    // Another visitor behind the same address still gets through.
    assert.equal((await call(site, 'PUT', 'likes/p0', { headers: { 'X-Visitor-Token': await visitor(site) } })).status, 200);
  });
});

describe('event streams', () => {
  it('caps the streams one address holds open, and frees a slot when one closes', async () => {
    const site = await server.site();
    const url = `${site.base}events?likes=a`;
    const open = async () => {
      const controller = new AbortController();
      const response = await fetch(url, { signal: controller.signal });
      return { response, close: () => controller.abort() };
    };
    const [first, second, third] = [await open(), await open(), await open()];
    assert.deepEqual([first.response.status, second.response.status, third.response.status], [200, 200, 429]);
    assert.equal(((await third.response.json()) as { error: { code: string } }).error.code, 'too_many_streams');
    first.close();
    let next: Awaited<ReturnType<typeof open>> | undefined;
    for (let attempt = 0; attempt < 50 && next?.response.status !== 200; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      next = await open();
      if (next.response.status !== 200) next.close();
    }
    assert.equal(next?.response.status, 200);
    second.close();
    next?.close();
  });
});

describe('CORS', () => {
  it('lets any origin call an open site, tokens in headers', async () => {
    const site = await server.site();
    const preflight = await fetch(new URL('likes/p', site.base), {
      method: 'OPTIONS',
      headers: { Origin: 'https://shop.example', 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'x-visitor-token' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('Access-Control-Allow-Origin'), '*');
    assert.match(preflight.headers.get('Access-Control-Allow-Headers') ?? '', /X-Visitor-Token/i);
    assert.equal(preflight.headers.get('Access-Control-Allow-Credentials'), null);
  });

  it('holds a restricted site to its origins', async () => {
    const site = await server.site({ allowedOrigins: ['https://shop.example'] });
    const allowed = await call(site, 'GET', 'likes?ids=a', { headers: { Origin: 'https://shop.example' } });
    assert.equal(allowed.status, 200);
    assert.equal(allowed.headers.get('Access-Control-Allow-Origin'), 'https://shop.example');
    const refused = await call(site, 'POST', 'visitors', { headers: { Origin: 'https://evil.example' } });
    assert.equal(refused.status, 403);
    assert.equal(refused.body.error.code, 'origin_not_allowed');
  });

  it('lets a refused origin read why, and nothing else', async () => {
    const site = await server.site({ allowedOrigins: ['https://shop.example'] });
    const Origin = 'https://other.example';
    const preflight = await fetch(new URL('likes/p', site.base), {
      method: 'OPTIONS',
      headers: { Origin, 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'x-visitor-token' },
    });
    assert.equal(preflight.headers.get('Access-Control-Allow-Origin'), Origin);
    for (const [method, path] of [['GET', 'likes?ids=a'], ['POST', 'visitors']] as const) {
      const refused = await call(site, method, path, { headers: { Origin } });
      assert.equal(refused.status, 403);
      assert.equal(refused.headers.get('Access-Control-Allow-Origin'), Origin);
      assert.equal(refused.body.error.code, 'origin_not_allowed');
      assert.match(refused.body.error.message, /other\.example/);
      assert.equal(refused.body.likes, undefined);
    }
  });
});
