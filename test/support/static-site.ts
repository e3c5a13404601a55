import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };

/**
 * Serves folders on 127.0.0.1 for node tests that load built files in Chromium: `folders`
 * maps a path prefix (`/`, `/dist/`) to a folder, the longest prefix first. Every response
 * carries `headers`. Answers 404 for what is not there, and records every path asked for.
 */
export async function serveFolders(folders: Record<string, string>, headers: Record<string, string> = {}) {
  const prefixes = Object.keys(folders).sort((a, b) => b.length - a.length);
  const requested: string[] = [];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url!, 'http://localhost').pathname);
    requested.push(path);
    const prefix = prefixes.find((start) => path.startsWith(start))!;
    const file = join(folders[prefix]!, normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, ''));
    try {
      const body = await readFile(file.endsWith('/') ? join(file, 'index.html') : file);
      response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'text/html', ...headers }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requested,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Debian's Chromium, headless, as the browser tests use it (never a downloaded browser). */
export function launchChromium(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
