import { openServices } from './server/services.js';
import { saveSite } from './server/sites/sites.js';
import { seedActivity } from './bench/server/activity.js';
const s = await openServices({ dataDir: '/tmp/activity-scratch/bench-data' });
await saveSite(s.db, { id: 'bench', secret: 'bench-secret', allowedOrigins: [], checkoutUrl: null, moderateReviews: false });
console.log('seeded in', await seedActivity(s.db, 'bench'), 's');
await s.close();
