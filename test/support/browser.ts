// Browser side of test/support/browser-host.ts.
import { waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/** Runs `act` with this page and its same-origin frames offline, then brings them back online. */
export async function whileOffline(act: () => Promise<void>): Promise<void> {
  const page = window as { scBackOnline?: boolean };
  page.scBackOnline = false;
  const backOnline = executeServerCommand('offline');
  await waitUntil(() => !navigator.onLine, 'the page never went offline');
  try {
    await act();
  } finally {
    page.scBackOnline = true;
    await backOnline;
  }
}

/** Emulates forced colours (Windows' contrast themes) on this page, or ends it. */
export const forcedColors = (value: 'active' | 'none') => executeServerCommand('forced-colors', value);

/** The bytes of JS heap in use after a full garbage collection. */
export const heapUsed = () => executeServerCommand<number, undefined>('heap-used');
