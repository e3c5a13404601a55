import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/**
 * Starts the compiled server (`node <main>`) on a free loopback port, as an operator would:
 * configured by `env` alone. `url` resolves once it logs that it listens; `exited` once it
 * ends; `log` holds its log lines, to show when something fails.
 */
export function startServerProcess(main, { cwd, env = {} } = {}) {
  const child = spawn(process.execPath, [main], {
    cwd,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = [];
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const url = new Promise((resolve, reject) => {
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        log.push(line);
        if (line.includes('"msg":"sc-widgets server listening"')) resolve(JSON.parse(line).url.replace(/\/$/, ''));
      });
    }
    void exited.then(({ code, signal }) => reject(new Error(`the server ended (${code ?? signal}) before listening:\n${log.join('\n')}`)));
  });
  return { child, url, exited, log };
}
