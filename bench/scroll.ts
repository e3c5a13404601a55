// The 10,000-review thread scrolled on and on: the page scrolls STEP px every frame and
// presses "Show more" whenever it is in view and enabled (the thread loads a page only on
// that press, and disables the button while it loads). Frame times are the gaps between
// requestAnimationFrame timestamps in the page, so they include everything the main
// thread did in between. First and last SLICE pages are reported apart: a cost that grows
// with the reviews loaded shows there.
import type { Browser } from 'puppeteer-core';
import { countNodes, fresh } from './browser.js';

/** Pixels per frame: far faster than a reader, so that pages follow as fast as the thread loads them. */
const STEP = 1000;
/** Further pages per run: five runs of 200 take about a minute and a half; all 999, eight minutes or more. */
const PAGES = Number(process.env.BENCH_SCROLL_PAGES ?? 200);
const SLICE = 50;

export const scrollTitle = `Scrolling that thread, ${STEP.toLocaleString('en')} px a frame, pressing "Show more" when in view: ${PAGES} further pages (${((PAGES + 1) * 10).toLocaleString('en')} of the 10,000 reviews; BENCH_SCROLL_PAGES)`;

interface Scroll {
  /** [pages pressed before the frame, ms since the previous frame] */
  frames: [number, number][];
  /** Their durations. */
  longTasks: number[];
  /** ms from the start to each press of "Show more". */
  presses: number[];
  /** ms from the start to the last page shown. */
  ms: number;
}

/** In the page: scrolls and presses "Show more" until `pages` more pages are shown or none is left. */
const scroll = ({ step, pages }: { step: number; pages: number }) =>
  new Promise<Scroll>((resolve, reject) => {
    const root = document.querySelector('sc-review-thread')!.shadowRoot!;
    const result: Scroll = { frames: [], longTasks: [], presses: [], ms: 0 };
    const observer = new PerformanceObserver((list) => result.longTasks.push(...list.getEntries().map((entry) => entry.duration)));
    observer.observe({ type: 'longtask' });
    // Half a second a page, several times what one takes here: a stuck thread fails with how far it got.
    const limit = setTimeout(() => reject(new Error(`${pages} pages not through in ${pages / 2} s: at ${result.presses.length}`)), pages * 500);
    let start: number | undefined;
    let last = 0;
    const frame = (now: number) => {
      if (start === undefined) start = now;
      else result.frames.push([result.presses.length, now - last]);
      last = now;
      const more = root.querySelector<HTMLButtonElement>('[part=more]');
      const ready = more && !more.disabled;
      if (!more || (ready && result.presses.length === pages)) {
        observer.disconnect();
        clearTimeout(limit);
        return resolve({ ...result, ms: now - start });
      }
      if (ready && more.getBoundingClientRect().top < innerHeight) {
        result.presses.push(now - start);
        more.click();
      }
      scrollBy(0, step);
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });

const percentile = (values: number[], share: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * share))] ?? 0;
// Timestamps come at 60 Hz, 16.6 to 16.8 ms apart: over 17 means a frame was missed.
const percentOver = (values: number[], ms: number) => (100 * values.filter((value) => value > ms).length) / values.length;
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** One row per measure, one value per run. */
export async function scrollThread(browser: Browser, shopUrl: string, api: string, runs: number): Promise<Record<string, number[]>> {
  const rows: Record<string, number[]> = {};
  const add = (measure: string, value: number) => (rows[measure] ??= []).push(value);
  for (let run = 0; run < runs; run++) {
    const { page } = await fresh(browser, api);
    await page.goto(`${shopUrl}/thread.html?endpoint=${encodeURIComponent(api)}&site=bench&product=reviews-10k`);
    await page.waitForFunction(() => document.querySelector('sc-review-thread')?.shadowRoot?.querySelector('[part~=review]'), { polling: 'raf', timeout: 30_000 });
    const { frames, longTasks, presses, ms } = await page.evaluate(scroll, { step: STEP, pages: PAGES });
    const pages = presses.length;
    const slice = Math.min(SLICE, pages);
    const frameMs = (from: number, to: number) => frames.filter(([page]) => page > from && page <= to).map(([, duration]) => duration);
    const msPerPage = (from: number, to: number) => ((presses[to] ?? ms) - presses[from]!) / (to - from);
    const all = frames.map(([, duration]) => duration);
    add('further pages loaded', pages);
    add('frames measured', frames.length);
    add('median frame ms', percentile(all, 0.5));
    add('p95 frame ms', percentile(all, 0.95));
    add('% frames over 16.7 ms', percentOver(all, 17));
    add('% frames over 50 ms', percentOver(all, 50));
    add('long tasks', longTasks.length);
    add('ms in long tasks', sum(longTasks));
    add(`ms per page, first ${SLICE} pages`, msPerPage(0, slice));
    add(`ms per page, last ${SLICE} pages`, msPerPage(pages - slice, pages));
    add(`% frames over 16.7 ms, first ${SLICE} pages`, percentOver(frameMs(0, slice), 17));
    add(`% frames over 16.7 ms, last ${SLICE} pages`, percentOver(frameMs(pages - slice, pages), 17));
    add('DOM nodes at the end', await page.evaluate(countNodes));
    add('ms to scroll through', ms);
    await page.browserContext().close();
  }
  return rows;
}
