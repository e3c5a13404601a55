// `prepack` runs this after the build: every target of package.json's `exports` must exist,
// and every file a `*` target matches must have its counterparts under the other conditions,
// so a pack made from a half-built dist/ fails instead of shipping a package that cannot load.
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
const missing = [];

/** The targets of one export, by condition ('' for a bare string). */
const targets = (target) => (typeof target === 'string' ? { '': target } : target);

for (const [path, target] of Object.entries(manifest.exports)) {
  const byCondition = targets(target);
  if (!path.includes('*')) {
    for (const file of Object.values(byCondition)) if (!existsSync(file)) missing.push(`${path}: ${file}`);
    continue;
  }
  // The names the browser target matches, each looked for under every condition.
  const [folder, suffix] = byCondition.default.split('*');
  const names = existsSync(folder) ? readdirSync(folder).filter((file) => file.endsWith(suffix)).map((file) => file.slice(0, -suffix.length)) : [];
  if (!names.length) missing.push(`${path}: nothing matches ${byCondition.default}`);
  for (const name of names) {
    for (const pattern of Object.values(byCondition)) {
      const file = pattern.replaceAll('*', name);
      if (!existsSync(file)) missing.push(`${path.replace('*', name)}: ${file}`);
    }
  }
}

if (missing.length) {
  console.error(`The package would ship without:\n${missing.map((line) => `  ${line}`).join('\n')}\nRun \`npm run build\` and pack again.`);
  process.exit(1);
}
console.log(`every exports target is in place (${Object.keys(manifest.exports).length} entries)`);
