import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import { toSvgPath } from 'lean-qr/extras/svg';
import { generate } from 'lean-qr/nano';
import type { Browser, Page } from 'puppeteer-core';
import { listen, type RunningServer } from '../../server/listen.js';
import { type TestDatabase, testDatabase } from '../server/helpers/database.js';
import { launchChromium } from '../support/static-site.js';

/**
 * The demo's like display (demo/display.html, as `npm start` serves it with the built dist/) on
 * a screen in the shop, and a phone in another browser context that opens the page its QR code
 * holds and likes the product there: the screen's count rises with no reload. Then the server
 * stops and starts again on its own data: the screen says it is reconnecting, and then shows
 * the count, with a like made since, still with no reload. Run after `npm run build`.
 */

/** Every visitor comes from 127.0.0.1: the per-address allowances are other tests' to check. */
const free = { burst: 1e9, perSecond: 1e9 };
const PRODUCT = 'sku-3';

let database: TestDatabase;
let server: RunningServer;
let browser: Browser;

/** The server on `database` (kept on disk, or PostgreSQL), on `port` (0: any free one). */
const start = (port: number) =>
  listen({ ...database, host: '127.0.0.1', port, serveStatic: true, demoSecret: 'like-display-test', app: { visitorsPerAddress: free, votesPerAddress: free } });

before(async () => {
  database = await testDatabase({ onDisk: true });
  server = await start(0);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
  await database?.drop();
});

/** A page in a browser context of its own: another device, with its own storage and visitor token; `streaming` once it opened its event stream. */
async function device(url: string, width: number, height: number): Promise<{ page: Page; streaming: Promise<unknown> }> {
  const page = await (await browser.createBrowserContext()).newPage();
  await page.setViewport({ width, height });
  const streaming = page.waitForRequest((request) => request.url().includes('/events?'), { timeout: 15_000 });
  await page.goto(url);
  return { page, streaming };
}

/** The display's number, QR code's path and the address it holds. (No named functions inside: tsx would name them with a helper the page lacks.) */
const shown = (page: Page) =>
  page.evaluate(() => {
    const display = document.querySelector('sc-like-display')!;
    return {
      number: display.shadowRoot!.querySelector('[part~=number]')!.textContent!.trim(),
      qr: display.shadowRoot!.querySelector('[part~=qr] path')!.getAttribute('d'),
      url: display.getAttribute('product-url'),
    };
  });

/** Waits until the display shows `number` (or any number) and says it is live. */
const showsLive = (page: Page, number?: number) =>
  page.waitForFunction(
    (number) => {
      const display = document.querySelector('sc-like-display')?.shadowRoot;
      const text = display?.querySelector('[part~=number]')?.textContent?.trim() ?? '';
      return /^\d+$/.test(text) && (number === null || text === String(number)) && display!.querySelector('[part~=status]')!.textContent!.includes('Live');
    },
    { polling: 50, timeout: 15_000 },
    number ?? null,
  );

it("the display's count rises when a phone likes the product, and resumes after the server restarts, with no reload", async () => {
  const { page: screen, streaming } = await device(`${server.url}/display.html?product=${PRODUCT}`, 1280, 720);
  await showsLive(screen);
  // A page that reloads would lose this.
  await screen.evaluate(() => ((window as unknown as { sameVisit: boolean }).sameVisit = true));
  const before = await shown(screen);
  const count = Number(before.number);

  // The QR code holds the product's page, which the phone opens.
  assert.equal(before.url, `${server.url}/product.html?product=${PRODUCT}`);
  assert.equal(before.qr, toSvgPath(generate(before.url!)));
  await streaming;
  const { page: phone } = await device(before.url!, 390, 844);
  await phone.waitForFunction(
    () => document.querySelector('sc-product-card')?.shadowRoot?.querySelector('sc-like-button')?.shadowRoot?.querySelector('button[aria-disabled=false]'),
    { polling: 50 },
  );
  await phone.evaluate(() => document.querySelector('sc-product-card')!.shadowRoot!.querySelector('sc-like-button')!.shadowRoot!.querySelector('button')!.click());
  await showsLive(screen, count + 1);

  // The server goes away: the screen keeps its number and says it is reconnecting.
  const port = Number(new URL(server.url).port);
  await server.close();
  await screen.waitForFunction(() => document.querySelector('sc-like-display')!.shadowRoot!.querySelector('[part~=status]')!.textContent!.includes('Reconnecting'), { polling: 50 });
  assert.equal((await shown(screen)).number, String(count + 1));

  // It comes back on its data, and someone likes the product before the screen is back.
  server = await start(port);
  const { token } = (await (await fetch(`${server.url}/v1/sites/demo/visitors`, { method: 'POST' })).json()) as { token: string };
  const liked = await fetch(`${server.url}/v1/sites/demo/likes/${PRODUCT}`, { method: 'PUT', headers: { 'X-Visitor-Token': token } });
  assert.equal(liked.status, 200);
  await showsLive(screen, count + 2);
  assert.equal(await screen.evaluate(() => (window as unknown as { sameVisit?: boolean }).sameVisit), true);
});
