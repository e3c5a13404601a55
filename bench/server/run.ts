import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import pg from 'pg';
import { readBudgets } from '../../scripts/budgets.mjs';
import { machine, writeSection } from '../results.js';

/**
 * `npm run bench:server`: the server in one process, autocannon in this one, on
 * loopback. PGlite always; PostgreSQL too when BENCH_PG_URL (or TEST_PG_URL) names a
 * role that may create databases. BENCH_SECONDS per scenario (default 5) and
 * BENCH_CONNECTIONS for the loaded scenarios (default 10). The budget is judged on the
 * one-connection read: latency as one page load sees it, not queueing behind the generator.
 * Then each review sort's first and tenth page of one product with 100,000 reviews, on one
 * connection, beside the index its statement's EXPLAIN shows; and each insights aggregate
 * over 1,000,000 events, for the default 30 days and the longest range, 400 days.
 */
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
const budget = readBudgets();
const BUDGET_P99_MS = budget('server, batched counter read of 100 ids, p99', 'ms');
const REVIEW_BUDGET_P99_MS = budget('server, a review page at 100,000 reviews, each sort, p99', 'ms');
const INSIGHTS_BUDGET_P99_MS = budget('server, an insights aggregate over 1,000,000 events, p99', 'ms');
const ids = Array.from({ length: 100 }, (_, i) => `sku-${i}`);

interface Row {
  backend: string;
  scenario: string;
  p50: number;
  p99: number;
  rps: number;
  failed: number;
}

/** What serve.ts prints of its product with many reviews: per sort, the EXPLAIN lines of the first and tenth page. */
interface ReviewsInfo {
  productId: string;
  count: number;
  plans: Record<string, { first: string[]; tenth: string[] }>;
}

interface ReviewRow {
  backend: string;
  sort: string;
  page: 'first' | 'tenth';
  p50: number;
  p99: number;
  rps: number;
  failed: number;
  /** The plan's scan: "Index Scan Backward using reviews_helpful", or a Sort node when no index gives the order. */
  scan: string;
}

/** What serve.ts prints of the insights' events: how many, and the seconds their insert took. */
interface ActivityInfo {
  events: number;
  seconds: number;
}

interface InsightsRow {
  backend: string;
  aggregate: string;
  range: string;
  p50: number;
  p99: number;
  rps: number;
  failed: number;
}

async function startServer(env: Record<string, string>): Promise<{ url: string; reviews: ReviewsInfo; activity: ActivityInfo; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', new URL('serve.ts', import.meta.url).pathname], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = await Promise.race([
    createInterface({ input: child.stdout! })[Symbol.asyncIterator]().next().then((next) => [next.value as string]),
    // Seeding 100,000 reviews and 1,000,000 events takes most of this on a busy machine.
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('server did not start in 1500 s')), 1_500_000).unref()),
  ]);
  return { ...(JSON.parse(line!) as { url: string; reviews: ReviewsInfo; activity: ActivityInfo }), child };
}

async function visitorTokens(base: string, count: number): Promise<string[]> {
  const tokens = [];
  for (let i = 0; i < count; i++) tokens.push(((await (await fetch(`${base}visitors`, { method: 'POST' })).json()) as { token: string }).token);
  return tokens;
}

async function measure(backend: string, url: string): Promise<Row[]> {
  const base = `${url}/v1/sites/bench/`;
  const tokens = await visitorTokens(base, 200);
  // Some likes first, so the read returns real counts rather than an empty table.
  await Promise.all(tokens.slice(0, 50).map((token, i) => fetch(`${base}likes/${ids[i % 100]}`, { method: 'PUT', headers: { 'X-Visitor-Token': token } })));
  const readPath = `/v1/sites/bench/likes?${ids.map((id) => `ids=${id}`).join('&')}`;
  const readWith = (count: number) =>
    autocannon({ url, connections: count, duration: seconds, headers: { 'X-Visitor-Token': tokens[0]! }, requests: [{ method: 'GET', path: readPath }] });
  const readOne = await readWith(1);
  const readMany = await readWith(connections);
  let n = 0;
  const write = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [
      {
        // Like and unlike in turn across 200 visitors and 100 products, so most writes change a row.
        setupRequest: (request) => {
          n++;
          return {
            ...request,
            method: n % 2 ? 'PUT' : 'DELETE',
            path: `/v1/sites/bench/likes/${ids[Math.floor(n / 2) % 100]}`,
            headers: { 'X-Visitor-Token': tokens[Math.floor(n / 200) % tokens.length]! },
          };
        },
      },
    ],
  });
  const row = (scenario: string, result: typeof write): Row => ({
    backend,
    scenario,
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: Math.round(result.requests.average),
    failed: result.non2xx + result.errors,
  });
  return [
    row('read 100 ids, 1 conn', readOne),
    row(`read 100 ids, ${connections} conn`, readMany),
    row(`like/unlike, ${connections} conn`, write),
  ];
}

