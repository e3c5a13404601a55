import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const compilers = { tsc: 'node_modules/typescript/bin/tsc', 'vue-tsc': 'node_modules/vue-tsc/bin/vue-tsc.js' };

/**
 * Compiles test/fixtures/`fixture` alone with its own tsconfig, as a consumer's compiler
 * would: '' when it compiles, else the compiler's errors. Run after `npm run build` (the
 * fixtures import the package's built types by its name).
 */
export async function compileFixture(compiler: keyof typeof compilers, fixture: string): Promise<string> {
  const project = join(root, 'test/fixtures', fixture);
  return run(process.execPath, [join(root, compilers[compiler]), '-p', project], { cwd: root }).then(
    () => '',
    (failure: { stdout: string }) => failure.stdout || String(failure),
  );
}
