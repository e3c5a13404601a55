import { randomBytes } from 'node:crypto';
import { listen, type ListenOptions, type RunningServer } from '../../../server/listen.js';
import { saveSite } from '../../../server/sites/sites.js';
import { type TestDatabase, testDatabase } from './database.js';

export interface TestSite {
  readonly id: string;
  readonly secret: string;
  /** `http://127.0.0.1:<port>/v1/sites/<id>/` */
  readonly base: string;
}

export interface TestServer {
  readonly url: string;
  readonly services: RunningServer['services'];
  /** A new site with a random id, so tests in one file never see each other's data. */
  site(options?: { allowedOrigins?: string[]; checkoutUrl?: string; moderateReviews?: boolean }): Promise<TestSite>;
  /** Stops listening and closes the database (the data stays for a restart). */
  stop(): Promise<void>;
}

/**
 * Tests play many visitors from one address (127.0.0.1), each minting a token: minting's
 * own limit is for test/server/poll-abuse.test.ts, which sets it.
 */
const MINT_FREELY = { burst: 10_000, perSecond: 1_000 };

/** The real server on a random loopback port, on `database`. */
export async function startServer(database: Pick<TestDatabase, 'databaseUrl' | 'dataDir'>, app: ListenOptions['app'] = {}, options: Pick<ListenOptions, 'deliverWebhooks'> = {}): Promise<TestServer> {
  const server = await listen({ ...database, ...options, host: '127.0.0.1', port: 0, app: { visitorsPerAddress: MINT_FREELY, ...app } });
  return {
    url: server.url,
    services: server.services,
    site: async (options = {}) => {
      const id = `t-${randomBytes(5).toString('hex')}`;
      const secret = `secret-${randomBytes(12).toString('hex')}`;
      await saveSite(server.services.db, { id, secret, allowedOrigins: options.allowedOrigins ?? [], checkoutUrl: options.checkoutUrl ?? null, moderateReviews: options.moderateReviews ?? false });
      return { id, secret, base: `${server.url}/v1/sites/${id}/` };
    },
    stop: () => server.close(),
  };
}

/** One server per test file, on a fresh database that is dropped at the end. */
export async function startTestServer(app: ListenOptions['app'] = {}, options: Pick<ListenOptions, 'deliverWebhooks'> = {}): Promise<TestServer & { database: TestDatabase; close(): Promise<void> }> {
  const database = await testDatabase();
  const server = await startServer(database, app, options);
  return { ...server, database, close: async () => (await server.stop(), await database.drop()) };
}
