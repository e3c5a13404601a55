// bench/RESULTS.md: what the last `npm run bench` measured and on what machine. Each part of
// the bench owns a section between markers and rewrites only that one, so running one part
// alone (`npm run bench:server`) keeps the others' last figures.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

const file = new URL('RESULTS.md', import.meta.url);
const heading = '# Benchmark results\n\nWritten by `npm run bench`; do not edit by hand. Compare figures from one run only: the machine is shared.\n';

/** The machine, as a markdown list: CPU model, cores, memory, Node and, when given, Chromium. */
export function machine(chromium?: string): string {
  const cpu = cpus();
  return [
    `- date: ${new Date().toISOString()}`,
    `- CPU: ${cpu[0]?.model ?? 'unknown'}, ${cpu.length} cores`,
    `- memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- Node ${process.version}${chromium ? `, ${chromium}` : ''}`,
  ].join('\n');
}

/** Replaces (or appends) the section `id` of bench/RESULTS.md with `markdown`. */
export function writeSection(id: string, markdown: string): void {
  const start = `<!-- ${id}:start -->`;
  const end = `<!-- ${id}:end -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const text = existsSync(file) ? readFileSync(file, 'utf8') : heading;
  const at = text.indexOf(start);
  const until = text.indexOf(end);
  const next = at >= 0 && until > at ? text.slice(0, at) + block + text.slice(until + end.length) : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}
