import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../server/app.js';
import { openServices } from '../../server/services.js';
import { saveSite } from '../../server/sites/sites.js';

/**
 * The server under test, in its own process: DATABASE_URL or DATA_DIR as for
 * `npm run server`. Abuse limits are lifted, since one load generator on one address is
 * exactly what they exist to stop. Prints `{ "url": … }` once it listens.
 */
const services = await openServices({ databaseUrl: process.env.DATABASE_URL || undefined, dataDir: process.env.DATA_DIR });
await saveSite(services.db, { id: 'bench', secret: 'bench-secret', allowedOrigins: [], checkoutUrl: null });
const unlimited = { burst: 1e9, perSecond: 1e9 };
const app = createApp({ db: services.db, events: services.events, visitorKey: services.visitorKey, perAddress: unlimited, perVisitor: unlimited });
const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => {
  console.log(JSON.stringify({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }));
});
process.once('SIGTERM', () => {
  server.close();
  void services.close().then(() => process.exit(0));
});
