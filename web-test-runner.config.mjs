import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { apiHostPlugin } from './test/support/api-host.ts';
import { browserHostPlugin } from './test/support/browser-host.ts';

/** Debian's Chromium, with `flags` besides the ones every test run needs. */
const chromium = (...flags) =>
  chromeLauncher({
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', ...flags],
    },
  });

/**
 * Browser tests in Debian's Chromium (never a downloaded browser), against the real
 * reference server on PGlite (or PostgreSQL with TEST_PG_URL) behind a fault-injecting
 * proxy: see test/support/api-host.ts. Run through `npm test`, which loads tsx for the
 * TypeScript server. `--group storage-denied` runs only the tests in a browser that
 * denies cross-site frames their storage.
 */
export default {
  files: ['test/**/*.test.ts', '!test/server/**', '!test/storage-denied/**', '!test/node/**'],
  nodeResolve: { exportConditions: ['development'] },
  // Tests share one browser profile and so localStorage: one file at a time.
  concurrency: 1,
  testFramework: { config: { timeout: 10_000 } },
  // Every file readable from any origin, as a CDN (jsDelivr, unpkg) and the reference
  // server's /dist serve them: test/dist/bundles.test.ts loads the bundles from a second
  // origin, and a sandboxed frame's origin is `null`.
  middleware: [(context, next) => (context.set('Access-Control-Allow-Origin', '*'), next())],
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
    // Chromium's accessibility tree for the tests that check what a screen reader hears.
    a11ySnapshotPlugin(),
    // Screenshots against committed baselines (test/visual): `npm run test:visual:update` writes
    // new ones after a change of look; a failure leaves the screenshot and a diff in test/visual/failed.
    visualRegressionPlugin({
      update: process.argv.includes('--update-visual-baseline'),
      baseDir: 'test/visual',
      getBaselineName: ({ name }) => `baselines/${name}`,
      getFailedName: ({ name }) => `failed/${name}`,
      getDiffName: ({ name }) => `failed/${name}-diff`,
      // A pixel counts when its colour moved more than a little, anti-aliased ones too (text is
      // mostly edges: a changed digit is a few dozen pixels), and a screenshot fails when more
      // than 20 did. Chromium here draws the same pixels run after run, busy machine or not.
      diffOptions: { threshold: 0.1, includeAA: true },
      failureThresholdType: 'pixel',
      failureThreshold: 20,
    }),
  ],
  browsers: [chromium()],
  // The two browsers share the API host's proxy (its mode, its request log): one at a time.
  concurrentBrowsers: 1,
  groups: [
    {
      // A Chromium that denies a cross-site frame its Web Storage, as Chrome does with
      // third-party cookies blocked. The flag is the whole browser's, so these tests have their own.
      name: 'storage-denied',
      files: 'test/storage-denied/**/*.test.ts',
      browsers: [chromium('--disable-features=ThirdPartyStoragePartitioning')],
    },
  ],
};
