import { waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';

/**
 * A stage for screenshots that come out the same on every run: a page of a fixed width in
 * light or dark, the system font, no scrollbar (it would take its width from the page), and
 * nothing moving (no animation, transition or caret) in the page or any shadow root.
 */

export const widths = [390, 1200] as const;
export const schemes = ['light', 'dark'] as const;
export type Scheme = (typeof schemes)[number];

/** The page as a shop's: the colours of the scheme in force, which the widgets inherit. */
const page = new CSSStyleSheet();
page.replaceSync(`
  html { color-scheme: light dark; background: Canvas; color: CanvasText; font: 16px/1.5 system-ui, sans-serif; scrollbar-width: none }
  body { margin: 0 }
  .stage { box-sizing: border-box; padding: 16px; display: grid; gap: 16px; align-content: start }
`);

/** Still: adopted by the page and every shadow root, where a page's own sheet cannot reach. */
const still = new CSSStyleSheet();
still.replaceSync('*, *::before, *::after { animation: none !important; transition: none !important; caret-color: transparent !important; scroll-behavior: auto !important }');

/** Every shadow root under `root`, nested ones too. */
function* shadowRoots(root: ParentNode): Generator<ShadowRoot> {
  for (const element of root.querySelectorAll('*')) {
    if (!element.shadowRoot) continue;
    yield element.shadowRoot;
    yield* shadowRoots(element.shadowRoot);
  }
}

/** The text a person sees in `root`, shadow roots included (slotted text once). */
export function shownText(root: ParentNode): string {
  return [root, ...shadowRoots(root)].map((node) => [...node.querySelectorAll('*')].filter((el) => !el.shadowRoot).map((el) => el.textContent).join(' ')).join(' ');
}

/** Nothing loading: no element says it is busy, and every image has its pixels. */
function settled(root: ParentNode): boolean {
  return [root, ...shadowRoots(root)].every(
    (node) => !node.querySelector('[aria-busy=true]') && [...node.querySelectorAll('img')].every((img) => img.complete && img.naturalWidth > 0),
  );
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** A stage holding `html`, at the top of an otherwise empty page. */
export function stage(html: string): HTMLElement {
  document.adoptedStyleSheets = [page, still];
  document.documentElement.lang = 'en';
  const element = Object.assign(document.createElement('main'), { className: 'stage', innerHTML: html });
  document.body.append(element);
  return element;
}

/** Each width and scheme a screenshot is taken at. */
const looks = widths.flatMap((width) => schemes.map((scheme) => ({ width, scheme })));

/**
 * Shows the page at `width` in `scheme`, waits until `ready` and nothing loads, and compares
 * the stage with its baseline `name-width-scheme.png` (test/visual/baselines). `height` is
 * the viewport's: tall enough that every widget is in view (and loads), or the height a
 * modal dialog is centred in.
 */
async function compare(stageElement: HTMLElement, name: string, look: { width: number; scheme: Scheme }, ready: () => unknown, height: number) {
  await setViewport({ width: look.width, height });
  await emulateMedia({ colorScheme: look.scheme, reducedMotion: 'reduce' });
  await waitUntil(() => ready() && settled(stageElement), `${name} never settled`, { timeout: 8000 });
  for (const root of shadowRoots(stageElement)) if (!root.adoptedStyleSheets.includes(still)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, still];
  await document.fonts.ready;
  // Two frames: the resize and the colour scheme laid out and painted.
  await frame();
  await frame();
  await visualDiff(stageElement, `${name}-${look.width}-${look.scheme}`);
}

/** Compares the stage at every width and scheme; a failure names each look that differs (all of them are taken). */
export async function compareLooks(stageElement: HTMLElement, name: string, ready: () => unknown, height = 2000) {
  const failures: string[] = [];
  for (const look of looks) await compare(stageElement, name, look, ready, height).catch((error: Error) => failures.push(`${look.width} px ${look.scheme}: ${error.message}`));
  if (failures.length) throw new Error(failures.join('\n'));
}

/** Back to the runner's page: light, the default size. */
export async function resetPage() {
  await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  await setViewport({ width: 800, height: 600 });
}
