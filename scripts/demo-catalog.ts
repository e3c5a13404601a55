// `npm run demo:catalog`: writes demo/catalog.json from the demo shop's data (a test checks it is current).
import { writeFileSync } from 'node:fs';
import { demoCatalog } from '../server/demo-data.js';

writeFileSync('demo/catalog.json', `${JSON.stringify(demoCatalog(), null, 2)}\n`);
