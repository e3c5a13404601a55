// `npm run bench` (after the build): the widgets in headless Chromium against the reference
// server on loopback, a shop page on another origin, beside a peer (applause-button) against
// a loopback stand-in for its API. Prints one markdown table per scenario, each figure the
// median of RUNS runs, and writes them with the bytes table and the machine to
// bench/RESULTS.md. No timing is asserted anywhere: the machine is shared; compare figures
// from the same run. No host but 127.0.0.1 is ever called.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { countNodes, fresh } from './browser.js';
import { applauseApi } from './peers/applause-api.js';
import { machine, writeSection } from './results.js';
import { scrollTitle, scrollThread } from './scroll.js';
import { sizeTable } from './sizes.js';
import { listen } from '../server/listen.js';
import { seedReviews } from '../server/seed-reviews.js';
import { saveSite } from '../server/sites/sites.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const unlimited = { burst: 1e9, perSecond: 1e9 };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (value: number, digits = 0) => Number(value.toFixed(digits));

/** The shop: bench/pages, dist/ and the peer's browser build (/peers/applause-button/), served from its own origin. */
async function shop(): Promise<{ url: string; close(): void }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
  const server = createServer(async (request, response) => {
    const path = normalize(new URL(request.url!, 'http://shop').pathname);
    const file = path.startsWith('/dist/')
      ? join('.', path)
      : path.startsWith('/peers/applause-button/')
        ? join('node_modules/applause-button/dist', path.slice('/peers/applause-button/'.length))
        : join('bench/pages', path);
    const body = await readFile(file).catch(() => undefined);
    if (!body) return void response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

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

/**
 * A 200-card grid: `path` is the page (with its query), `api` the origin whose requests are
 * counted, `kind` says how a widget shows it has its data.
 */
async function grid(browser: Browser, shopUrl: string, api: string, path: string, kind: 'ours' | 'applause') {
  const rows: Record<string, number[]> = { requests: [], 'ms to every count shown': [], 'layout shift': [], 'DOM nodes': [], 'JS heap MB': [], 'long tasks': [] };
  for (let run = 0; run < RUNS; run++) {
    const { page, requests } = await fresh(browser, api);
    await page.evaluateOnNewDocument(() => {
      (window as unknown as { longTasks: number }).longTasks = 0;
      new PerformanceObserver((list) => ((window as unknown as { longTasks: number }).longTasks += list.getEntries().length)).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${shopUrl}${path}`);
    // Everything on the first screen and the next has its data (ours load lazily below that;
    // applause-button loads every count at once).
    const shown = await page.waitForFunction(
      (kind) => {
        const selector = kind === 'ours' ? 'sc-like-button, sc-wishlist-button, sc-rating-summary' : 'applause-button';
        const visible = [...document.querySelectorAll(selector)].filter((element) => element.getBoundingClientRect().top < innerHeight * 2);
        const done = visible.every((element) =>
          kind === 'ours'
            ? element.shadowRoot?.querySelector('[aria-disabled=false], [part~=base]:not([aria-busy])')
            : // The peer renders into light DOM and drops `loading` once its count arrived.
              element.querySelector('.clap-count') && !element.classList.contains('loading'),
        );
        return done && visible.length > 0 && performance.now();
      },
      { polling: 'raf', timeout: 30_000 },
      kind,
    );
    rows['ms to every count shown'].push((await shown.jsonValue()) as number);
    rows['layout shift'].push(await page.evaluate(layoutShift));
    rows['DOM nodes'].push(await page.evaluate(countNodes));
    rows['JS heap MB'].push(((await page.metrics()).JSHeapUsedSize ?? 0) / 1e6);
    rows['long tasks'].push(await page.evaluate(() => (window as unknown as { longTasks: number }).longTasks));
    // Counted once the page has settled (the layout shift waits 100 ms): every request of the load.
    rows.requests.push(requests.length);
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

const figure = (measure: string, values: number[]) => round(median(values), measure.includes('shift') ? 4 : 1);

function table(title: string, rows: Record<string, number[]>): string {
  const lines = [`### ${title} (median of ${RUNS})`, '', '| measure | value |', '| --- | ---: |'];
  for (const [measure, values] of Object.entries(rows)) lines.push(`| ${measure} | ${figure(measure, values)} |`);
  return lines.join('\n');
}

/** Grids side by side: named columns of the same measures, then ours ÷ the last column. */
function sideBySide(title: string, columns: [string, Record<string, number[]>][], ratioOf: number): string {
  const peer = columns.at(-1)!;
  const ours = columns[ratioOf]!;
  const lines = [
    `### ${title} (median of ${RUNS})`,
    '',
    `| measure | ${columns.map(([name]) => name).join(' | ')} | ${ours[0]} ÷ ${peer[0]} |`,
    `| --- | ${columns.map(() => '---: |').join(' ')} ---: |`,
  ];
  for (const measure of Object.keys(peer[1])) {
    const [a, b] = [figure(measure, ours[1][measure]!), figure(measure, peer[1][measure]!)];
    const ratio = a === b ? 1 : b === 0 ? '–' : round(a / b, 3);
    lines.push(`| ${measure} | ${columns.map(([, rows]) => figure(measure, rows[measure]!)).join(' | ')} | ${ratio} |`);
  }
  return lines.join('\n');
}

const server = await listen({ host: '127.0.0.1', port: 0, app: { perAddress: unlimited, perAddressReads: unlimited, perVisitor: unlimited } });
await saveSite(server.services.db, { id: 'bench', secret: 'bench-secret', allowedOrigins: [], checkoutUrl: null, moderateReviews: false });
await seedReviews(server.services.db, { site: 'bench', productId: 'reviews-10k', count: 10_000 });
const site = await shop();
const applause = await applauseApi();
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  // Scrolling through every page of the thread (BENCH_SCROLL_PAGES=999) is one call of minutes; bench/scroll.ts bounds it.
  protocolTimeout: 600_000,
  // Any host but 127.0.0.1 fails to resolve: a widget's default endpoint can never leave the machine.
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});
try {
  const sizes = sizeTable();
  console.log(`## Bytes a page downloads, beside the peers (per file, gzip -9, brotli 11)\n\n${sizes}`);
  writeSection('machine', `## The machine\n\n${machine(await browser.version())}`);
  writeSection('sizes', `## Bytes a page downloads, beside the peers\n\nEach file compressed on its own (gzip level 9, brotli quality 11), as \`npm run size\` does; ours from \`npm run size\`.\n\n${sizes}`);

  const api = encodeURIComponent(server.url);
  const full = await grid(browser, site.url, server.url, `/grid.html?endpoint=${api}&site=bench&count=200`, 'ours');
  const likeOnly = await grid(browser, site.url, server.url, `/grid.html?endpoint=${api}&site=bench&count=200&only=like`, 'ours');
  const peer = await grid(browser, site.url, applause.url, `/applause-grid.html?api=${encodeURIComponent(applause.url)}&count=200`, 'applause');
  const grids = sideBySide(
    'A product grid of 200 cards, beside applause-button',
    [
      ['sc-widgets: like + wish list + stars', full],
      ['sc-widgets: like', likeOnly],
      ['applause-button', peer],
    ],
    1,
  );
  const threads = table('A review thread of 10,000 reviews, 10 a page', await thread(browser, site.url, server.url));
  const scrolls = table(scrollTitle, await scrollThread(browser, site.url, server.url, RUNS));
  const intro = `## Widgets in Chromium, ${RUNS} runs, shop and API on two loopback origins\n\nOurs against the reference server (embedded PGlite); applause-button ${applauseVersion()} against a loopback stand-in for its API that answers at once (bench/peers/applause-api.ts, ${applause.requests()} requests served in all). "Shown" means every widget in the first two screens has its data.`;
  console.log(`\n${intro}\n\n${grids}\n\n${threads}\n\n${scrolls}`);
  writeSection('widgets', `${intro}\n\n${grids}\n\n${threads}\n\n${scrolls}`);
} finally {
  await browser.close();
  applause.close();
  site.close();
  await server.close();
}

function applauseVersion(): string {
  return (JSON.parse(readFileSync('node_modules/applause-button/package.json', 'utf8')) as { version: string }).version;
}
