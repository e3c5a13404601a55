import { readConfig } from './config.js';
import { listen } from './listen.js';
import { createLog } from './log.js';

const config = readConfig(process.env, process.argv.slice(2));
const log = createLog(config.logLevel);
const server = await listen({ ...config, demoSecret: config.seedDemo ? config.demoSiteSecret : undefined, app: { trustProxy: config.trustProxy, log } });

log.info({ url: `${server.url}/`, database: config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}` }, 'sc-widgets server listening');
if (config.seedDemo) log.info({ site: 'demo', secret: config.demoSiteSecret }, 'demo site, with its secret key (demo only)');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void server.close().then(() => process.exit(0)));
}
