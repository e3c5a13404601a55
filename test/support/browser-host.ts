import type { TestRunnerPlugin } from '@web/test-runner';
import type { ChromeLauncher } from '@web/test-runner-chrome';
import type { CDPSession, Page } from 'puppeteer-core';

/**
 * Server commands that reach the test's own Chromium page through the DevTools protocol:
 * - `offline`: takes the page offline (frames of the same origin with it: they share its
 *   network, and hear `offline` and `online`) until the page sets `scBackOnline`, then back
 *   online; it answers only then, since the page cannot reach this runner while offline;
 * - `heap-used`: the JS heap in use after a full garbage collection, in bytes;
 * - `forced-colors` (`'active'` or `'none'`): emulates Windows' contrast themes, which
 *   @web/test-runner-commands' `emulateMedia` cannot on Chromium. Its DevTools session stays
 *   open: the emulation ends with it.
 */
export function browserHostPlugin(): TestRunnerPlugin {
  const emulations = new WeakMap<Page, CDPSession>();
  return {
    name: 'browser-host',
    async executeCommand({ command, session, payload }) {
      if (command !== 'offline' && command !== 'heap-used' && command !== 'forced-colors') return undefined;
      const page = (session.browser as ChromeLauncher).getPage(session.id);
      if (command === 'forced-colors') {
        if (!emulations.has(page)) emulations.set(page, await page.createCDPSession());
        await emulations.get(page)!.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload as string }] });
        return true;
      }
      if (command === 'offline') {
        await page.setOfflineMode(true);
        try {
          await page.waitForFunction(() => (window as { scBackOnline?: boolean }).scBackOnline, { polling: 50, timeout: 60_000 });
        } finally {
          await page.setOfflineMode(false);
        }
        return true;
      }
      const cdp = await page.createCDPSession();
      try {
        await cdp.send('HeapProfiler.collectGarbage');
        return (await cdp.send('Runtime.getHeapUsage')).usedSize;
      } finally {
        await cdp.detach();
      }
    },
  };
}
