import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { cors } from 'hono/cors';
import { serveStatic } from '@hono/node-server/serve-static';
import { type AppOptions, createApp } from './app.js';
import { seedDemo } from './seed.js';
import { askPage } from './seo/ask-page.js';
import { openServices, type Services } from './services.js';
import { DeliveryWorker } from './webhooks/worker.js';

export interface ListenOptions {
  /** PostgreSQL; when unset, PGlite in `dataDir`, or in memory without one. */
  readonly databaseUrl?: string;
  readonly dataDir?: string;
  readonly serverSecret?: string;
  /** Days shoppers' activity is kept (default ACTIVITY_RETENTION_DAYS). */
  readonly activityRetentionDays?: number;
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** Seed the demo site with this secret key. */
  readonly demoSecret?: string;
  /** Serve demo/ at / and dist/ at /dist/, from the working directory. */
  readonly serveStatic?: boolean;
  /** Limits and the like; the database, hub and key come from the options above. */
  readonly app?: Partial<Omit<AppOptions, 'db' | 'events' | 'visitorKey'>>;
  /** Milliseconds one webhook POST may take. Default 5 000. */
  readonly webhookTimeout?: number;
  /** false: this copy queues webhook deliveries but leaves sending them to other copies. Default true. */
  readonly deliverWebhooks?: boolean;
}

export interface RunningServer {
  readonly url: string;
  readonly services: Services;
  /** With `demoSecret`: the credential of the demo site's team member, made at this start. */
  readonly demoCredential?: string;
  /**
   * Stops accepting connections, ends event streams, lets requests under way finish (for
   * at most `CLOSE_GRACE` ms), then closes the database (PGlite flushes to disk).
   */
  close(): Promise<void>;
}

/** How long requests under way may take to finish once the server closes: under Docker's 10 s before it kills. */
export const CLOSE_GRACE = 8_000;

/** The whole server, listening: for `npm start`, the tests, the bench and browser test runners. */
export async function listen(options: ListenOptions): Promise<RunningServer> {
  const services = await openServices(options);
  const demo = options.demoSecret ? await seedDemo(services.db, options.demoSecret) : undefined;
  const closing = new AbortController();
  const webhooks = options.deliverWebhooks === false ? undefined : await DeliveryWorker.start(services.db, { allowed: options.app?.webhooksAllow ?? new Set(), timeout: options.webhookTimeout, log: options.app?.log });
  const app = createApp({ ...options.app, db: services.db, events: services.events, visitorKey: services.visitorKey, closing: closing.signal });
  if (options.serveStatic) {
    // Any shop may load the bundles; the language packs they import() need CORS from another origin.
    app.use('/dist/*', cors({ origin: '*' }), serveStatic({ root: './' }));
    // The demo shop's ask page, with its ask's preview in the HTML for the sites a link is shared on.
    app.get('/ask.html', askPage({ db: services.db, site: 'demo', file: 'demo/ask.html' }));
    app.use('/*', serveStatic({ root: './demo' }));
  }
  const server = await new Promise<Server>((resolve) => {
    const listening = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, () => resolve(listening as Server));
  });
  return {
    url: `http://${options.host}:${(server.address() as AddressInfo).port}`,
    services,
    ...(demo ? { demoCredential: demo.memberCredential } : {}),
    close: async () => {
      closing.abort(); // event streams never end by themselves
      const requestsDone = new Promise<void>((resolve) => {
        const cut = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE);
        // Stops accepting and closes idle connections; calls back once the last request is answered.
        server.close(() => (clearTimeout(cut), resolve()));
      });
      // Webhooks being sent finish meanwhile (within their timeout); the rest wait in the table.
      await Promise.all([requestsDone, webhooks?.stop()]);
      await services.close();
    },
  };
}
