import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { readBudgets } from '../../scripts/budgets.mjs';

/** The budgets live in the README (the project stands alone); the scripts check exactly those. Run after `npm run build`. */
const root = fileURLToPath(new URL('../..', import.meta.url));
const readme = await readFile(join(root, 'README.md'), 'utf8');
const sizeRows = [...readme.matchAll(/^\| ([^|]+?) \| [\d.]+ KB \|/gm)].map((match) => match[1]!);

describe("the README's budgets", () => {
  it('are read by name and unit, in bytes for KB', () => {
    const budget = readBudgets();
    assert.equal(budget('like button, RestAdapter', 'KB'), 13 * 1024);
    assert.equal(budget('server, a review page at 100,000 reviews, each sort, p99', 'ms'), 5);
  });

  it('name the row a script asks for and the README lacks', async () => {
    const without = join(await mkdtemp(join(tmpdir(), 'sc-budgets-')), 'README.md');
    await writeFile(without, readme.replace(/^\| like button, RestAdapter \|.*\n/m, ''));
    assert.throws(() => readBudgets(without)('like button, RestAdapter', 'KB'), /no row "like button, RestAdapter" in KB/);
    assert.throws(() => readBudgets(without)('like button, LocalAdapter', 'ms'), /in ms/);
  });

  it('are each checked by `npm run size`, which checks no other', async () => {
    assert.ok(sizeRows.length >= 5, `size rows found: ${sizeRows.join(', ')}`);
    // Over budget, size.mjs exits 1: its table is still what this test reads (`.ci/run` fails on the exit).
    const { stdout } = await promisify(execFile)('node', ['scripts/size.mjs'], { cwd: root }).catch((failed: { stdout: string }) => failed);
    const checked = [...stdout.matchAll(/^\| ([^|]+?) \| [\d.]+ \| [\d.]+ \| (?:ok|OVER) \|$/gm)].map((match) => match[1]);
    assert.deepEqual(checked, sizeRows);
  });
});

describe("the seller console's insights", () => {
  // Strings only <sc-insights> has: its tag and a chart's English title.
  const marks = ["'sc-insights'", '"sc-insights"', 'From like to checkout'];
  const carries = (code: string) => marks.some((mark) => code.includes(mark));
  const dist = join(root, 'dist');

  it('are in their own entries (sc-widgets/insights and dist/sc-insights.js), and in no shopper file', async () => {
    const { readdir } = await import('node:fs/promises');
    for (const entry of ['insights.js', 'sc-insights.js']) assert.ok(carries(await readFile(join(dist, entry), 'utf8')), `${entry} should hold <sc-insights>`);
    // Every file a shop's page can load: the one-tag files, the npm entries and all their chunks
    // (dist/node is for servers that render pages, and holds the npm entries' Node build).
    const shopperFiles = (await readdir(dist, { recursive: true }))
      .filter((file) => file.endsWith('.js') && !file.startsWith('node') && !file.startsWith('types') && !['insights.js', 'sc-insights.js'].includes(file));
    assert.ok(shopperFiles.length > 20, `files found: ${shopperFiles.join(', ')}`);
    const carrying = [];
    for (const file of shopperFiles) if (carries(await readFile(join(dist, file), 'utf8'))) carrying.push(file);
    assert.deepEqual(carrying, []);
  });
});
