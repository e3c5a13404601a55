// `npm run size`: bytes of every dist entry with the chunks it imports, against the
// budgets in DESIGN.md. Exits 1 when one is over.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = resolve('dist');
const KB = 1024;

/**
 * What a page downloads before a widget shows its data, and the brotli budget for it.
 * LocalAdapter is part of the core; RestAdapter (with ky) is its own entry, counted where
 * a page uses it. The outbox and failure messages load on a first click or failure, and
 * are counted in the "on interaction" table instead.
 */
const budgets = [
  { name: 'like button, LocalAdapter', files: ['components/like-button.js'], brotli: 8 * KB },
  { name: 'like button, RestAdapter', files: ['components/like-button.js', 'adapters/rest.js'], brotli: 13 * KB },
  { name: 'every widget (ES), RestAdapter', files: ['sc-widgets.js', 'adapters/rest.js'], brotli: 35 * KB },
  { name: 'every widget (classic script)', files: ['sc-widgets.iife.js'], brotli: 35 * KB },
];

/** Chunks loaded only when a person acts or something fails. */
const onInteraction = ['chunks/outbox-*.js', 'chunks/failure-messages-*.js'];

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

const chunks = readdirSync(join(dist, 'chunks')).map((file) => `chunks/${file}`);

/** A file name, or a chunk's name with `*` for its hash. */
function find(pattern) {
  if (!pattern.includes('*')) return pattern;
  const [head, tail] = pattern.split('*');
  const found = chunks.find((file) => file.startsWith(head) && file.endsWith(tail));
  if (!found) throw new Error(`No chunk matches ${pattern}`);
  return found;
}

function measure(patterns) {
  const all = new Set();
  patterns.map(find).forEach((file) => closure(file, all));
  const buffers = [...all].map((file) => readFileSync(join(dist, file)));
  return { files: all.size, raw: buffers.reduce((sum, buffer) => sum + buffer.length, 0), ...compressed(buffers) };
}

/** Each file travels compressed on its own, so a browser pays the sum of per-file sizes. */
function compressed(buffers) {
  const sum = (compress) => buffers.reduce((total, buffer) => total + compress(buffer).length, 0);
  return {
    gzip: sum((buffer) => gzipSync(buffer, { level: 9 })),
    brotli: sum((buffer) => brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })),
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

console.log('\n| loaded on interaction (alone) | raw KB | gzip KB | brotli KB |');
console.log('| --- | ---: | ---: | ---: |');
for (const pattern of onInteraction) {
  const file = find(pattern);
  const code = readFileSync(join(dist, file));
  const { raw, gzip, brotli } = { raw: code.length, ...compressed([code]) };
  console.log(`| ${file} | ${kb(raw)} | ${kb(gzip)} | ${kb(brotli)} |`);
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
