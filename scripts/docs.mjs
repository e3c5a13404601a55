// `npm run docs`: writes each element's API tables into README.md from custom-elements.json,
// between `<!-- api:start -->` and `<!-- api:end -->`, and every message key with its English
// (scripts/english-messages.ts) between `<!-- messages:start -->` and `<!-- messages:end -->`.
// `--check` fails when README is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';

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

const { englishKeys } = await tsImport('./english-messages.ts', import.meta.url);
const said = (value) =>
  typeof value === 'string' ? `\`${JSON.stringify(value)}\`` : Object.entries(value).map(([form, text]) => `${form}: \`${JSON.stringify(text)}\``).join('<br>');
const messages = table(['key', 'English'], englishKeys.map(([path, value]) => [`\`${path}\``, said(value)]));

/** README with the text between `<!-- name:start -->` and `<!-- name:end -->` replaced by `body`. */
const replaced = (text, name, body) => {
  const [before, rest] = text.split(`<!-- ${name}:start -->`);
  const [, after] = rest.split(`<!-- ${name}:end -->`);
  return `${before}<!-- ${name}:start -->\n${body}\n<!-- ${name}:end -->${after}`;
};

const readme = readFileSync('README.md', 'utf8');
const next = replaced(replaced(readme, 'api', sections.join('\n\n')), 'messages', messages);
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md API tables or message keys are stale: run `npm run docs`.');
    process.exit(1);
  }
} else writeFileSync('README.md', next);
