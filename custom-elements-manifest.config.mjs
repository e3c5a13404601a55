export default {
  globs: ['src/core/sc-element.ts', 'src/components/**/*.component.ts'],
  outdir: '.',
  litelement: true,
};
