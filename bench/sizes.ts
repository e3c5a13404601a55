// Bytes, ours beside the peers'. Ours come from `npm run size` (scripts/size.mjs), run and
// read back, so there is one definition of what an entry weighs; the peers' browser builds
// are compressed the same way (each file on its own, gzip level 9, brotli quality 11).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

interface Bytes {
  files: number;
  raw: number;
  gzip: number;
  brotli: number;
}

const KB = 1024;
const peerDir = (name: string) => new URL(`../node_modules/${name}/`, import.meta.url);
const version = (name: string) => (JSON.parse(readFileSync(new URL('package.json', peerDir(name)), 'utf8')) as { version: string }).version;

function peer(name: string, files: string[]): Bytes {
  const buffers = files.map((file) => readFileSync(new URL(file, peerDir(name))));
  const sum = (compress: (buffer: Buffer) => Buffer) => buffers.reduce((total, buffer) => total + compress(buffer).length, 0);
  return {
    files: files.length,
    raw: sum((buffer) => buffer),
    gzip: sum((buffer) => gzipSync(buffer, { level: 9 })),
    brotli: sum((buffer) => brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })),
  };
}

/** scripts/size.mjs's two tables: bytes per dist entry, and brotli per budget. */
function ours() {
  const run = spawnSync(process.execPath, ['scripts/size.mjs'], { encoding: 'utf8' });
  if (!run.stdout.includes('| budget |')) throw new Error(`npm run size failed:\n${run.stderr}`);
  const cells = (line: string) => line.split('|').slice(1, -1).map((cell) => cell.trim());
  const entries = new Map<string, Bytes>();
  const budgets = new Map<string, number>();
  for (const line of run.stdout.split('\n').filter((line) => /^\| [^-\s]/.test(line))) {
    const row = cells(line);
    if (row.length === 6 && row[0]!.endsWith('.js')) {
      entries.set(row[0]!, { files: Number(row[1]), raw: Number(row[2]) * KB, gzip: Number(row[3]) * KB, brotli: Number(row[4]) * KB });
    } else if (row.length === 4 && row[0] !== 'budget') budgets.set(row[0]!, Number(row[1]) * KB);
  }
  const entry = (name: string) => entries.get(name) ?? missing(name);
  /**
   * Two entries loaded together. size.mjs prices a pair only in brotli (its budget rows), so
   * raw and gzip are the entries' sums, which holds when they share no chunk: checked by
   * the brotli sum matching the budget's figure; or the second's alone, when it imports the first.
   */
  const pair = (a: string, b: string, budget: string): Bytes => {
    const [x, y] = [entry(a), entry(b)];
    const together = budgets.get(budget) ?? missing(budget);
    // `b` imports `a` (RestAdapter takes the core's storage from the like button's file): its row is both.
    if (Math.abs(y.brotli - together) <= 0.011 * KB) return y;
    if (Math.abs(x.brotli + y.brotli - together) > 0.011 * KB) throw new Error(`${a} and ${b} share chunks: cannot add their sizes`);
    return { files: x.files + y.files, raw: x.raw + y.raw, gzip: x.gzip + y.gzip, brotli: together };
  };
  return {
    likeLocal: entry('components/like-button.js'),
    likeRest: pair('components/like-button.js', 'adapters/rest.js', 'like button, RestAdapter'),
    everyModule: entry('sc-widgets.js'),
    /** Brotli of the RestAdapter chunk the one-tag module loads for `data-endpoint`. */
    moduleRestChunk: (budgets.get('every widget (ES), RestAdapter') ?? missing('every widget (ES), RestAdapter')) - entry('sc-widgets.js').brotli,
    everyClassic: entry('sc-widgets.iife.js'),
  };
}

function missing(name: string): never {
  throw new Error(`npm run size printed no row "${name}"`);
}

/** The side-by-side table, as markdown. */
export function sizeTable(): string {
  const our = ours();
  const applause = peer('applause-button', ['dist/applause-button.js', 'dist/applause-button.css']);
  const buy = peer('@shopify/buy-button-js', ['dist/buybutton.min.js']);
  const kb = (bytes: number) => (bytes / KB).toFixed(1);
  const ratio = (a: Bytes, b: Bytes) => (['raw', 'gzip', 'brotli'] as const).map((key) => (a[key] / b[key]).toFixed(2)).join(' / ');
  const rows: [string, Bytes, string, string][] = [
    ['sc-widgets: like button, LocalAdapter (ES module)', our.likeLocal, ratio(our.likeLocal, applause), '–'],
    ['sc-widgets: like button, RestAdapter with ky (ES modules)', our.likeRest, ratio(our.likeRest, applause), '–'],
    [`sc-widgets: every widget, LocalAdapter (one-tag module; RestAdapter adds ${kb(our.moduleRestChunk)} KB)`, our.everyModule, ratio(our.everyModule, applause), ratio(our.everyModule, buy)],
    ['sc-widgets: every widget, both adapters, every on-demand chunk (classic script)', our.everyClassic, ratio(our.everyClassic, applause), ratio(our.everyClassic, buy)],
    [`applause-button ${version('applause-button')}: JS + CSS (classic script)`, applause, '1', '–'],
    [`@shopify/buy-button-js ${version('@shopify/buy-button-js')}: buybutton.min.js`, buy, '–', '1'],
  ];
  return [
    '| what a page downloads | files | raw KB | gzip KB | brotli KB | ours ÷ applause-button (raw / gzip / brotli) | ours ÷ buy-button (raw / gzip / brotli) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(([name, bytes, a, b]) => `| ${name} | ${bytes.files} | ${kb(bytes.raw)} | ${kb(bytes.gzip)} | ${kb(bytes.brotli)} | ${a} | ${b} |`),
  ].join('\n');
}
