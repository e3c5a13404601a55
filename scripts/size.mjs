// `npm run size`: bytes of every dist entry with the chunks it imports, against the
// budgets in DESIGN.md. Exits 1 when one is over.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = resolve('dist');
const KB = 1024;

/** Entry files (and extra entries loaded with them) and their brotli budgets. */
const budgets = [
  { name: 'like button, LocalAdapter', files: ['components/like-button.js'], brotli: 8 * KB },
  { name: 'like button, RestAdapter', files: ['components/like-button.js', 'adapters/rest.js'], brotli: 13 * KB },
  { name: 'every widget (ES), RestAdapter', files: ['sc-widgets.js', 'adapters/rest.js'], brotli: 35 * KB },
  { name: 'every widget (classic script)', files: ['sc-widgets.iife.js'], brotli: 35 * KB },
];

/** A file and every chunk it imports statically, transitively: what a browser must fetch. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  for (const [, spec] of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'](\.[^"']+)["']/g)) {
    closure(relative(dist, resolve(dist, dirname(file), spec)), seen);
  }
  return seen;
}

function measure(files) {
  const all = new Set();
  files.forEach((file) => closure(file, all));
  const code = Buffer.concat([...all].map((file) => readFileSync(join(dist, file))));
  // Each file travels compressed on its own; summing per-file sizes is what a browser pays.
  const perFile = [...all].map((file) => readFileSync(join(dist, file)));
  return {
    files: all.size,
    raw: code.length,
    gzip: perFile.reduce((sum, buffer) => sum + gzipSync(buffer, { level: 9 }).length, 0),
    brotli: perFile.reduce(
      (sum, buffer) => sum + brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      0,
    ),
  };
}

const entries = readdirSync(dist, { recursive: true })
  .filter((file) => file.endsWith('.js') && !file.startsWith('chunks'))
  .sort();
const kb = (bytes) => (bytes / KB).toFixed(2);

console.log('| entry (with the chunks it imports) | files | raw KB | gzip KB | brotli KB |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const entry of entries) {
  const { files, raw, gzip, brotli } = measure([entry]);
  console.log(`| ${entry} | ${files} | ${kb(raw)} | ${kb(gzip)} | ${kb(brotli)} |`);
}

console.log('\n| budget | brotli KB | limit KB | |');
console.log('| --- | ---: | ---: | --- |');
let over = 0;
for (const budget of budgets) {
  const { brotli } = measure(budget.files);
  const ok = brotli <= budget.brotli;
  if (!ok) over++;
  console.log(`| ${budget.name} | ${kb(brotli)} | ${kb(budget.brotli)} | ${ok ? 'ok' : 'OVER'} |`);
}
if (over) {
  console.error(`\n${over} size budget(s) broken.`);
  process.exit(1);
}
