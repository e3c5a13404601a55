/**
 * A custom-elements-manifest analyzer plugin: describes the package as it is shipped, not its
 * sources. The analyzer reads src/, but src/ is not in the package, and tools (VS Code,
 * Storybook, catalogs) import a module's `path`. So:
 * - each element's module is its npm entry, `dist/components/<name>.js`, which exports the
 *   class and defines the tag (a `custom-element-definition` export);
 * - the base classes (ScElement, and the unexported ScToggleButton and ScPackedElement whose
 *   members the elements inherit) are described in `dist/index.js`, the package's main, which
 *   also re-exports every element class and defines every tag;
 * - `ScElement.define(tag)` is no definition of its own (the analyzer saw one, `anonymous_0`).
 * - a console-only element (CONSOLE_ONLY) lives in its own entry, which the root neither
 *   re-exports nor defines: no shopper's page carries the seller's charts.
 */
const ROOT = 'dist/index.js';
export const CONSOLE_ONLY = { insights: 'dist/insights.js' };
const entryOf = (sourcePath) => /^src\/components\/([\w-]+)\/\1\.component\.ts$/.exec(sourcePath)?.[1];

export function packagePaths() {
  return {
    name: 'package-paths',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const elements = manifest.modules.filter((module) => module.declarations?.some((declaration) => declaration.tagName));
      const bases = manifest.modules.filter((module) => !elements.includes(module));
      const moved = new Map();
      for (const module of elements) {
        const name = entryOf(module.path);
        if (!name) throw new Error(`${module.path} defines an element but is no component entry (src/components/<name>/<name>.component.ts)`);
        moved.set(module.path, CONSOLE_ONLY[name] ?? `dist/components/${name}.js`);
      }
      for (const module of bases) moved.set(module.path, ROOT);

      const elementModules = elements.map((module) => {
        const path = moved.get(module.path);
        const classes = module.declarations.filter((declaration) => declaration.tagName);
        return {
          kind: 'javascript-module',
          path,
          declarations: classes,
          exports: classes.flatMap((declaration) => exportsOf(declaration, path)),
        };
      });
      const root = {
        kind: 'javascript-module',
        path: ROOT,
        declarations: bases.flatMap((module) => module.declarations ?? []),
        exports: [
          { kind: 'js', name: 'ScElement', declaration: { name: 'ScElement', module: ROOT } },
          ...elementModules.filter((module) => !Object.values(CONSOLE_ONLY).includes(module.path)).flatMap((module) => module.exports),
        ],
      };
      manifest.modules = [root, ...elementModules];
      relink(manifest, moved);
    },
  };
}

/** An entry exports its class and defines its tag. */
function exportsOf(declaration, module) {
  const reference = { name: declaration.name, module };
  return [
    { kind: 'js', name: declaration.name, declaration: reference },
    { kind: 'custom-element-definition', name: declaration.tagName, declaration: reference },
  ];
}

/**
 * Points every reference (superclass, inheritedFrom, export) at the module's new path. The
 * analyzer writes a superclass's module as imported (`/src/core/sc-element.js`), others as
 * read (`src/core/sc-element.ts`).
 */
function relink(value, moved) {
  if (Array.isArray(value)) {
    for (const item of value) relink(item, moved);
  } else if (value && typeof value === 'object') {
    const source = typeof value.module === 'string' && value.module.replace(/^\//, '').replace(/\.js$/, '.ts');
    if (source && moved.has(source)) value.module = moved.get(source);
    for (const child of Object.values(value)) relink(child, moved);
  }
}
