import resolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { litTrustedTypes } from './scripts/lit-trusted-types.mjs';
import { mapsWithoutData } from './scripts/maps-without-data.mjs';
import { mangleKyFields } from './scripts/mangle-ky-fields.mjs';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import { terserOptions } from './scripts/minify-options.mjs';
import { shortenLitMessages } from './scripts/shorten-lit-messages.mjs';

/** One lazy-loadable ES entry per component. */
const components = ['like-button', 'rating-summary', 'review-thread', 'review-form', 'wishlist-button', 'wishlist', 'share-button', 'poll', 'buy-button', 'product-card', 'cart', 'store', 'ideas', 'questions', 'coupon', 'like-display'];

/**
 * The core every widget shares (stores, settings, LocalAdapter) is the like button's
 * own chunk: a page with like buttons then loads one file, and the like button, the
 * smallest and most common widget, rides along with the others. Split apart, the core and
 * the like button cost ~430 B brotli more (a second file, and names passed between them).
 */
const coreEntry = resolvePath('src/components/like-button/like-button.ts');
function coreChunk(id, { getModuleInfo }) {
  coreChunk.modules ??= staticClosure(coreEntry, getModuleInfo);
  return coreChunk.modules.has(id) ? 'components/like-button' : undefined;
}

function staticClosure(id, getModuleInfo, seen = new Set()) {
  if (seen.has(id)) return seen;
  seen.add(id);
  for (const imported of getModuleInfo(id)?.importedIds ?? []) staticClosure(imported, getModuleInfo, seen);
  return seen;
}

/** The language packs (src/locales): an ES entry each, so both builds load them by a stable name. */
const locales = ['nl', 'fr', 'zh-CN'];

/**
 * In the one-file bundles, a language pack stays a separate file beside the bundle, loaded
 * with `import()`: a Dutch page loads the Dutch pack, no page loads all three. The packs
 * import nothing, so every build shares them. The pack's address is made absolute from
 * the script's own URL (`import.meta.url`, which in the classic script is the `src` of
 * `document.currentScript` as it loads): a classic script from another origin without
 * `crossorigin` resolves a relative `import()` against about:blank.
 */
const packsBesideScript = {
  name: 'packs-beside-script',
  transform(code, id) {
    // The compiler of a shop's own language (registerMessages, data-messages) loads the same way.
    if (id.endsWith('/src/i18n/register-messages.ts')) {
      return { code: code.replace("import('./compile-messages.js')", "import(new URL('./i18n/compile-messages.js', import.meta.url).href)"), map: null };
    }
    if (!id.endsWith('/src/i18n/language-pack.ts')) return null;
    // test/dist/bundles.test.ts checks which pack each bundle loads, from another origin too.
    // Lines stay where they were (only columns move): the source map is kept as it is.
    const absolute = code.replace(/import\('\.\.\/locales\/([\w-]+)\.js'\)/g, "import(new URL('./locales/$1.js', import.meta.url).href)");
    return { code: absolute, map: null };
  },
};

/**
 * `bundled`: the one-tag files, which carry Lit and ky inside, so the transforms of Lit's and
 * ky's own code apply (the Trusted Types policy's name, Lit's shorter messages, ky's shorter
 * fields). The npm entries import them instead: an app's bundler resolves them, one copy for
 * the app and the widgets, and those transforms would find nothing to act on.
 */
const plugins = ({ module = true, bundled = true } = {}) => [
  // The `production` condition picks lit's build without dev-mode warnings.
  resolve({ browser: true, exportConditions: ['production'] }),
  ...(bundled ? [litTrustedTypes(), shortenLitMessages()] : []),
  // nanostores keeps dev-only checks behind NODE_ENV; a browser has no `process`.
  replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
  typescript({ tsconfig: './tsconfig.json', declaration: false, declarationMap: false, sourceMap: true, outDir: 'dist' }),
  minifyTemplates(),
  ...(bundled ? [mangleKyFields()] : []),
  terser(terserOptions({ module })),
  mapsWithoutData(),
];

/**
 * What package.json lists in `dependencies` (lit, nanostores, ky, @lit/react) and
 * `peerDependencies` (React): the npm entries and the Node build import them rather than
 * carry them, so an app that uses Lit or React itself has one copy.
 */
