import type { ChildProcess } from 'node:child_process';

/** See server-process.mjs: the compiled server as a child process. */
export function startServerProcess(
  main: string,
  options?: { cwd?: string | URL; env?: Record<string, string> },
): {
  readonly child: ChildProcess;
  readonly url: Promise<string>;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  readonly log: string[];
};
