import { chmod, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** How to reach a running server's admin route. */
export interface AdminAccess {
  readonly url: string;
  readonly key: string;
}

const pathIn = (dataDir: string): string => join(dataDir, 'admin.json');

/**
 * Tells `npm run site` on this machine how to reach the server that holds `dataDir`
 * (PGlite opens in one process only, so the CLI must go through the server). Readable by
 * its owner only: the key changes any site. Resolves to the function that removes it.
 */
export async function writeAdminAccess(dataDir: string, access: AdminAccess): Promise<() => Promise<void>> {
  const path = pathIn(dataDir);
  await writeFile(path, JSON.stringify(access), { mode: 0o600 });
  await chmod(path, 0o600); // a file left from an earlier run keeps its mode otherwise
  return () => rm(path, { force: true });
}

/** What a server on `dataDir` wrote, or undefined when none runs there (or it left no file). */
export async function readAdminAccess(dataDir: string): Promise<AdminAccess | undefined> {
  try {
    return JSON.parse(await readFile(pathIn(dataDir), 'utf8')) as AdminAccess;
  } catch {
    return undefined; // none, or cut short by a crash: the CLI then tries the database
  }
}
