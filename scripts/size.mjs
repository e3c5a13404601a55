// `npm run size`: bytes of every dist entry with the chunks it imports, against the
// budgets in the README's table (scripts/budgets.mjs). Exits 1 when one is over.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { readBudgets } from './budgets.mjs';

const dist = resolve('dist');
const KB = 1024;
const limit = readBudgets();

/**
 * What a page downloads before a widget shows its data, by the name of its budget in the
 * README: the entries it loads and every chunk they import statically. LocalAdapter is part of
 * the core; RestAdapter (with ky) is its own entry. Chunks loaded with `import()` (the
 * outbox on a first click, failure messages on a first failure) are listed apart.
 */
const budgets = {
  // 8.6 KB, not 8: the core keeps every write on the device in the same task as the click
  // (src/core/optimistic.ts), so a write made offline survives where the outbox cannot load.
  'like button, LocalAdapter': ['components/like-button.js'],
  'like button, RestAdapter': ['components/like-button.js', 'adapters/rest.js'],
  // A store page: the grid (with its cards and buy buttons) and the cart's badge, on the server.
  // 22.5 KB: under half of Shopify's buy-button.js alone (49.7 KB), for a whole store. It was
  // 22 until WCAG 2.2 AA took ~0.3 KB: every repeated control named with its product, what an
  // add or a quantity change did said aloud, styles for forced colours and for any accent.
  'store and cart, RestAdapter': ['components/store.js', 'components/cart.js', 'adapters/rest.js'],
  // The one-tag module, with the RestAdapter chunk it loads for `data-endpoint`.
  'every widget (ES), RestAdapter': ['sc-widgets.js', 'chunks/bundle/rest-adapter.js'],
  // The classic script cannot load chunks, so besides every widget it carries all that the
  // module above loads on demand: the cart's dialog, checkout, the outbox, both adapters'
  // sections (a page uses one). The 35 KB for every widget is the line above; this one keeps the
  // classic script from growing unnoticed. 39 KB, not 37, since it also carries what keeps a
  // shop's data safe where pages are hostile (idempotent creates, Storage Access, the warnings)
  // and WCAG 2.2 AA (~0.8 KB: focus kept after every action, the report dialog, names with the
  // product, announcements, the poll's radio group, forced-colour styles, language marking).
  'every widget (classic script, with every on-demand chunk)': ['sc-widgets.iife.js'],
};

const read = (file) => readFileSync(join(dist, file));
const target = (from, spec) => relative(dist, resolve(dist, dirname(from), spec));
const staticImports = (code) =>
  [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'](\.[^"']+)["']/g)].map((match) => match[1]);
// `import("./x.js")`, or `import(new URL("./x.js", …))` where a bundle resolves it from its own URL.
const dynamicImports = (code) => [...code.matchAll(/\bimport\((?:new URL\()?["'](\.[^"']+)["']/g)].map((match) => match[1]);

/** A file and every chunk it imports statically, transitively: what a browser must fetch. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const spec of staticImports(read(file).toString())) closure(target(file, spec), seen);
  return seen;
}

/** Chunks the files load on demand, with what those import in turn, less what is loaded already. */
function onDemand(files) {
  const loaded = new Set(files);
  const lazy = new Set();
  for (const file of files) {
    for (const spec of dynamicImports(read(file).toString())) {
      for (const chunk of closure(target(file, spec))) if (!loaded.has(chunk)) lazy.add(chunk);
    }
  }
  return [...lazy];
}

/** Each file travels compressed on its own, so a browser pays the sum of per-file sizes. */
function measure(files) {
  const buffers = files.map(read);
  const sum = (compress) => buffers.reduce((total, buffer) => total + compress(buffer).length, 0);
  return {
    files: files.length,
    raw: sum((buffer) => buffer),
    gzip: sum((buffer) => gzipSync(buffer, { level: 9 })),
    brotli: sum((buffer) => brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })),
  };
}

const kb = (bytes) => (bytes / KB).toFixed(2);
const loadedBy = (entries) => [...new Set(entries.flatMap((entry) => [...closure(entry)]))];
// dist/node is the build for servers that render pages: no shopper downloads it.
const entries = readdirSync(dist, { recursive: true })
  .filter((file) => file.endsWith('.js') && !file.startsWith('chunks') && !file.startsWith('node'))
  .sort();

console.log('| entry (with the chunks it imports) | files | raw KB | gzip KB | brotli KB | on demand, brotli KB |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const entry of entries) {
  const files = loadedBy([entry]);
  const { raw, gzip, brotli } = measure(files);
  const lazy = onDemand(files);
  console.log(`| ${entry} | ${files.length} | ${kb(raw)} | ${kb(gzip)} | ${kb(brotli)} | ${lazy.length ? kb(measure(lazy).brotli) : '–'} |`);
}

console.log('\n| budget | brotli KB | limit KB | |');
console.log('| --- | ---: | ---: | --- |');
let over = 0;
for (const [name, files] of Object.entries(budgets)) {
  const { brotli } = measure(loadedBy(files));
  const most = limit(name, 'KB');
  const ok = brotli <= most;
  if (!ok) over++;
  console.log(`| ${name} | ${kb(brotli)} | ${kb(most)} | ${ok ? 'ok' : 'OVER'} |`);
}
if (over) {
  console.error(`\n${over} size budget(s) broken.`);
  process.exit(1);
}
