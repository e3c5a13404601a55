import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview } from 'vite';

/**
 * A fixture app (a folder with an index.html) built by Vite's production build, as a shop
 * builds its own, into a temporary folder, and served from 127.0.0.1 by Vite's preview
 * server. The package is imported by its name: Vite resolves it through `exports`.
 */
export async function serveViteApp(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const outDir = await mkdtemp(join(tmpdir(), 'sc-vite-app-'));
  const config = { root, configFile: false, logLevel: 'error', build: { outDir, emptyOutDir: true } } as const;
  await build(config);
  const server = await preview({ ...config, preview: { host: '127.0.0.1', port: 0, strictPort: true } });
  return {
    url: `http://127.0.0.1:${(server.httpServer.address() as AddressInfo).port}/`,
    close: async () => {
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
