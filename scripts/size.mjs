// `npm run size`: bytes a page downloads, for both builds, against the budgets in the README's
// table (scripts/budgets.mjs). Exits 1 when one is over.
//
// The npm entries import lit, nanostores and ky, so their own files say little: each budget's
// entries are bundled here with their dependencies resolved, as an app's bundler would (node
// resolution with the `production` condition, NODE_ENV production), in memory, minified as our
// own build minifies (scripts/minify-options.mjs): the budgets hold our code and our choice of
// dependencies to account, not a shop's choice of minifier (the README gives what terser's
// defaults and Vite's make of it). The one-tag files carry everything and are measured as shipped.
import resolvePlugin from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { rollup } from 'rollup';
import { readBudgets } from './budgets.mjs';
import { terserOptions } from './minify-options.mjs';

const dist = resolve('dist');
const KB = 1024;
const limit = readBudgets();

/**
 * The npm entries a page imports, by the name of its budget in the README: what it downloads
 * before a widget shows its data. LocalAdapter is part of the core; RestAdapter (with ky) is its
 * own entry. Chunks loaded with `import()` (the outbox on a first click, failure messages on a
 * first failure) are listed apart.
 */
const npmBudgets = {
  // 8.6 KB, not 8: the core keeps every write on the device in the same task as the click
  // (src/core/optimistic.ts), so a write made offline survives where the outbox cannot load.
  'like button, LocalAdapter': ['components/like-button.js'],
  'like button, RestAdapter': ['components/like-button.js', 'adapters/rest.js'],
  // A store page: the grid (with its cards and buy buttons) and the cart's badge, on the server.
  // 22.5 KB: under half of Shopify's buy-button.js alone (49.7 KB), for a whole store. It was
  // 22 until WCAG 2.2 AA took ~0.3 KB: every repeated control named with its product, what an
  // add or a quantity change did said aloud, styles for forced colours and for any accent.
  'store and cart, RestAdapter': ['components/store.js', 'components/cart.js', 'adapters/rest.js'],
  'every widget (npm), RestAdapter': ['index.js', 'adapters/rest.js'],
};

/** The one-tag files, as shipped: every widget in one file. */
const oneTagBudgets = {
  // The module, with the RestAdapter chunk it loads for `data-endpoint` (named by its content).
  'every widget (ES), RestAdapter': ['sc-widgets.js', `chunks/bundle/${chunkNamed('chunks/bundle', 'rest-adapter')}`],
  // The classic script cannot load chunks, so besides every widget it carries all that the
  // module above loads on demand: the cart's dialog, checkout, the outbox, both adapters'
  // sections (a page uses one). The 35 KB for every widget is the line above; this one keeps the
  // classic script from growing unnoticed. 39 KB, not 37, since it also carries what keeps a
  // shop's data safe where pages are hostile (idempotent creates, Storage Access, the warnings)
  // and WCAG 2.2 AA (~0.8 KB: focus kept after every action, the report dialog, names with the
  // product, announcements, the poll's radio group, forced-colour styles, language marking).
  // 46 KB since <sc-questions> and <sc-ideas> (6.5 KB): the module above loads them only on
  // pages with their tags, where this file has no way to. 52 KB since <sc-coupon> (~4 KB: its
  // view, the coupons sections of both adapters) and <sc-like-display> (~1.6 KB) with the QR
  // encoder they share (2.1 KB), which the module loads the same way. 58 KB since the review
  // block's look (~0.9 KB: SVG stars, initial avatars, the verified badge, "Write a review", the
  // shop's answer box, its strings), photo reviews (~2.2 KB: the form's photo picker with the
  // in-browser resize, the thumbnails and their viewer, LocalAdapter's photos, their strings)
  // and the share menu's network icons (2.6 KB: the seven brand marks' paths), which the module
  // loads only where a review form opens, a review has photos or a menu first opens. 59 KB
  // since the gift loop (~0.7 KB: a gift's confirm and "send it to the owner", the shared list's
  // owner and bought marks), which the module loads with the wish list's view and gift note.
  'every widget (classic script, with every on-demand chunk)': ['sc-widgets.iife.js'],
  // <sc-insights> for the seller console, with Lit inside: no shopper's page loads it
  // (test/node/budgets.test.ts). Hand-drawn SVG charts: a library alone would be more (README).
  'seller insights, console only': ['sc-insights.js'],
};

/**
 * What one element of the one-tag module loads on demand, of its own: the chunks named (and
 * those they import) that the module does not already carry.
 */
const onDemandBudgets = {
  // The coupon's view with the QR encoder, and the RestAdapter's coupons section it reads with.
  '<sc-coupon> on demand (ES), RestAdapter': ['sc-widgets.js', ['coupon-view', 'rest-coupons']],
};

/** The file of a chunk, `name-hash.js` (rollup.config.mjs names chunks by content). */
function chunkNamed(folder, name) {
  const found = readdirSync(join(dist, folder)).filter((file) => new RegExp(`^${name}-[\\w-]+\\.js$`).test(file));
  if (found.length !== 1) throw new Error(`dist/${folder} holds ${found.length} ${name} chunks: run \`npm run build\``);
  return found[0];
}

/**
 * What an app's bundler makes of `entries`: one app module importing them, split at their
 * `import()`s. Returns the files a page loads at once (the app's file and the chunks it imports
 * statically) and those it loads on demand.
 */
