import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readConfig } from '../../server/config.js';
import { createLog, type LogLevel } from '../../server/log.js';
import { call, visitor } from './helpers/client.js';
import { startTestServer, type TestServer } from './helpers/server.js';

/** A log that keeps its lines, parsed, for the test to read. */
function memoryLog(level: LogLevel) {
  const lines: string[] = [];
  return { log: createLog(level, { write: (line: string) => void lines.push(line) }), lines, records: () => lines.map((line) => JSON.parse(line)) };
}

const logged = memoryLog('debug');
let server: TestServer & { close(): Promise<void> };
before(async () => (server = await startTestServer({ log: logged.log })));
after(() => server.close());

describe('the log', () => {
  it('says of a 500 its route, code and request id, and nothing a person typed', async () => {
    const site = await server.site();
    const secret = 'Private-4f9a';
    // Break the database for this one value, as a full disk or a bad migration would: PostgreSQL's
    // error then quotes the failing row, body and all, in its detail.
    await server.services.db.exec(`ALTER TABLE reviews ADD CONSTRAINT logging_test_fails CHECK (position('${secret}' in body) = 0)`);
    const reply = await call(site, 'POST', `products/p-${secret}/reviews`, {
      headers: { 'X-Visitor-Token': await visitor(site) },
      body: { rating: 5, text: `My address is ${secret}`, author: `Ann ${secret}` },
    });
    assert.equal(reply.status, 500);
    assert.equal(reply.body.error.code, 'internal_error');
    const id = reply.headers.get('X-Request-Id');
    assert.ok(id);
    const failure = logged.records().find((record) => record.requestId === id && record.level === 50);
    assert.ok(failure, logged.lines.join(''));
    assert.equal(failure.route, '/v1/sites/:site/products/:productId/reviews');
    assert.equal(failure.method, 'POST');
    assert.equal(failure.error.code, '23514'); // check_violation
    assert.ok(failure.error.frames.length > 0);
    assert.ok(!logged.lines.join('').includes(secret), logged.lines.join(''));
  });

  it('logs a line per request at debug, with the route and never the path or query', async () => {
    const site = await server.site();
    const reply = await call(site, 'GET', 'likes?ids=secret-search');
    const line = logged.records().find((record) => record.requestId === reply.headers.get('X-Request-Id'));
    assert.deepEqual([line?.level, line?.route, line?.status, line?.method], [20, '/v1/sites/:site/likes', 200, 'GET']);
    assert.ok(!logged.lines.join('').includes('secret-search'));
  });

  it('says nothing above debug of clients\' bad requests', async () => {
    const site = await server.site();
    const ids: (string | null)[] = [];
    for (const path of ['likes', 'likes?ids=%00', 'nothing', 'products?cursor=forged']) ids.push((await call(site, 'GET', path)).headers.get('X-Request-Id'));
    ids.push((await call({ ...site, base: `${server.url}/v1/sites/%00/` }, 'GET', 'likes?ids=p')).headers.get('X-Request-Id'));
    const lines = logged.records().filter((record) => ids.includes(record.requestId));
    assert.equal(lines.length, ids.length);
    assert.deepEqual(lines.filter((record) => record.level > 20), []);
  });

  it('takes its level from LOG_LEVEL, info by default', () => {
    assert.equal(readConfig({}, []).logLevel, 'info');
    assert.equal(readConfig({ LOG_LEVEL: 'silent' }, []).logLevel, 'silent');
    assert.throws(() => readConfig({ LOG_LEVEL: 'verbose' }, []), /LOG_LEVEL/);
  });
});
