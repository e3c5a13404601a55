import { execFile } from 'node:child_process';
import { mkdir, readFile, rename, symlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
export const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The package packed as npm publishes it (`files`), then installed by hand into `folder`'s
 * node_modules: its dependencies and peers (React, which a shop that imports the wrappers
 * has) linked from this checkout where npm would hoist them, so an import of anything else
 * fails as it would for a shop. Returns the installed package's folder and its package.json.
 * Run after `npm run build`.
 */
export async function installPackage(folder: string): Promise<{ installed: string; manifest: PackageManifest }> {
  const modules = join(folder, 'node_modules');
  const installed = join(modules, 'sc-widgets');
  const [{ filename }] = JSON.parse((await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', folder], { cwd: root })).stdout);
  await mkdir(modules, { recursive: true });
  await run('tar', ['-xzf', join(folder, filename), '-C', modules]);
  await rename(join(modules, 'package'), installed);
  const manifest = JSON.parse(await readFile(join(installed, 'package.json'), 'utf8')) as PackageManifest;
  for (const name of Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })) {
    await mkdir(dirname(join(modules, name)), { recursive: true });
    await symlink(join(root, 'node_modules', name), join(modules, name), 'dir');
  }
  return { installed, manifest };
}

export interface PackageManifest {
  readonly dependencies: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
  readonly exports: Record<string, string | Record<string, string>>;
}
