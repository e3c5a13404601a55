import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { compileFixture } from '../support/compile-fixture.js';
import { launchChromium } from '../support/static-site.js';
import { serveViteApp } from '../support/vite-app.js';

/**
 * test/fixtures/react18, a React 18 app using `sc-widgets/react` as a shop would: compiled
 * with tsc against the package's types, and built with Vite and run in Chromium, where
 * React 18 alone would set neither `pageSize` nor `productId` and hear no event. Run after
 * `npm run build`.
 */
const fixture = fileURLToPath(new URL('../fixtures/react18', import.meta.url));

describe('a React 18 app using the wrappers', () => {
  it("compiles with tsc: the elements' properties and events typed, wrong ones refused", async () => {
    // type-errors.tsx holds what must fail, each under @ts-expect-error: tsc fails if one compiles.
    assert.equal(await compileFixture('tsc', 'react18'), '');
  });

  describe('built with Vite, in Chromium', () => {
    let app: Awaited<ReturnType<typeof serveViteApp>>;
    let browser: Browser;
    let page: Page;
    const errors: string[] = [];

    before(async () => {
      app = await serveViteApp(fixture);
      browser = await launchChromium();
      page = await browser.newPage();
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(app.url);
    });

    after(async () => {
      await browser?.close();
      await app?.close();
    });

    /** The text of `part` in the shadow root of the first `selector`, once it has some other than `unlike`. */
    const shown = async (selector: string, part: string, unlike = '') => {
      const text = await page.waitForFunction(
        (selector, part, unlike) => {
          const text = document.querySelector(selector)?.shadowRoot?.querySelector(`[part=${part}]`)?.textContent ?? '';
          return text !== unlike && text;
        },
        {},
        selector,
        part,
        unlike,
      );
      return text.jsonValue();
    };

    it('sets pageSize: the store shows four of the five products', async () => {
      assert.equal(await shown('sc-store', 'count'), '4 of 5 products');
      assert.equal(await page.$eval('sc-store', (store) => store.shadowRoot!.querySelectorAll('sc-product-card').length), 4);
    });

    it('changes productId: the card shows the new product', async () => {
      assert.equal(await shown('sc-product-card', 'title'), 'Linen tee');
      assert.equal(await page.$eval('sc-product-card', (card) => card.className), 'featured');
      await page.click('#next');
      assert.equal(await shown('sc-product-card', 'title', 'Linen tee'), 'Stoneware mug');
    });

    it("receives onCartAdd with the line added, from the card's buy button", async () => {
      await page.locator('sc-product-card >>> sc-buy-button >>> [part~=button][aria-disabled=false]').click();
      await page.waitForFunction(() => document.getElementById('added')?.textContent !== '');
      assert.equal(await page.$eval('#added', (output) => output.textContent), 'mug×1');
      assert.deepEqual(errors, []);
    });
  });
});
