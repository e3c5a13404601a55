import { listen } from './server/listen.js';
import { saveSite } from './server/sites/sites.js';
import { seedActivity } from './bench/server/activity.js';
const server = await listen({ host: '127.0.0.1', port: 0 });
const db = server.services.db;
await saveSite(db, { id: 'bench', secret: 'bench-secret', allowedOrigins: [], checkoutUrl: null, moderateReviews: false });
console.log('seeded in', await seedActivity(db, 'bench'), 's');
console.log(await db.query("SELECT (SELECT count(*) FROM activity_events) e, (SELECT count(*) FROM activity_days) d, (SELECT count(*) FROM activity_details) x, (SELECT count(*) FROM activity_visitor_days) v"));
const longest = `from=${new Date(Date.now() - 399 * 86_400_000).toISOString().slice(0, 10)}`;
for (const a of ['activity?interval=day', 'activity?interval=week', 'products?metric=likes', 'products?metric=rating', 'networks?', 'ratings?', 'funnel?', 'votes?']) for (const q of ['', longest]) {
  const times: number[] = [];
  let body = '';
  for (let i = 0; i < 5; i++) { const t = performance.now(); const r = await fetch(`${server.url}/v1/sites/bench/insights/${a}${a.endsWith('?') ? '' : '&'}${q}`, { headers: { Authorization: 'Bearer bench-secret' } }); body = await r.text(); times.push(performance.now() - t); }
  console.log(a.padEnd(24), q ? '400d' : '30d ', times.map((t) => t.toFixed(0)).join(' '), body.slice(0, 100));
}
await server.close();
