import { readConfig } from './config.js';
import { listen } from './listen.js';

const config = readConfig(process.env, process.argv.slice(2));
const server = await listen({ ...config, demoSecret: config.seedDemo ? config.demoSiteSecret : undefined, app: { trustProxy: config.trustProxy, userTokenMaxLifetime: config.userTokenMaxLifetime } });

console.log(`sc-widgets server on ${server.url}/ (${config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}`})`);
if (config.seedDemo) console.log(`demo site "demo", secret key (demo only): ${config.demoSiteSecret}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void server.close().then(() => process.exit(0)));
}
