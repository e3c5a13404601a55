import { writeAdminAccess } from './admin/access-file.js';
import { readConfig } from './config.js';
import { listen } from './listen.js';

const config = readConfig(process.env, process.argv.slice(2));
const { trustProxy, userTokenMaxLifetime, adminKey } = config;
const server = await listen({ ...config, demoSecret: config.seedDemo ? config.demoSiteSecret : undefined, app: { trustProxy, userTokenMaxLifetime, adminKey } });
// On PGlite, `npm run site` can only change sites through this process: tell it how.
const forgetAccess = adminKey && !config.databaseUrl ? await writeAdminAccess(config.dataDir, { url: server.url, key: adminKey }) : undefined;

console.log(`sc-widgets server on ${server.url}/ (${config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}`})`);
if (config.seedDemo) console.log(`demo site "demo", secret key (demo only): ${config.demoSiteSecret}`);
if (adminKey) console.log(`admin routes on (ADMIN_KEY${forgetAccess ? `; npm run site finds them through ${config.dataDir}/admin.json` : ''})`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void server.close().then(() => forgetAccess?.()).then(() => process.exit(0)));
}
