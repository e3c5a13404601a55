import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';

/** The README's script tags pin a release (chunks are named by content, entries are not): the one in package.json. */
const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));

describe("the README's CDN addresses", () => {
  it("pin the package's version", () => {
    const addresses = [...readme.matchAll(/https:\/\/cdn\.jsdelivr\.net\/npm\/sc-widgets[^\s"';]*/g)].map(([address]) => address);
    assert.ok(addresses.length >= 2, `found: ${addresses.join(', ')}`);
    for (const address of addresses) assert.match(address, new RegExp(`^https://cdn\\.jsdelivr\\.net/npm/sc-widgets@${version.replaceAll('.', '\\.')}/dist/`));
  });
});
