import { writeAdminAccess } from './admin/access-file.js';
import { readConfig } from './config.js';
import { loggable } from './http/errors.js';
import { listen } from './listen.js';
import { createLog } from './log.js';

const config = readConfig(process.env, process.argv.slice(2));
const log = createLog(config.logLevel);
const { trustProxy, userTokenMaxLifetime, adminKey, webhooksAllow } = config;
const server = await listen({ ...config, demoSecret: config.seedDemo ? config.demoSiteSecret : undefined, app: { trustProxy, userTokenMaxLifetime, adminKey, log, webhooksAllow } });
// On PGlite, `npm run site` can only change sites through this process: tell it how.
const forgetAccess = adminKey && !config.databaseUrl ? await writeAdminAccess(config.dataDir, { url: server.url, key: adminKey }) : undefined;

log.info({ url: `${server.url}/`, database: config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}` }, 'sc-widgets server listening');
if (config.seedDemo) log.info({ site: 'demo', secret: config.demoSiteSecret }, 'demo site, with its secret key (demo only)');
if (webhooksAllow.size) log.info({ allow: [...webhooksAllow] }, 'webhooks may go to these non-public addresses (WEBHOOKS_ALLOW)');
if (server.demoCredential) log.info({ console: `${server.url}/seller.html`, site: 'demo', credential: server.demoCredential }, 'seller console: sign in as Carolien (webcare team) with this credential, new at each start (demo only)');
if (adminKey) log.info({ accessFile: forgetAccess ? `${config.dataDir}/admin.json` : undefined }, 'admin routes on (ADMIN_KEY)');

// A container or service manager stops the server with SIGTERM: requests under way finish, event streams end.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log.info({ signal }, 'stopping');
    void server
      .close()
      .then(() => forgetAccess?.())
      .then(() => {
        log.info('stopped');
        process.exit(0);
      })
      .catch((error: Error) => {
        log.error({ error: loggable(error) }, 'stopping failed');
        process.exit(1);
      });
  });
}
