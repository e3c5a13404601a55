import type { RollupOptions } from 'rollup';

/** The builds of rollup.config.mjs (the npm entries, the one-tag module, the classic script, the Node build), read by test/node/chunk-names.test.ts. */
declare const configs: RollupOptions[];
export default configs;
