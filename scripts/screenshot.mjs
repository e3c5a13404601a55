// `node scripts/screenshot.mjs URL OUT.png [--dark] [--full] [--width=N] [--click=SELECTOR]`: a headless
// Chromium screenshot of a page, to look at what the widgets show a person.
import puppeteer from 'puppeteer-core';

const [url, out = 'screenshot.png', ...flags] = process.argv.slice(2);
const option = (name) => flags.find((flag) => flag.startsWith(`--${name}=`))?.slice(name.length + 3);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: Number(option('width') ?? 1100), height: 900 });
  if (flags.includes('--dark')) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(url, { waitUntil: 'networkidle0' });
  const click = option('click');
  if (click) await page.evaluate((selector) => document.querySelector(selector)?.shadowRoot?.querySelector('button')?.click(), click);
  await new Promise((resolve) => setTimeout(resolve, 500));
  await page.screenshot({ path: out, fullPage: flags.includes('--full') });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