/** Each sort's first and tenth page (reached by following `next`, as <sc-review-thread> pages on), one connection. */
async function measureReviews(backend: string, url: string, reviews: ReviewsInfo): Promise<ReviewRow[]> {
  const rows: ReviewRow[] = [];
  for (const [sort, plans] of Object.entries(reviews.plans)) {
    const first = `/v1/sites/bench/products/${reviews.productId}/reviews?sort=${sort}&limit=10`;
    let tenth = first;
    for (let page = 1; page < 10; page++) {
      const { next } = (await (await fetch(`${url}${tenth}`)).json()) as { next: string };
      tenth = `${first}&cursor=${encodeURIComponent(next)}`;
    }
    for (const [page, path] of [['first', first], ['tenth', tenth]] as const) {
      const result = await autocannon({ url, connections: 1, duration: seconds, requests: [{ method: 'GET', path }] });
      const plan = plans[page];
      console.log(`${backend} ${sort}, ${page} page:\n  ${plan.join('\n  ')}`);
      rows.push({
        backend,
        sort,
        page,
        p50: result.latency.p50,
        p99: result.latency.p99,
        rps: Math.round(result.requests.average),
        failed: result.non2xx + result.errors,
        scan: plan.find((line) => / Scan |Sort /.test(line))?.replace(/^[\s>-]*/, '').replace(/\s+\(cost.*$/, '') ?? '?',
      });
    }
  }
  return rows;
}

/** Each insights aggregate, one connection, as the seller's console asks for it. */
async function measureInsights(backend: string, url: string): Promise<InsightsRow[]> {
  const aggregates = ['activity?interval=day', 'activity?interval=week', 'products?metric=likes', 'products?metric=rating', 'networks?', 'ratings?', 'funnel?', 'votes?'];
  const longest = `from=${new Date(Date.now() - 399 * 86_400_000).toISOString().slice(0, 10)}`;
  const rows: InsightsRow[] = [];
  for (const aggregate of aggregates) {
    for (const [range, query] of [['30 days', ''], ['400 days', longest]] as const) {
      const path = `/v1/sites/bench/insights/${aggregate}${aggregate.endsWith('?') ? '' : '&'}${query}`;
      const result = await autocannon({ url, connections: 1, duration: seconds, headers: { Authorization: 'Bearer bench-secret' }, requests: [{ method: 'GET', path }] });
      rows.push({ backend, aggregate: aggregate.replace(/\?$/, ''), range, p50: result.latency.p50, p99: result.latency.p99, rps: Math.round(result.requests.average), failed: result.non2xx + result.errors });
    }
  }
  return rows;
}

async function onBackend(backend: string, env: Record<string, string>): Promise<Row[]> {
  const { url, reviews, activity, child } = await startServer(env);
  try {
    const rows = await measure(backend, url);
    reviewRows.push(...(await measureReviews(backend, url, reviews)));
    insightsRows.push(...(await measureInsights(backend, url)));
    activityInserts.push(`${backend}: ${activity.events.toLocaleString('en')} events inserted in ${activity.seconds} s`);
    return rows;
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

const rows: Row[] = [];
const reviewRows: ReviewRow[] = [];
const insightsRows: InsightsRow[] = [];
const activityInserts: string[] = [];
const dataDir = await mkdtemp(join(tmpdir(), 'sc-bench-'));
try {
  rows.push(...(await onBackend('PGlite', { DATA_DIR: dataDir })));
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
const pgAdmin = process.env.BENCH_PG_URL || process.env.TEST_PG_URL;
if (pgAdmin) {
  const name = `sc_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: pgAdmin });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    const url = new URL(pgAdmin);
    url.pathname = `/${name}`;
    rows.push(...(await onBackend('PostgreSQL', { DATABASE_URL: url.href })));
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
} else {
  console.log('(PostgreSQL skipped: set BENCH_PG_URL=postgres://user:pass@127.0.0.1:5432/postgres)');
}

console.log(`\n${seconds} s per scenario, loopback\n`);
console.log('backend     scenario                p50 ms  p99 ms   req/s  failed');
for (const row of rows) {
  console.log(`${row.backend.padEnd(11)} ${row.scenario.padEnd(22)} ${String(row.p50).padStart(7)} ${String(row.p99).padStart(7)} ${String(row.rps).padStart(7)} ${String(row.failed).padStart(7)}`);
}
console.log('\nbackend     sort     page    p50 ms  p99 ms   req/s  failed  plan');
for (const row of reviewRows) {
  console.log(`${row.backend.padEnd(11)} ${row.sort.padEnd(8)} ${row.page.padEnd(5)} ${String(row.p50).padStart(9)} ${String(row.p99).padStart(7)} ${String(row.rps).padStart(7)} ${String(row.failed).padStart(7)}  ${row.scan}`);
}
console.log('\nbackend     aggregate               range       p50 ms  p99 ms   req/s  failed');
for (const row of insightsRows) {
  console.log(`${row.backend.padEnd(11)} ${row.aggregate.padEnd(23)} ${row.range.padEnd(9)} ${String(row.p50).padStart(8)} ${String(row.p99).padStart(7)} ${String(row.rps).padStart(7)} ${String(row.failed).padStart(7)}`);
}
const embeddedRead = rows.find((row) => row.backend === 'PGlite' && row.scenario.endsWith(', 1 conn'))!;
const embeddedReviews = reviewRows.filter((row) => row.backend === 'PGlite');
const slowestReview = Math.max(...embeddedReviews.map((row) => row.p99));
const reviewsIndexed = reviewRows.every((row) => row.scan.startsWith('Index'));
const slowestInsight = Math.max(...insightsRows.filter((row) => row.backend === 'PGlite').map((row) => row.p99));
const ok =
  embeddedRead.p99 <= BUDGET_P99_MS && slowestReview <= REVIEW_BUDGET_P99_MS && reviewsIndexed && slowestInsight <= INSIGHTS_BUDGET_P99_MS && [...rows, ...reviewRows, ...insightsRows].every((row) => row.failed === 0);
console.log(`\nbudget: batched read of 100 ids p99 ≤ ${BUDGET_P99_MS} ms on PGlite (1 connection): ${embeddedRead.p99} ms ${embeddedRead.p99 <= BUDGET_P99_MS ? 'ok' : 'OVER'}`);
console.log(`budget: insights aggregates p99 ≤ ${INSIGHTS_BUDGET_P99_MS} ms on PGlite (1 connection), the slowest: ${slowestInsight} ms ${slowestInsight <= INSIGHTS_BUDGET_P99_MS ? 'ok' : 'OVER'}`);
console.log(`budget: review pages p99 ≤ ${REVIEW_BUDGET_P99_MS} ms on PGlite (1 connection), the slowest: ${slowestReview} ms ${slowestReview <= REVIEW_BUDGET_P99_MS ? 'ok' : 'OVER'}; ${reviewsIndexed ? 'every page read from an index' : 'NOT every page read from an index'}`);
writeSection(
  'server',
  [
    '## The server under load (`npm run bench:server`)',
    '',
    `autocannon on loopback, ${seconds} s per scenario; measured on:`,
    '',
    machine(),
    '',
    '| backend | scenario | p50 ms | p99 ms | req/s | failed |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
    ...rows.map((row) => `| ${row.backend} | ${row.scenario} | ${row.p50} | ${row.p99} | ${row.rps} | ${row.failed} |`),
    '',
    `Budget: batched read of 100 ids p99 ≤ ${BUDGET_P99_MS} ms on PGlite (1 connection): ${embeddedRead.p99} ms, ${embeddedRead.p99 <= BUDGET_P99_MS ? 'ok' : 'OVER'}.${pgAdmin ? '' : ' PostgreSQL not measured (BENCH_PG_URL unset).'}`,
    '',
    '### Review pages of one product with 100,000 reviews, one connection',
    '',
    'Each sort\'s first page, and its tenth reached by following `next`; the plan is the scan its statement\'s `EXPLAIN` shows, without ANALYZE.',
    '',
    '| backend | sort | page | p50 ms | p99 ms | req/s | failed | plan |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: | --- |',
    ...reviewRows.map((row) => `| ${row.backend} | ${row.sort} | ${row.page} | ${row.p50} | ${row.p99} | ${row.rps} | ${row.failed} | ${row.scan} |`),
    '',
    `Budget: review pages p99 ≤ ${REVIEW_BUDGET_P99_MS} ms on PGlite (1 connection), the slowest: ${slowestReview} ms, ${slowestReview <= REVIEW_BUDGET_P99_MS ? 'ok' : 'OVER'}; ${reviewsIndexed ? 'every page read from an index' : 'NOT every page read from an index'}.`,
    '',
    '### Insights aggregates over 1,000,000 events, one connection',
    '',
    `Each aggregate as the seller's console asks for it, over the default 30 days and the longest range. ${activityInserts.join('; ')} (through the rollup trigger every write fires).`,
    '',
    '| backend | aggregate | range | p50 ms | p99 ms | req/s | failed |',
    '| --- | --- | --- | ---: | ---: | ---: | ---: |',
    ...insightsRows.map((row) => `| ${row.backend} | ${row.aggregate} | ${row.range} | ${row.p50} | ${row.p99} | ${row.rps} | ${row.failed} |`),
    '',
    `Budget: an insights aggregate p99 ≤ ${INSIGHTS_BUDGET_P99_MS} ms on PGlite (1 connection), the slowest: ${slowestInsight} ms, ${slowestInsight <= INSIGHTS_BUDGET_P99_MS ? 'ok' : 'OVER'}.`,
  ].join('\n'),
);
process.exitCode = ok ? 0 : 1;
