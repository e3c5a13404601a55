import { serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { createApp } from './app.js';
import { readConfig } from './config.js';
import { seedDemo } from './seed.js';
import { openServices } from './services.js';

const config = readConfig(process.env, process.argv.slice(2));
const services = await openServices(config);
if (config.seedDemo) await seedDemo(services.db, config.demoSiteSecret);

const app = createApp({ db: services.db, events: services.events, visitorKey: services.visitorKey, trustProxy: config.trustProxy });
if (config.serveStatic) {
  app.use('/dist/*', serveStatic({ root: './' }));
  app.use('/*', serveStatic({ root: './demo' }));
}

const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, ({ port }) => {
  const storage = config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}`;
  console.log(`sc-widgets server on http://${config.host}:${port}/ (${storage})`);
  if (config.seedDemo) console.log(`demo site "demo", secret key (demo only): ${config.demoSiteSecret}`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close();
    // Closing the database flushes PGlite to disk, so the next start finds every write.
    void services.close().then(() => process.exit(0));
  });
}
