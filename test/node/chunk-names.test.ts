import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { rollup, type OutputOptions, type Plugin } from 'rollup';
import { launchChromium, serveFolders } from '../support/static-site.js';

/**
 * An update of a site that serves dist/ at one path: a browser holding the old entry (cached,
 * or a page pinned to it) beside the new chunks. The old release is dist/ (run after `npm run
 * build`); the new one is the one-tag module built again with rollup.config.mjs, the
 * RestAdapter's source changed, and the old entry is loaded from the new build's folder.
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
process.chdir(root);
const { default: configs } = await import('../../rollup.config.mjs');
const oneTagModule = configs.find((config) => config.input === 'src/sc-widgets.ts')!;

/** The one-tag module with `release` set on `globalThis` by the RestAdapter's code (added once TypeScript is compiled), written to a new folder. */
async function buildRelease(release: string): Promise<string> {
  const marked: Plugin = {
    name: 'release-marker',
    transform: (code, id) => (id.endsWith('/src/adapters/rest/rest-adapter.ts') ? `${code}\nglobalThis.release = '${release}';` : null),
  };
  const bundle = await rollup({ ...oneTagModule, plugins: [...(oneTagModule.plugins as Plugin[]), marked], onwarn: () => {} });
  // Generated in memory, for dist/ as configured (the TypeScript plugin insists), and written elsewhere.
  const { output } = await bundle.generate({ ...(oneTagModule.output as OutputOptions), sourcemap: false });
  await bundle.close();
  const dir = await mkdtemp(join(tmpdir(), `sc-widgets-${release}-`));
  await mkdir(join(dir, 'chunks/bundle'), { recursive: true });
  for (const file of output) if (file.type === 'chunk') await writeFile(join(dir, file.fileName), file.code);
  return dir;
}

const older = join(root, 'dist');
const newer = await buildRelease('new');
const chunks = (dir: string) => readdir(join(dir, 'chunks/bundle'));
const restChunk = async (dir: string) => (await chunks(dir)).find((name) => name.startsWith('rest-adapter-'))!;
// The old entry, as a browser's cache still holds it, beside the new build's files.
await copyFile(join(older, 'sc-widgets.js'), join(newer, 'sc-widgets.old.js'));

describe('chunks named by their content, after an update', () => {
  let browser: Browser;
  let site: Awaited<ReturnType<typeof serveFolders>>;
  before(async () => {
    browser = await launchChromium();
    site = await serveFolders({ '/': newer, '/pages/': join(root, 'test/fixtures/chunk-names') });
  });
  after(async () => {
    await browser?.close();
    await site?.close();
  });

  it('a changed chunk has a new name; a chunk of the same name is the same file', async () => {
    assert.notEqual(await restChunk(older), await restChunk(newer));
    const [oldNames, newNames] = [await chunks(older), await chunks(newer)];
    for (const name of oldNames.filter((name) => newNames.includes(name))) {
      assert.deepEqual(await readFile(join(older, 'chunks/bundle', name)), await readFile(join(newer, 'chunks/bundle', name)), name);
    }
  });

  it("the new entry runs the new chunk's code", async () => {
    const page = await browser.newPage();
    await page.goto(`${site.origin}/pages/new-entry.html`);
    await page.waitForFunction(() => (globalThis as { release?: string }).release === 'new');
    await page.close();
  });

  it('the old entry asks for the old chunk, which is not there, and never gets the new one', async () => {
    const page = await browser.newPage();
    const asked: string[] = [];
    page.on('request', (request) => asked.push(new URL(request.url()).pathname));
    const restAdapter = page.waitForResponse((response) => response.url().includes('/chunks/bundle/rest-adapter-'));
    await page.goto(`${site.origin}/pages/old-entry.html`);
    const response = await restAdapter;
    assert.equal(new URL(response.url()).pathname, `/chunks/bundle/${await restChunk(older)}`);
    assert.equal(response.status(), 404);
    assert.ok(!asked.includes(`/chunks/bundle/${await restChunk(newer)}`));
    assert.equal(await page.evaluate(() => (globalThis as { release?: string }).release), undefined);
    await page.close();
  });
});
