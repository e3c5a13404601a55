// What every scenario does with a Chromium page: open a fresh one and count what it holds.
import type { Browser, Page } from 'puppeteer-core';

/** A page in its own browser context; `requests` collects those it makes to `apiOrigin` (preflights left out). */
export async function fresh(browser: Browser, apiOrigin: string): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  // tsx names functions with an `__name` helper that the page lacks when they are sent to it.
  await page.evaluateOnNewDocument('globalThis.__name = (target) => target');
  await page.setViewport({ width: 1200, height: 900 });
  const requests: string[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(apiOrigin) && request.method() !== 'OPTIONS') requests.push(`${request.method()} ${new URL(request.url()).pathname}`);
  });
  return { page, requests };
}

/** In the page: every node, shadow roots included. */
export const countNodes = () => {
  const count = (root: Document | ShadowRoot): number =>
    [...root.querySelectorAll('*')].reduce((sum, element) => sum + 1 + (element.shadowRoot ? count(element.shadowRoot) : 0), 0);
  return count(document);
};
