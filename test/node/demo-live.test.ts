import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { demoShop } from './demo-shop.js';

/**
 * The demo shop as `npm start` serves it (demo/ and the built dist/, the demo site seeded),
 * in two Chromium browser contexts: two visitors, each with their own storage and visitor
 * token. With `data-live`, what one does shows in the other's window without a reload, and
 * nothing on the watching page moves when it does (no layout shift). Run after `npm run build`.
 */

const shop = demoShop('demo-live-test');

/** A visitor of their own on the demo shop, recording every layout shift of the page with its time. */
async function visitor(): Promise<Page> {
  const page = await (await shop.browser.createBrowserContext()).newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.evaluateOnNewDocument(() => {
    const shifts: { value: number; time: number }[] = ((window as unknown as { shifts: unknown }).shifts = []);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) shifts.push({ value: entry.value, time: entry.startTime });
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${shop.server.url}/index.html`);
  return page;
}

/** Scrolls each page to the element `selector` finds, as a person would, and waits until `ready` matches in its shadow root. */
async function scrolledTo(pages: Page[], selector: string, ready: string): Promise<void> {
  for (const page of pages) {
    await page.evaluate((selector) => document.querySelector(selector)!.scrollIntoView({ block: 'center' }), selector);
    await page.waitForFunction((selector, ready) => document.querySelector(selector)?.shadowRoot?.querySelector(ready), { polling: 50 }, selector, ready);
  }
}

/** The text of `part` in the shadow root of the element `selector` finds, one per match. */
const partsText = (page: Page, selector: string, part: string) =>
  page.evaluate((selector, part) => [...(document.querySelector(selector)?.shadowRoot?.querySelectorAll(`[part~=${part}]`) ?? [])].map((el) => el.textContent!.replace(/\s+/g, ' ').trim()), selector, part);

/** Presses the button `inner` finds in the shadow root of `selector`, scrolled into view as a person would. */
const press = (page: Page, selector: string, inner: string, index = 0) =>
  page.evaluate((selector, inner, index) => {
    const button = document.querySelector(selector)!.shadowRoot!.querySelectorAll<HTMLElement>(inner)[index]!;
    button.scrollIntoView({ block: 'center' });
    button.click();
  }, selector, inner, index);

/** The layout shifts of `page` since `since` (a `performance.now()` of that page), summed. */
const shiftedSince = (page: Page, since: number) =>
  page.evaluate((since) => (window as unknown as { shifts: { value: number; time: number }[] }).shifts.filter((shift) => shift.time >= since).reduce((sum, shift) => sum + shift.value, 0), since);

/** Two animation frames: what a change laid out has been painted, and its shift recorded. */
const painted = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

describe('the demo shop, live (data-live), in two browsers', () => {
  it('a like in one window changes the count in the other, and nothing moves there', async () => {
    const [liker, watcher] = [await visitor(), await visitor()];
    const like = 'sc-like-button[product-id=sku-2]';
    await scrolledTo([liker, watcher], like, 'button[aria-disabled=false]');
    const before = await partsText(watcher, like, 'count');
    assert.deepEqual(before, await partsText(liker, like, 'count'));
    // The watcher's stream is open once it follows the likes it read; then the other visitor likes.
    await watcher.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/events?')), { polling: 50 });
    const since = await watcher.evaluate(() => performance.now());
    await press(liker, like, 'button');
    await liker.waitForFunction((like) => document.querySelector(like)!.shadowRoot!.querySelector('[aria-pressed=true]'), { polling: 50 }, like);
    const liked = await partsText(liker, like, 'count');
    assert.notDeepEqual(liked, before);
    await watcher.waitForFunction((like, liked) => document.querySelector(like)!.shadowRoot!.querySelector('[part~=count]')!.textContent!.trim() === liked, { polling: 50, timeout: 10_000 }, like, liked[0]!);
    // Another visitor's like: the watcher's own button stays unpressed.
    assert.equal(await watcher.evaluate((like) => document.querySelector(like)!.shadowRoot!.querySelector('[aria-pressed=true]'), like), null);
    await painted(watcher);
    assert.equal(await shiftedSince(watcher, since), 0);
  });

  it("a vote in one window changes the seller's poll results in the other, and nothing moves there", async () => {
    const [voter, watcher] = [await visitor(), await visitor()];
    const poll = 'sc-poll[poll-id=poll-1]';
    await scrolledTo([voter, watcher], poll, '[role=radio]');
    // The results show once a person voted: the watcher votes first (the second option, Sand).
    await press(watcher, poll, '[role=radio]', 1);
    await watcher.waitForFunction((poll) => document.querySelector(poll)!.shadowRoot!.querySelectorAll('[part=tally]').length === 3, { polling: 50 }, poll);
    // The tallies show the watcher's vote at once; the server must have it too before the other
    // vote, or the counts that come back live would be without it.
    await watcher.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/polls/poll-1/vote')), { polling: 50 });
    const before = await partsText(watcher, poll, 'tally');
    await watcher.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('polls=poll-1')), { polling: 50 });
    await painted(watcher);
    const since = await watcher.evaluate(() => performance.now());
    await press(voter, poll, '[role=radio]', 0);
    await watcher.waitForFunction((poll, before) => {
      const tallies = [...document.querySelector(poll)!.shadowRoot!.querySelectorAll('[part=tally]')].map((tally) => tally.textContent!.replace(/\s+/g, ' ').trim());
      return tallies[0] !== before;
    }, { polling: 50, timeout: 10_000 }, poll, before[0]!);
    const after = await partsText(watcher, poll, 'tally');
    const votes = (tallies: string[]) => tallies.map((tally) => Number(tally.match(/(\d+) votes?$/)![1]));
    assert.deepEqual(votes(after).map((count, index) => count - votes(before)[index]!), [1, 0, 0]);
    await painted(watcher);
    assert.equal(await shiftedSince(watcher, since), 0);
  });
});
