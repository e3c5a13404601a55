// `npm run docs`: writes each element's API tables into README.md from custom-elements.json,
// between `<!-- api:start -->` and `<!-- api:end -->`. `--check` fails when README is stale.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const cell = (text = '') => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const table = (head, rows) =>
  rows.length ? [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n') : '';

// By tag name: the analyzer lists modules in the file system's order, which differs between machines.
const elements = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));

const sections = elements.map((element) => {
  const fields = new Map((element.members ?? []).map((member) => [member.name, member]));
  return [
    `### \`<${element.tagName}>\``,
    element.summary ?? '',
    element.description ?? '',
    table(
      ['attribute', 'property', 'type', 'default', ''],
      (element.attributes ?? []).map((attribute) => {
        const field = fields.get(attribute.fieldName) ?? {};
        return [`\`${attribute.name}\``, `\`${attribute.fieldName}\``, `\`${field.type?.text ?? attribute.type?.text ?? ''}\``, field.default ? `\`${field.default}\`` : '', field.description ?? attribute.description];
      }),
    ),
    table(['event', 'detail', ''], (element.events ?? []).map((event) => [`\`${event.name}\``, `\`${event.type?.text ?? ''}\``, event.description])),
    table(['CSS part', ''], (element.cssParts ?? []).map((part) => [`\`${part.name}\``, part.description])),
    table(['CSS custom property', ''], (element.cssProperties ?? []).map((property) => [`\`${property.name}\``, property.description])),
  ]
    .filter(Boolean)
    .join('\n\n');
});

const readme = readFileSync('README.md', 'utf8');
const [before, rest] = readme.split('<!-- api:start -->');
const [, after] = rest.split('<!-- api:end -->');
const next = `${before}<!-- api:start -->\n${sections.join('\n\n')}\n<!-- api:end -->${after}`;
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md API tables are stale: run `npm run docs`.');
    process.exit(1);
  }
} else writeFileSync('README.md', next);
