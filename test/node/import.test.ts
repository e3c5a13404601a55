import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { installPackage } from '../support/installed-package.js';

/**
 * Every path of the package's `exports`, imported in Node the way a server that renders
 * pages (Next.js, Nuxt, Astro) imports it: from the packed tarball, installed beside its
 * dependencies only, each in a fresh Node with no DOM. Run after `npm run build`.
 */

const run = promisify(execFile);
const dir = await mkdtemp(join(tmpdir(), 'sc-widgets-node-'));
const { installed, manifest } = await installPackage(dir);
await writeFile(
  join(dir, 'probe.mjs'),
  `const [specifier] = process.argv.slice(2);
const module = await import(specifier, specifier.endsWith('.json') ? { with: { type: 'json' } } : undefined);
console.log(JSON.stringify(Object.keys(module)));`,
);

/** The package's `exports` keys, a `*` spelled out for each file its browser target matches. */
async function exportPaths(): Promise<string[]> {
  const paths: string[] = [];
  for (const [path, target] of Object.entries<string | Record<string, string>>(manifest.exports)) {
    // Types only (`./types/react`, `./types/vue`): nothing to import at run time.
    if (typeof target !== 'string' && Object.keys(target).join() === 'types') continue;
    if (!path.includes('*')) {
      paths.push(path);
      continue;
    }
    const pattern = typeof target === 'string' ? target : target.default;
    const [folder, suffix] = pattern.split('*');
    const files = (await readdir(join(installed, folder))).filter((file) => file.endsWith(suffix));
    assert.ok(files.length > 0, `nothing matches ${pattern}`);
    paths.push(...files.map((file) => path.replace('*', file.slice(0, -suffix.length))));
  }
  return paths;
}

const paths = await exportPaths();

describe('importing the packed package in Node (no DOM)', () => {
  after(() => rm(dir, { recursive: true, force: true }));

  it('spells out the component entries among its exports', () => {
    assert.ok(paths.includes('./components/like-button.js'), paths.join(', '));
  });

  for (const path of paths) {
    it(`imports sc-widgets${path.slice(1)}`, async () => {
      const specifier = `sc-widgets${path.slice(1)}`;
      const { stdout } = await run(process.execPath, ['probe.mjs', specifier], { cwd: dir }).catch((failure) => {
        // Node prints the (minified) line first: the error's own line says enough.
        throw new Error(`${specifier} threw in Node: ${failure.stderr.split('\n').find((line: string) => /^\w*Error\b/.test(line)) ?? failure.stderr}`);
      });
      assert.notDeepEqual(JSON.parse(stdout), [], `${specifier} exports nothing`);
    });
  }
});
