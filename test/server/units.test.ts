import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSellerKey } from '../../server/auth/seller-key.js';
import { verifyUserToken } from '../../server/auth/user-token.js';
import { VisitorTokens } from '../../server/auth/visitor-token.js';
import { readConfig } from '../../server/config.js';
import { RateLimiter } from '../../server/limits/rate-limit.js';
import { userToken } from './helpers/client.js';

describe('RateLimiter', () => {
  it('allows a burst, then refills at its rate, per key', () => {
    let now = 0;
    const limiter = new RateLimiter({ burst: 3, perSecond: 0.5 }, () => now);
    assert.deepEqual([1, 2, 3, 4].map(() => limiter.take('a')), [0, 0, 0, 2]);
    assert.equal(limiter.take('b'), 0);
    now = 1000;
    assert.equal(limiter.take('a'), 1);
    now = 2000;
    assert.equal(limiter.take('a'), 0);
    assert.equal(limiter.take('a'), 2);
  });

  it('lets fifty shoppers behind one address like at once under the default address limit', () => {
    const limiter = new RateLimiter({ burst: 500, perSecond: 50 }, () => 0);
    assert.ok(Array.from({ length: 50 * 5 }, () => limiter.take('office')).every((wait) => wait === 0));
  });
});

describe('tokens', () => {
  it('binds visitor tokens to the key and the site', () => {
    const tokens = new VisitorTokens('key-1');
    const token = tokens.issue('shop');
    assert.ok(tokens.verify('shop', token));
    assert.equal(tokens.verify('other', token), undefined);
    assert.equal(new VisitorTokens('key-2').verify('shop', token), undefined);
    assert.equal(tokens.verify('shop', `${token}.extra`), undefined);
  });

  it('reads user tokens only with sub and name, signed HS256 with the site secret', async () => {
    const secret = 'site-secret-123';
    assert.deepEqual(await verifyUserToken(await userToken(secret, { sub: 'c', name: 'C' }), secret), { sub: 'c', name: 'C', purchases: [] });
    const refused = { code: 'invalid_user_token' };
    await assert.rejects(verifyUserToken(await userToken(secret, { sub: 'c' } as never), secret), refused);
    await assert.rejects(verifyUserToken(await userToken('another-secret', { sub: 'c', name: 'C' }), secret), refused);
    await assert.rejects(verifyUserToken('eyJhbGciOiJub25lIn0.eyJzdWIiOiJjIiwibmFtZSI6IkMifQ.', secret), refused);
  });

  it('checks the seller key exactly', () => {
    assert.equal(isSellerKey('Bearer s3cret-key', 's3cret-key'), true);
    for (const header of [undefined, 's3cret-key', 'Bearer s3cret-ke', 'Bearer s3cret-key2', 'Basic s3cret-key']) {
      assert.equal(isSellerKey(header, 's3cret-key'), false, String(header));
    }
  });
});

describe('config', () => {
  it('defaults to PGlite in ./.data on 127.0.0.1:8787, and --demo seeds and serves files', () => {
    const plain = readConfig({}, []);
    assert.deepEqual([plain.port, plain.host, plain.dataDir, plain.databaseUrl, plain.seedDemo, plain.serveStatic], [8787, '127.0.0.1', './.data', undefined, false, false]);
    const demo = readConfig({ PORT: '9000', DATABASE_URL: 'postgres://x' }, ['--demo']);
    assert.deepEqual([demo.port, demo.databaseUrl, demo.seedDemo, demo.serveStatic], [9000, 'postgres://x', true, true]);
    assert.throws(() => readConfig({ PORT: 'eighty' }, []));
  });

  it('reads which non-public addresses webhooks may go to: none by default, loopback for the demo', () => {
    assert.deepEqual([...readConfig({}, []).webhooksAllow], []);
    assert.deepEqual([...readConfig({}, ['--demo']).webhooksAllow], ['loopback']);
    assert.deepEqual([...readConfig({ WEBHOOKS_ALLOW: 'private, loopback' }, []).webhooksAllow], ['private', 'loopback']);
    assert.deepEqual([...readConfig({ WEBHOOKS_ALLOW: '' }, ['--demo']).webhooksAllow], [], 'an operator may allow nothing, even for the demo');
    assert.throws(() => readConfig({ WEBHOOKS_ALLOW: 'link-local' }, []), /WEBHOOKS_ALLOW/);
  });
});
