import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { type AppOptions, createApp } from '../../../server/app.js';
import { openServices, type Services } from '../../../server/services.js';
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
  readonly services: Services;
  /** A new site with a random id, so tests in one file never see each other's data. */
  site(options?: { allowedOrigins?: string[]; checkoutUrl?: string }): Promise<TestSite>;
  /** Stops listening and closes the database (the data stays for a restart). */
  stop(): Promise<void>;
}

type Overrides = Partial<Omit<AppOptions, 'db' | 'events' | 'visitorKey'>>;

/** The real server on a random loopback port, on `database`. */
export async function startServer(database: Pick<TestDatabase, 'databaseUrl' | 'dataDir'>, overrides: Overrides = {}): Promise<TestServer> {
  const services = await openServices(database);
  const app = createApp({ db: services.db, events: services.events, visitorKey: services.visitorKey, ...overrides });
  const server = await new Promise<ServerType>((resolve) => {
    const listening: ServerType = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(listening));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    services,
    site: async (options = {}) => {
      const id = `t-${randomBytes(5).toString('hex')}`;
      const secret = `secret-${randomBytes(12).toString('hex')}`;
      await saveSite(services.db, { id, secret, allowedOrigins: options.allowedOrigins ?? [], checkoutUrl: options.checkoutUrl ?? null });
      return { id, secret, base: `${url}/v1/sites/${id}/` };
    },
    stop: async () => {
      (server as Server).closeAllConnections(); // open event streams would hold close() forever
      await new Promise((resolve) => server.close(resolve));
      await services.close();
    },
  };
}

/** One server per test file, on a fresh database that is dropped at the end. */
export async function startTestServer(overrides: Overrides = {}): Promise<TestServer & { database: TestDatabase; close(): Promise<void> }> {
  const database = await testDatabase();
  const server = await startServer(database, overrides);
  return { ...server, database, close: async () => (await server.stop(), await database.drop()) };
}
