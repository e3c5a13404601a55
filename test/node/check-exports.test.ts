import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/** scripts/check-exports.mjs, which `prepack` runs: no pack from a dist/ that lacks an export's file. Run after `npm run build`. */
const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const script = join(root, 'scripts/check-exports.mjs');

describe('the pack check (prepack)', () => {
  it("passes on this package's built dist/", async () => {
    const { stdout } = await run(process.execPath, [script], { cwd: root });
    assert.match(stdout, /every exports target is in place/);
  });

  it('names every missing file: a plain target, and the types of a file a `*` target matches', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'sc-exports-'));
    await mkdir(join(dir, 'dist/components'), { recursive: true });
    await writeFile(join(dir, 'dist/components/like-button.js'), '');
    await writeFile(
      join(dir, 'package.json'),
      JSON.stringify({
        exports: {
          '.': { types: './dist/types/index.d.ts', default: './dist/index.js' },
          './components/*.js': { types: './dist/types/components/*/*.d.ts', default: './dist/components/*.js' },
        },
      }),
    );
    const failed = await run(process.execPath, [script], { cwd: dir }).then(
      () => assert.fail('a half-built package passed'),
      (failure: { code: number; stderr: string }) => failure,
    );
    assert.equal(failed.code, 1);
    for (const file of ['./dist/types/index.d.ts', './dist/index.js', './dist/types/components/like-button/like-button.d.ts']) assert.ok(failed.stderr.includes(file), failed.stderr);
  });
});
