import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { cors } from 'hono/cors';
import { serveStatic } from '@hono/node-server/serve-static';
import { type AppOptions, createApp } from './app.js';
import { seedDemo } from './seed.js';
import { openServices, type Services } from './services.js';

export interface ListenOptions {
  /** PostgreSQL; when unset, PGlite in `dataDir`, or in memory without one. */
  readonly databaseUrl?: string;
  readonly dataDir?: string;
  readonly serverSecret?: string;
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** Seed the demo site with this secret key. */
  readonly demoSecret?: string;
  /** Serve demo/ at / and dist/ at /dist/, from the working directory. */
  readonly serveStatic?: boolean;
  /** Limits and the like; the database, hub and key come from the options above. */
  readonly app?: Partial<Omit<AppOptions, 'db' | 'events' | 'visitorKey'>>;
}

export interface RunningServer {
  readonly url: string;
  readonly services: Services;
  /** Stops listening, ends open streams and closes the database (PGlite flushes to disk). */
  close(): Promise<void>;
}

/** The whole server, listening: for `npm start`, the tests, the bench and browser test runners. */
export async function listen(options: ListenOptions): Promise<RunningServer> {
  const services = await openServices(options);
  if (options.demoSecret) await seedDemo(services.db, options.demoSecret);
  const app = createApp({ ...options.app, db: services.db, events: services.events, visitorKey: services.visitorKey });
  if (options.serveStatic) {
    // Any shop may load the bundles; the language packs they import() need CORS from another origin.
    app.use('/dist/*', cors({ origin: '*' }), serveStatic({ root: './' }));
    app.use('/*', serveStatic({ root: './demo' }));
  }
  const server = await new Promise<Server>((resolve) => {
    const listening = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, () => resolve(listening as Server));
  });
  return {
    url: `http://${options.host}:${(server.address() as AddressInfo).port}`,
    services,
    close: async () => {
      server.closeAllConnections(); // event streams never end by themselves
      await new Promise((resolve) => server.close(resolve));
      await services.close();
    },
  };
}
