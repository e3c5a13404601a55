import { openPglite } from './server/db/pglite.js';
const db = await openPglite('/tmp/activity-scratch/bench-data');
const t = performance.now();
await db.exec('ANALYZE activity_days, activity_details, activity_visitor_days');
console.log('analyze ms', performance.now() - t);
await db.close();
