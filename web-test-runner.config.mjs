import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { apiHostPlugin } from './test/support/api-host.ts';
import { browserHostPlugin } from './test/support/browser-host.ts';

/**
 * Browser tests in Debian's Chromium (never a downloaded browser), against the real
 * reference server on PGlite (or PostgreSQL with TEST_PG_URL) behind a fault-injecting
 * proxy: see test/support/api-host.ts. Run through `npm test`, which loads tsx for the
 * TypeScript server.
 */
export default {
  files: ['test/**/*.test.ts', '!test/server/**'],
  nodeResolve: { exportConditions: ['development'] },
  // Tests share one browser profile and so localStorage: one file at a time.
  concurrency: 1,
  testFramework: { config: { timeout: 10_000 } },
  middleware: [
    // The built files as a CDN serves them (jsDelivr, unpkg): readable by a page on any
    // origin, as test/dist/bundles.test.ts loads them from a second one.
    (context, next) => {
      if (context.path.startsWith('/dist/')) context.set('Access-Control-Allow-Origin', '*');
      return next();
    },
  ],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' }),
    {
      // nanostores reads process.env.NODE_ENV, which the bundle replaces and a browser lacks.
      name: 'node-env',
      transform(context) {
        if (context.response.is('js') && typeof context.body === 'string' && context.body.includes('process.env.NODE_ENV')) {
          return context.body.replaceAll('process.env.NODE_ENV', '"development"');
        }
      },
    },
    apiHostPlugin(),
    browserHostPlugin(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
};