async function bundled(entries) {
  // As an app imports them: the elements' entries for their tags, the others (the RestAdapter,
  // a language pack) for all they export, which the app uses. It exports nothing itself.
  const app = entries.map((entry, index) => {
    const path = JSON.stringify(join(dist, entry));
    return /^(index|components\/)/.test(entry) ? `import ${path};` : `import * as imported${index} from ${path}; globalThis.used${index} = imported${index};`;
  });
  const build = await rollup({
    input: 'app',
    plugins: [
      { name: 'app', resolveId: (id) => (id === 'app' ? id : null), load: (id) => (id === 'app' ? app.join('\n') : null) },
      resolvePlugin({ browser: true, exportConditions: ['production'] }),
      replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
    ],
    onwarn: (warning, warn) => warning.code !== 'CIRCULAR_DEPENDENCY' && warn(warning),
  });
  const { output } = await build.generate({ format: 'es', plugins: [terser(terserOptions())] });
  await build.close();
  const chunks = new Map(output.filter((file) => file.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const closure = (name, seen = new Set()) => {
    if (!seen.has(name)) (seen.add(name), chunks.get(name).imports.forEach((imported) => closure(imported, seen)));
    return seen;
  };
  const atOnce = closure(output[0].fileName);
  const lazy = new Set([...atOnce].flatMap((name) => chunks.get(name).dynamicImports.flatMap((imported) => [...closure(imported)])));
  const code = (names) => [...names].filter((name) => !atOnce.has(name) || names === atOnce).map((name) => Buffer.from(chunks.get(name).code));
  return { atOnce: code(atOnce), lazy: code(lazy) };
}

/** The one-tag files as shipped: a file and every chunk it imports, and what it loads on demand. */
function shipped(entries) {
  const read = (file) => readFileSync(join(dist, file));
  const target = (from, spec) => relative(dist, resolve(dist, dirname(from), spec));
  const staticImports = (code) =>
    [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'](\.[^"']+)["']/g)].map((match) => match[1]);
  // `import("./x.js")`, or `import(new URL("./x.js", …))` where a bundle resolves it from its own URL.
  const dynamicImports = (code) => [...code.matchAll(/\bimport\((?:new URL\()?["'](\.[^"']+)["']/g)].map((match) => match[1]);
  const closure = (file, seen = new Set()) => {
    if (!seen.has(file)) (seen.add(file), staticImports(read(file).toString()).forEach((spec) => closure(target(file, spec), seen)));
    return seen;
  };
  const atOnce = new Set(entries.flatMap((entry) => [...closure(entry)]));
  const lazy = new Set();
  for (const file of atOnce) {
    for (const spec of dynamicImports(read(file).toString())) for (const chunk of closure(target(file, spec))) if (!atOnce.has(chunk)) lazy.add(chunk);
  }
  return { atOnce: [...atOnce].map(read), lazy: [...lazy].map(read) };
}

/** The chunks `names` of the one-tag file `entry` and what they import, less what `entry` loads at once. */
function ownChunks(entry, names) {
  const read = (file) => readFileSync(join(dist, file));
  const atOnce = new Set(shipped([entry]).atOnce.map(String));
  const files = names.map((name) => `chunks/bundle/${chunkNamed('chunks/bundle', name)}`);
  const closure = new Set(files);
  for (const file of closure) {
    const imports = [...read(file).toString().matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]*from\s*)?["'](\.[^"']+)["']/g)];
    for (const [, spec] of imports) closure.add(relative(dist, resolve(dist, dirname(file), spec)));
  }
  return { atOnce: [...closure].map(read).filter((code) => !atOnce.has(String(code))), lazy: [] };
}

/** Each file travels compressed on its own, so a browser pays the sum of per-file sizes. */
function measure(buffers) {
  const sum = (compress) => buffers.reduce((total, buffer) => total + compress(buffer).length, 0);
  return {
    files: buffers.length,
    raw: sum((buffer) => buffer),
    gzip: sum((buffer) => gzipSync(buffer, { level: 9 })),
    brotli: sum((buffer) => brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })),
  };
}

const kb = (bytes) => (bytes / KB).toFixed(2);
const row = (name, { atOnce, lazy }) => {
  const { files, raw, gzip, brotli } = measure(atOnce);
  console.log(`| ${name} | ${files} | ${kb(raw)} | ${kb(gzip)} | ${kb(brotli)} | ${lazy.length ? kb(measure(lazy).brotli) : '–'} |`);
};

// dist/node is the build for servers that render pages: no shopper downloads it.
const entries = readdirSync(dist, { recursive: true })
  .filter((file) => file.endsWith('.js') && !file.startsWith('chunks') && !file.startsWith('node'))
  .sort();
const oneTag = new Set(['sc-widgets.js', 'sc-widgets.iife.js']);

console.log('| npm entry, bundled with lit, nanostores and ky | files | raw KB | gzip KB | brotli KB | on demand, brotli KB |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const entry of entries.filter((file) => !oneTag.has(file))) row(entry, await bundled([entry]));
console.log('\n| one-tag file, as shipped (with the chunks it imports) | files | raw KB | gzip KB | brotli KB | on demand, brotli KB |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const entry of oneTag) row(entry, shipped([entry]));

console.log('\n| budget | brotli KB | limit KB | |');
console.log('| --- | ---: | ---: | --- |');
let over = 0;
const budgets = [
  ...Object.entries(npmBudgets).map(([name, files]) => [name, () => bundled(files)]),
  ...Object.entries(oneTagBudgets).map(([name, files]) => [name, () => shipped(files)]),
  ...Object.entries(onDemandBudgets).map(([name, [entry, chunks]]) => [name, () => ownChunks(entry, chunks)]),
];
for (const [name, load] of budgets) {
  const { brotli } = measure((await load()).atOnce);
  const most = limit(name, 'KB');
  const ok = brotli <= most;
  if (!ok) over++;
  console.log(`| ${name} | ${kb(brotli)} | ${kb(most)} | ${ok ? 'ok' : 'OVER'} |`);
}
if (over) {
  console.error(`\n${over} size budget(s) broken.`);
  process.exit(1);
}
