// `node scripts/screenshot.mjs URL OUT.png [--dark] [--forced-colors] [--accent=COLOUR] [--text-spacing]
// [--full] [--width=N] [--click=SELECTOR]`: a headless Chromium screenshot of a page, to look at what
// the widgets show a person: in dark mode, in Windows' contrast themes (forced colours, emulated through
// the DevTools protocol, which puppeteer's emulateMediaFeatures refuses), with a shop's accent, or with
// WCAG's text-spacing override (1.4.12) in the page and every shadow root.
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
  const features = [];
  if (flags.includes('--dark')) features.push({ name: 'prefers-color-scheme', value: 'dark' });
  if (flags.includes('--forced-colors')) features.push({ name: 'forced-colors', value: 'active' });
  await (await page.createCDPSession()).send('Emulation.setEmulatedMedia', { features });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  // Idle but for at most two requests: a live page (data-live) keeps its event stream open.
  await page.goto(url, { waitUntil: 'networkidle2' });
  const accent = option('accent');
  if (accent) await page.evaluate((colour) => document.documentElement.style.setProperty('--sc-color-accent', colour), accent);
  if (flags.includes('--text-spacing')) await page.evaluate(spaceText);
  const click = option('click');
  if (click) await page.evaluate((selector) => document.querySelector(selector)?.shadowRoot?.querySelector('button')?.click(), click);
  await new Promise((resolve) => setTimeout(resolve, 500));
  await page.screenshot({ path: out, fullPage: flags.includes('--full') });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}

/** WCAG's text-spacing override, in the page and in every shadow root (run in the page). */
function spaceText() {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important } p { margin-block-end: 2em !important }');
  const roots = (root) => [root, ...[...root.querySelectorAll('*')].flatMap((element) => (element.shadowRoot ? roots(element.shadowRoot) : []))];
  for (const root of roots(document)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
