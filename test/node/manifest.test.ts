import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

/** custom-elements.json and the editors' data made from it, as shipped. Run after `npm run build`. */
const root = fileURLToPath(new URL('../..', import.meta.url));
const json = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));

interface Reference { name: string; module?: string }
interface Declaration { name: string; tagName?: string; superclass?: Reference }
interface Module { path: string; declarations?: Declaration[]; exports?: { kind: string; name: string; declaration: Reference }[] }
const manifest: { modules: Module[] } = json('custom-elements.json');
const pkg = json('package.json');

/**
 * The tags the components' entries (src/components/<name>/<name>.ts) define with
 * `ScX.define('sc-x')`. (The cart's panel and the gift note are defined by the elements that
 * render them, inside their shadow roots: no page writes those tags.)
 */
const definedTags = readdirSync(join(root, 'src/components'))
  .map((name) => join(root, 'src/components', name, `${name}.ts`))
  .filter((entry) => existsSync(entry))
  .flatMap((entry) => [...readFileSync(entry, 'utf8').matchAll(/\.define\('([\w-]+)'\)/g)].map((match) => match[1]!))
  .sort();

/** Elements of the seller console, in entries of their own that the package's main neither imports nor defines (scripts/manifest-package-paths.mjs). */
const consoleOnly = ['sc-insights'];

const shipped = (path: string) => pkg.files.some((entry: string) => path === entry || path.startsWith(`${entry}/`)) && existsSync(join(root, path));

describe('custom-elements.json', () => {
  it('names modules the package ships, and references only those', () => {
    const paths = manifest.modules.map((module) => module.path);
    for (const path of paths) assert.ok(shipped(path), `${path} is not in the package`);
    const referenced = JSON.stringify(manifest).matchAll(/"module":"([^"]+)"/g);
    for (const [, module] of referenced) assert.ok(paths.includes(module!), `a reference to ${module}, which the manifest does not describe`);
  });

  it('declares every tag the sources define, each exported as a definition, and nothing anonymous', () => {
    const declared = manifest.modules.flatMap((module) => module.declarations ?? []).flatMap((declaration) => declaration.tagName ?? []);
    assert.deepEqual(declared.sort(), definedTags);
    for (const module of manifest.modules.filter((candidate) => candidate.path.startsWith('dist/components/'))) {
      const definitions = module.exports!.filter((entry) => entry.kind === 'custom-element-definition').map((entry) => entry.name);
      assert.deepEqual(definitions, module.declarations!.map((declaration) => declaration.tagName), module.path);
    }
    const root = manifest.modules.find((module) => module.path === pkg.exports['.'].default.replace('./', ''))!;
    assert.deepEqual(root.exports!.filter((entry) => entry.kind === 'custom-element-definition').map((entry) => entry.name).sort(), definedTags.filter((tag) => !consoleOnly.includes(tag)));
    const insights = manifest.modules.find((module) => module.path === pkg.exports['./insights'].default.replace('./', ''))!;
    assert.deepEqual(insights.exports!.filter((entry) => entry.kind === 'custom-element-definition').map((entry) => entry.name), ['sc-insights']);
    assert.doesNotMatch(JSON.stringify(manifest), /anonymous/);
  });
});

describe("the editors' data", () => {
  it("VS Code's custom data and JetBrains' web-types are shipped and list every tag", () => {
    const vsCode = 'dist/vscode.html-custom-data.json';
    assert.ok(shipped(vsCode));
    assert.deepEqual(json(vsCode).tags.map((tag: { name: string }) => tag.name).sort(), definedTags);
    const webTypes = pkg['web-types'].replace('./', '');
    assert.ok(shipped(webTypes));
    assert.deepEqual(json(webTypes).contributions.html.elements.map((element: { name: string }) => element.name).sort(), definedTags);
    assert.ok(shipped('dist/vscode.css-custom-data.json'));
  });

  it('says nothing it does not know (the generators write "default: undefined" for a default they do not know)', () => {
    for (const file of ['dist/vscode.html-custom-data.json', 'dist/vscode.css-custom-data.json', pkg['web-types']]) {
      assert.doesNotMatch(readFileSync(join(root, file), 'utf8'), /default: undefined/, file);
    }
  });
});
