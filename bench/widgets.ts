// `npm run bench` (after the build): the widgets in headless Chromium against the reference
// server on loopback, a shop page on another origin. Prints one markdown table per
// scenario, each figure the median of RUNS runs. No timing is asserted anywhere: the
// machine is shared; compare figures from the same run.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { listen } from '../server/listen.js';
import { seedReviews } from '../server/seed-reviews.js';
import { saveSite } from '../server/sites/sites.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const unlimited = { burst: 1e9, perSecond: 1e9 };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (value: number, digits = 0) => Number(value.toFixed(digits));

/** The shop: bench/pages and dist/, served from its own origin. */
async function shop(): Promise<{ url: string; close(): void }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };
  const server = createServer(async (request, response) => {
    const path = normalize(new URL(request.url!, 'http://shop').pathname);
    const file = path.startsWith('/dist/') ? join('.', path) : join('bench/pages', path);
    const body = await readFile(file).catch(() => undefined);
    if (!body) return void response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

/** Every node of the page, shadow roots included. */
const countNodes = () => {
  const count = (root: Document | ShadowRoot): number =>
    [...root.querySelectorAll('*')].reduce((sum, element) => sum + 1 + (element.shadowRoot ? count(element.shadowRoot) : 0), 0);
  return count(document);
};

/** Sum of layout shifts so far (CLS without session windows: an upper bound). */
const layoutShift = () =>
  new Promise<number>((resolve) => {
    let total = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) total += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => resolve(total), 100);
  });

async function fresh(browser: Browser, apiOrigin: string): Promise<{ page: Page; requests: string[] }> {
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

async function grid(browser: Browser, shopUrl: string, api: string) {
  const rows: Record<string, number[]> = { requests: [], 'ms to every count shown': [], 'layout shift': [], 'DOM nodes': [], 'JS heap MB': [], 'long tasks': [] };
  for (let run = 0; run < RUNS; run++) {
    const { page, requests } = await fresh(browser, api);
    await page.evaluateOnNewDocument(() => {
      (window as unknown as { longTasks: number }).longTasks = 0;
      new PerformanceObserver((list) => ((window as unknown as { longTasks: number }).longTasks += list.getEntries().length)).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${shopUrl}/grid.html?endpoint=${encodeURIComponent(api)}&site=bench&count=200`);
    // Everything on the first screen and the next (lazy below that) has its data.
    const shown = await page.waitForFunction(
      () => {
        const visible = [...document.querySelectorAll('sc-like-button, sc-rating-summary')].filter((element) => element.getBoundingClientRect().top < innerHeight * 2);
        const done = visible.every((element) => element.shadowRoot?.querySelector('[aria-disabled=false], [part~=base]:not([aria-busy])'));
        return done && visible.length > 0 && performance.now();
      },
      { polling: 'raf', timeout: 30_000 },
    );
    rows['ms to every count shown'].push((await shown.jsonValue()) as number);
    rows.requests.push(requests.length);
    rows['layout shift'].push(await page.evaluate(layoutShift));
    rows['DOM nodes'].push(await page.evaluate(countNodes));
    rows['JS heap MB'].push(((await page.metrics()).JSHeapUsedSize ?? 0) / 1e6);
    rows['long tasks'].push(await page.evaluate(() => (window as unknown as { longTasks: number }).longTasks));
    await page.browserContext().close();
  }
  return rows;
}

async function thread(browser: Browser, shopUrl: string, api: string) {
  const rows: Record<string, number[]> = { 'ms to first review': [], 'ms from data to first review': [], 'DOM nodes, first page': [], 'ms per further page': [], 'DOM nodes after 10 pages': [] };
  for (let run = 0; run < RUNS; run++) {
    const { page } = await fresh(browser, api);
    await page.goto(`${shopUrl}/thread.html?endpoint=${encodeURIComponent(api)}&site=bench&product=reviews-10k`);
    const first = await page.waitForFunction(() => document.querySelector('sc-review-thread')?.shadowRoot?.querySelector('[part~=review]') && performance.now(), { polling: 'raf', timeout: 30_000 });
    const firstAt = (await first.jsonValue()) as number;
    rows['ms to first review'].push(firstAt);
    const dataAt = await page.evaluate(() => {
      const entry = performance.getEntriesByType('resource').find((resource) => resource.name.includes('/reviews?')) as PerformanceResourceTiming;
      return entry.responseEnd;
    });
    rows['ms from data to first review'].push(firstAt - dataAt);
    rows['DOM nodes, first page'].push(await page.evaluate(countNodes));
    const pages: number[] = [];
    for (let more = 0; more < 9; more++) {
      pages.push(
        await page.evaluate(async () => {
          const root = document.querySelector('sc-review-thread')!.shadowRoot!;
          // Lit reuses the list's elements, so compare what the last one says.
          const last = () => [...root.querySelectorAll('[part~=review]')].at(-1)?.textContent;
          const before = last();
          const started = performance.now();
          root.querySelector<HTMLButtonElement>('[part=more]')!.click();
          // Bounded: ten seconds of frames, then the page is reported as stuck.
          for (let frames = 0; last() === before; frames++) {
            if (frames > 600) throw new Error(`"Show more" showed nothing after ${root.querySelectorAll('[part~=review]').length} reviews`);
            await new Promise(requestAnimationFrame);
          }
          return performance.now() - started;
        }),
      );
    }
    rows['ms per further page'].push(median(pages));
    rows['DOM nodes after 10 pages'].push(await page.evaluate(countNodes));
    await page.browserContext().close();
  }
  return rows;
}

function table(title: string, rows: Record<string, number[]>) {
  console.log(`\n### ${title} (median of ${RUNS})\n\n| measure | value |\n| --- | ---: |`);
  for (const [measure, values] of Object.entries(rows)) console.log(`| ${measure} | ${round(median(values), measure.includes('shift') ? 4 : 1)} |`);
}

const server = await listen({ host: '127.0.0.1', port: 0, app: { perAddress: unlimited, perVisitor: unlimited } });
await saveSite(server.services.db, { id: 'bench', secret: 'bench-secret', allowedOrigins: [], checkoutUrl: null, moderateReviews: false });
await seedReviews(server.services.db, { site: 'bench', productId: 'reviews-10k', count: 10_000 });
const site = await shop();
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  console.log(`## Widgets in Chromium, ${RUNS} runs, shop and API on two loopback origins`);
  table('A product grid: 200 cards with a like button and compact stars', await grid(browser, site.url, server.url));
  table('A review thread of 10,000 reviews, 10 a page', await thread(browser, site.url, server.url));
} finally {
  await browser.close();
  site.close();
  await server.close();
}
