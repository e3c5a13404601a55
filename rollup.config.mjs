import resolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyTemplates } from './scripts/minify-templates.mjs';

/** One lazy-loadable ES entry per component; lit and the core go to shared chunks. */
const components = ['like-button'];

const plugins = ({ module = true } = {}) => [
  // The `production` condition picks lit's build without dev-mode warnings.
  resolve({ browser: true, exportConditions: ['production'] }),
  // nanostores keeps dev-only checks behind NODE_ENV; a browser has no `process`.
  replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
  typescript({ tsconfig: './tsconfig.json', declaration: false, declarationMap: false, sourceMap: true, outDir: 'dist' }),
  minifyTemplates(),
  // A classic script's top-level `var SocialCommerce` is its API: only modules may drop unused top-level names.
  // Twice: the second run inlines what the first left single-use across lit's modules (~40 B brotli).
  ...[1, 2].map(() => terser({ ecma: 2022, module, compress: { passes: 2 }, format: { comments: false } })),
];

export default [
  {
    input: {
      'sc-widgets': 'src/sc-widgets.ts',
      'adapters/rest': 'src/adapters/rest/rest-adapter.ts',
      ...Object.fromEntries(components.map((name) => [`components/${name}`, `src/components/${name}/${name}.ts`])),
    },
    // Lets an entry chunk hold code other entries share, instead of a re-export facade
    // (one file fewer to fetch for a page with one widget).
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    plugins: plugins(),
  },
  {
    input: 'src/sc-widgets.iife.ts',
    output: {
      file: 'dist/sc-widgets.iife.js',
      format: 'iife',
      name: 'SocialCommerce',
      inlineDynamicImports: true,
      sourcemap: true,
    },
    plugins: plugins({ module: false }),
  },
];