const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const dependencies = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies });
const isDependency = (id) => dependencies.some((name) => id === name || id.startsWith(`${name}/`));

/**
 * Chunks are named by their content: after an update, an entry cached or pinned from one
 * version never loads a chunk of another, since a changed chunk has a new name (test/node/
 * chunk-names.test.ts). Entries keep stable names: they are the addresses pages and
 * package.json use, and a versioned path (the README's CDN tag) tells versions apart.
 */
const chunkFileNames = (folder) => `${folder}/[name]-[hash].js`;

/** The npm entries: one per component, `index.js` (the package's main) with every element, and `react.js` with their React wrappers. */
const npmEntries = {
  index: 'src/sc-widgets.ts',
  'adapters/rest': 'src/adapters/rest/rest-adapter.ts',
  checkout: 'src/checkout/providers.ts',
  ...Object.fromEntries(locales.map((locale) => [`locales/${locale}`, `src/locales/${locale}.ts`])),
  // Beside the one-file bundles too, which load it by URL (packsBesideScript).
  'i18n/compile-messages': 'src/i18n/compile-messages.ts',
  ...Object.fromEntries(components.map((name) => [`components/${name}`, `src/components/${name}/${name}.ts`])),
  react: 'src/react/index.ts',
  // The seller console's charts (`sc-widgets/insights`): no other entry imports it.
  insights: 'src/components/insights/insights.ts',
};

export default [
  // The npm entries, sharing chunks, for pages that load only what they use; an app's bundler resolves lit, nanostores and ky.
  {
    input: npmEntries,
    external: isDependency,
    // Lets an entry chunk hold code other entries share, instead of a re-export facade.
    preserveEntrySignatures: 'allow-extension',
    output: {
      manualChunks: coreChunk,
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: chunkFileNames('chunks'),
      // Maps are written but not referenced: the `//# sourceMappingURL` line is bytes every
      // shopper downloads for a debugger they never open. Load a map by hand to debug.
      sourcemap: 'hidden',
    },
    plugins: plugins({ bundled: false }),
  },
  /*
   * The one-tag bundles: every element in one file (plus chunks loaded on demand), a
   * module and a classic script. For a page with every widget one file is ~10 KB brotli
   * smaller than the npm entries' twenty-odd files, each compressed on its own. They share
   * no code with the npm entries: a page uses one or the other.
   */
  {
    input: 'src/sc-widgets.ts',
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: chunkFileNames('chunks/bundle'),
      sourcemap: 'hidden',
    },
    plugins: [packsBesideScript, ...plugins()],
  },
  {
    input: 'src/sc-widgets.iife.ts',
    output: {
      file: 'dist/sc-widgets.iife.js',
      format: 'iife',
      name: 'SocialCommerce',
      inlineDynamicImports: true,
      sourcemap: 'hidden',
    },
    plugins: [packsBesideScript, ...plugins({ module: false })],
  },
  /*
   * The seller console's charts in one file with Lit inside, for the console's one script tag
   * (demo/seller.html, no build step). Its own build: it shares nothing with the shoppers' files.
   */
  {
    input: { 'sc-insights': 'src/components/insights/insights.ts' },
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].js', inlineDynamicImports: true, sourcemap: 'hidden' },
    plugins: plugins(),
  },
  /*
   * The npm entries again, and the classic script's API as a module, for Node (the `node`
   * condition of package.json's `exports`): a server that renders pages (Next.js, Nuxt,
   * Astro) imports them where there is no DOM. Lit, nanostores and ky stay imports, which
   * Node resolves to their own Node builds: Lit's stands in for HTMLElement and
   * customElements, so importing touches no DOM (test/node/import.test.ts). Not minified:
   * no shopper downloads it.
   */
  {
    input: { ...npmEntries, 'sc-widgets.iife': 'src/sc-widgets.iife.ts' },
    external: isDependency,
    preserveEntrySignatures: 'allow-extension',
    output: { dir: 'dist/node', format: 'es', entryFileNames: '[name].js', chunkFileNames: chunkFileNames('chunks') },
    // The share menu's icons are build-time data (a devDependency): bundled, as in the browser builds.
    plugins: [resolve({ resolveOnly: ['simple-icons'] }), typescript({ tsconfig: './tsconfig.json', declaration: false, declarationMap: false, sourceMap: false, outDir: 'dist/node' })],
  },
];
