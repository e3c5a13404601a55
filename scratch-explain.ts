import { openPglite } from './server/db/pglite.js';
import * as agg from './server/data/insights-aggregates.js';
const db = await openPglite('/tmp/activity-scratch/bench-data');
const explain = { query: async (text: string, params: readonly unknown[] = []) => { const rows = await db.query<any>(`EXPLAIN (ANALYZE, BUFFERS OFF) ${text}`, params); console.log(rows.map((r) => r['QUERY PLAN']).filter((l: string) => /Scan|Execution|Aggregate|Sort|Rows Removed/.test(l)).join('\n')); return db.query(text, params); }, exec: db.exec } as any;
const today = new Date().toISOString().slice(0, 10);
const r30 = { from: new Date(Date.now() - 29 * 86400000).toISOString().slice(0, 10), to: today };
const r400 = { from: new Date(Date.now() - 399 * 86400000).toISOString().slice(0, 10), to: today };
for (const [name, run] of [
  ['activity', (s: any, r: any) => agg.activitySeries(s, 'bench', r, 'day')],
  ['products', (s: any, r: any) => agg.topProducts(s, 'bench', r, 'likes', 10)],
  ['networks', (s: any, r: any) => agg.networkCounts(s, 'bench', r)],
  ['funnel', (s: any, r: any) => agg.funnel(s, 'bench', r)],
  ['votes', (s: any, r: any) => agg.votedPolls(s, 'bench', r)],
] as const) for (const r of [r30, r400]) {
  console.log('==', name, r.from);
  await run(explain, r);
  const t: number[] = [];
  for (let i = 0; i < 3; i++) { const s = performance.now(); await run(db, r); t.push(Math.round(performance.now() - s)); }
  console.log('ms', t.join(' '));
}
await db.close();
