import { after, before } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { listen, type RunningServer } from '../../server/listen.js';
import { type TestDatabase, testDatabase } from '../server/helpers/database.js';
import { launchChromium } from '../support/static-site.js';

/** Every visitor comes from 127.0.0.1: the per-address allowances are other tests' to check. */
const free = { burst: 1e9, perSecond: 1e9 };

/**
 * The demo shop as `npm start` serves it (demo/ and the built dist/, the demo site seeded) on
 * a database of its own, and a Chromium to visit it, for the test file that calls this (its
 * `before` starts them, its `after` stops them). Read `server` and `browser` inside tests.
 */
export function demoShop(demoSecret: string): { readonly server: RunningServer; readonly browser: Browser } {
  let database: TestDatabase | undefined;
  let running: { server: RunningServer; browser: Browser } | undefined;
  before(async () => {
    database = await testDatabase();
    const server = await listen({ ...database, host: '127.0.0.1', port: 0, serveStatic: true, demoSecret, app: { visitorsPerAddress: free, votesPerAddress: free } });
    running = { server, browser: await launchChromium() };
  });
  after(async () => {
    await running?.browser.close();
    await running?.server.close();
    await database?.drop();
  });
  return {
    get server() {
      return running!.server;
    },
    get browser() {
      return running!.browser;
    },
  };
}
