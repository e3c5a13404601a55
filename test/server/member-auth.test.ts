import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { revokeMember, SCOPES } from '../../server/data/team.js';
import { call, seller } from './helpers/client.js';
import { startTestServer, type TestServer } from './helpers/server.js';
import { member } from './helpers/team.js';

let server: TestServer & { close(): Promise<void> };
before(async () => (server = await startTestServer()));
after(() => server.close());

// The moderation queue needs `moderate`; a product's PUT needs `catalog`.
const queue = 'reviews?status=pending';
const product = { title: 'Vase', variants: [{ id: 'v', price: { amount: 1200, currency: 'EUR' } }] };

describe('team members\' credentials', () => {
  it('run the routes of their scopes, and no others', async () => {
    const site = await server.site();
    const moderator = await member(server, site, ['moderate']);
    assert.equal((await call(site, 'GET', queue, { headers: moderator.headers })).status, 200);
    const refused = await call(site, 'PUT', 'products/vase', { headers: moderator.headers, body: product });
    assert.equal(refused.status, 403);
    assert.equal(refused.body.error.code, 'scope_missing');
    assert.equal((await call(site, 'GET', 'products/vase')).status, 404, 'nothing was written');
  });

  it('leave the site\'s secret key working for the shop\'s own servers', async () => {
    const site = await server.site();
    assert.equal((await call(site, 'GET', queue, { headers: seller(site) })).status, 200);
    assert.equal((await call(site, 'PUT', 'products/vase', { headers: seller(site), body: product })).status, 200);
  });

  it('stop working the moment a member is revoked', async () => {
    const site = await server.site();
    const leaver = await member(server, site, ['moderate']);
    assert.equal((await call(site, 'GET', queue, { headers: leaver.headers })).status, 200);
    await revokeMember(server.services.db, site.id, leaver.id);
    const refused = await call(site, 'GET', queue, { headers: leaver.headers });
    assert.equal(refused.status, 401);
    assert.equal(refused.body.error.code, 'invalid_credential');
  });

  it('are refused on another site, and when altered, missing or malformed', async () => {
    const [site, other] = [await server.site(), await server.site()];
    const { headers } = await member(server, site, SCOPES);
    assert.equal((await call(other, 'GET', queue, { headers })).status, 401);
    const altered = headers.Authorization!.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A'));
    for (const authorization of [altered, 'Bearer scm_', 'Bearer ' + 'x'.repeat(5000), 'Basic abc']) {
      const reply = await call(site, 'GET', queue, { headers: { Authorization: authorization } });
      assert.equal(reply.status, 401, authorization.slice(0, 40));
    }
    const missing = await call(site, 'GET', queue);
    assert.equal(missing.status, 401);
    assert.equal(missing.body.error.code, 'credential_required');
  });

  it('never open a route that takes the secret key only', async () => {
    const site = await server.site();
    const { headers } = await member(server, site, SCOPES);
    const order = await call(site, 'PATCH', 'orders/ord_x', { headers, body: { status: 'paid' } });
    assert.equal(order.status, 401);
    assert.equal(order.body.error.code, 'invalid_seller_key');
  });
});
