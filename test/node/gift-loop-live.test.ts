import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { demoShop } from './demo-shop.js';

/**
 * The gift loop end to end, on the demo shop as `npm start` serves it (demo/ and the built
 * dist/, the demo site seeded), with three people in three Chromium browser contexts (each
 * their own storage and visitor token): the owner wishes for the tulips and shares the list
 * as "Anna"; a friend opens the link and buys the tulips as a gift; a second friend opening
 * the same link sees them marked bought, and the owner still does not. Run after `npm run build`.
 */

const shop = demoShop('gift-loop-test');

/** A person of their own, on `path` of the demo shop. */
async function person(path: string): Promise<Page> {
  const page = await (await shop.browser.createBrowserContext()).newPage();
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto(new URL(path, shop.server.url).href);
  return page;
}

/** Waits until the JavaScript `expression` is truthy in the page. */
const waitFor = (page: Page, expression: string) => page.waitForFunction(expression, { polling: 50 });

/** The texts of `part` in the wish list. */
const listParts = (page: Page, part: string) =>
  page.evaluate((part) => [...(document.querySelector('sc-wishlist')!.shadowRoot!.querySelectorAll(`[part~=${part}]`))].map((el) => el.textContent!.replace(/\s+/g, ' ').trim()), part);

/** The shared list's buy button for the tulips (sku-4), once it can be pressed. */
const tulipsReady = (page: Page) =>
  waitFor(page, `document.querySelector('sc-wishlist')?.shadowRoot?.querySelector('sc-buy-button[product-id=sku-4]')?.shadowRoot?.querySelector('[part=button][aria-disabled=false]')`);

const tulipsButtonText = (page: Page) =>
  page.evaluate(() => document.querySelector('sc-wishlist')!.shadowRoot!.querySelector('sc-buy-button[product-id=sku-4]')!.shadowRoot!.querySelector('[part=button]')!.textContent!.trim());

describe('the gift loop on the demo shop, in three browsers', () => {
  it('a friend buys the tulips from Anna\'s shared list; a second friend sees them bought, Anna does not', async () => {
    // Anna wishes for the tulips on the shop's home page.
    const anna = await person('/index.html');
    await waitFor(anna, `document.querySelector('sc-wishlist-button[product-id=sku-4]')?.shadowRoot?.querySelector('button[aria-disabled=false]')`);
    await anna.evaluate(() => {
      const button = document.querySelector('sc-wishlist-button[product-id=sku-4]')!.shadowRoot!.querySelector('button')!;
      button.scrollIntoView({ block: 'center' });
      button.click();
    });
    await waitFor(anna, `document.querySelector('sc-wishlist-button[product-id=sku-4]').shadowRoot.querySelector('button[aria-pressed=true]')`);
    // On her list she types the name friends see, and shares it.
    await anna.goto(new URL('/wishlist.html', shop.server.url).href);
    await waitFor(anna, `document.querySelector('sc-wishlist')?.shadowRoot?.querySelector('[part=share-form] input')`);
    await anna.evaluate(() => {
      const root = document.querySelector('sc-wishlist')!.shadowRoot!;
      root.querySelector<HTMLInputElement>('[part=share-form] input')!.value = 'Anna';
      root.querySelector<HTMLButtonElement>('[part=share-form] button')!.click();
    });
    await waitFor(anna, `document.querySelector('sc-wishlist').shadowRoot.querySelector('[part=share] input')?.value`);
    const link = await anna.evaluate(() => document.querySelector('sc-wishlist')!.shadowRoot!.querySelector<HTMLInputElement>('[part=share] input')!.value);

    // A friend opens the link: Anna's list, and buys the tulips as a gift.
    const friend = await person(link);
    await tulipsReady(friend);
    assert.deepEqual(await listParts(friend, 'heading'), ['Anna’s wish list']);
    assert.deepEqual(await listParts(friend, 'bought'), []);
    assert.equal(await tulipsButtonText(friend), 'Buy as a gift');
    await friend.evaluate(() => document.querySelector('sc-wishlist')!.shadowRoot!.querySelector('sc-buy-button[product-id=sku-4]')!.shadowRoot!.querySelector<HTMLButtonElement>('[part=button]')!.click());
    await waitFor(friend, `/^Gift ordered/.test(document.querySelector('sc-wishlist').shadowRoot.querySelector('sc-buy-button[product-id=sku-4]').shadowRoot.querySelector('[part=message][role=status]').textContent)`);

    // A second friend, in another browser, sees them bought, and the button asks before a second gift.
    const second = await person(link);
    await tulipsReady(second);
    assert.deepEqual(await listParts(second, 'bought'), ['Bought']);
    assert.equal(await tulipsButtonText(second), 'Already bought as a gift');

    // Anna, opening her own link, is not told: the surprise is kept.
    await anna.goto(link);
    await tulipsReady(anna);
    assert.deepEqual(await listParts(anna, 'bought'), []);
    assert.equal(await tulipsButtonText(anna), 'Buy as a gift');
  });
});
