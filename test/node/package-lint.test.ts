import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

/**
 * The tarball npm would publish, linted by publint and arethetypeswrong, offline. Packed with
 * `--ignore-scripts` from the dist/ `npm run build` made (the `prepack` build is tested by
 * check-exports.test.ts). Run after `npm run build`.
 */
const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
let tarball = '';
let files: string[] = [];

before(async () => {
  const destination = await mkdtemp(join(tmpdir(), 'sc-pack-'));
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', destination], { cwd: root });
  const [packed] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
  tarball = join(destination, packed!.filename);
  files = packed!.files.map((file) => file.path);
});

describe('the packed package', () => {
  it('publint finds nothing, suggestions included', async () => {
    const bytes = await readFile(tarball);
    const { messages, pkg } = await publint({ pack: { tarball: new Uint8Array(bytes).buffer }, strict: true });
    assert.deepEqual(messages.map((message) => formatMessage(message, pkg)), []);
  });

  it('arethetypeswrong finds nothing for ESM consumers, every component and language pack included', async () => {
    // `*` exports are not expanded by attw: each file they match is named.
    const matched = files.filter((path) => /^dist\/(components|locales)\/[\w-]+\.js$/.test(path)).map((path) => `./${path.slice('dist/'.length)}`);
    assert.ok(matched.includes('./components/like-button.js'), 'the pack holds the components');
    // ESM only, by choice (README "ESM only"): require() from CommonJS and node10 resolution are not supported.
    const attw = join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js');
    const result = await run(process.execPath, [attw, tarball, '--profile', 'esm-only', '--no-color', '--include-entrypoints', ...matched]).then(
      () => '',
      (failure: { stdout: string }) => failure.stdout || String(failure),
    );
    assert.equal(result, '');
  });
});
