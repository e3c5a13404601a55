import assert from 'node:assert/strict';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { build } from 'vite';
import { installPackage, root } from '../support/installed-package.js';
import { launchChromium, serveFolders } from '../support/static-site.js';

/**
 * An app that uses Lit itself and the widgets from npm (test/fixtures/vite-app), built by
 * Vite from the packed tarball as a shop would install it, and run in Chromium. Run after
 * `npm run build`.
 */

const app = await mkdtemp(join(tmpdir(), 'sc-widgets-vite-'));
// Its dependencies beside the app's own `lit`: one package `lit` for both, as an installed app has.
await installPackage(app);
await cp(join(root, 'test/fixtures/vite-app'), app, { recursive: true });

const out = join(app, 'out');
await build({
  root: app,
  logLevel: 'warn',
  build: {
    outDir: out,
    rolldownOptions: { input: { page: join(app, 'index.html'), 'beside-the-tag': join(app, 'beside-the-tag.js') }, output: { entryFileNames: '[name].js' } },
  },
});

/** The app's page as a strict shop serves it: its own origin's scripts only, Trusted Types required, Lit's policy and ours allowed. */
const strict = "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html sc-widgets";
type Page = Window & { litHtmlVersions: string[] };

describe('an app bundled by Vite with its own Lit element and the widgets', () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serveFolders>>;
  before(async () => {
    browser = await launchChromium();
    site = await serveFolders({ '/': out, '/dist/': join(root, 'dist') }, { 'Content-Security-Policy': strict });
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  it('has one Lit, and the widgets render on a page that requires Trusted Types', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(String(error)));
    await page.goto(`${site.origin}/index.html`);
    const rendered = () =>
      !!document.querySelector('app-greeting')?.shadowRoot?.textContent?.includes('Hello') &&
      !!document.querySelector('sc-like-button')?.shadowRoot?.querySelector('button') &&
      !!document.querySelector('sc-review-thread > script[type="application/ld+json"]');
    await page.waitForFunction(rendered, { timeout: 30_000 }).catch(() => assert.fail(`the page never rendered: ${problems.join('; ')}`));
    assert.equal(await page.evaluate(() => (window as unknown as Page).litHtmlVersions.length), 1);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it("beside the script tag, which defined the tags first, the app's configure() reaches the widgets", async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/beside-the-tag.html`);
    // Two copies of sc-widgets, each with its own Lit: the script tag's and the app's.
    await page.waitForFunction(() => (window as unknown as Page).litHtmlVersions?.length === 2 && customElements.get('sc-like-button'));
    const like = await page.waitForSelector('sc-like-button >>> button:not([disabled])');
    await like!.click();
    // The like is kept by the app's LocalAdapter, under its site, not the script tag's `data-site`.
    await page.waitForFunction(() => localStorage.getItem('sc-widgets:from-the-app:likes')?.includes('tee'), { timeout: 30_000 });
    assert.equal(await page.evaluate(() => localStorage.getItem('sc-widgets:from-the-tag:likes')), null);
    await page.close();
  });
});
