import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';

/** Every source map of the build (run after `npm run build`). */
const maps = (readdirSync('dist', { recursive: true }) as string[]).filter((file) => file.endsWith('.map')).map((file) => join('dist', file));

it('writes source maps without build-time data: none over 1 MB, none holding simple-icons\' 5 MB of paths', () => {
  assert.ok(maps.length > 0, 'no map: build first');
  for (const file of maps) {
    const text = readFileSync(file, 'utf8');
    assert.ok(text.length < 1_000_000, `${file} is ${text.length} bytes`);
    const map = JSON.parse(text) as { sources: string[]; sourcesContent?: (string | null)[] };
    map.sources.forEach((source, at) => {
      if (source.includes('node_modules/simple-icons/')) assert.equal(map.sourcesContent?.[at] ?? null, null, `${file} carries ${source}`);
    });
  }
});
