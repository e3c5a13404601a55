import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { frameworkTypes } from './scripts/framework-types.mjs';
import { packagePaths } from './scripts/manifest-package-paths.mjs';

/**
 * Generates custom-elements.json, the API reference, from the components' JSDoc, and from it
 * the editors' HTML data (VS Code's custom data, JetBrains' web-types) and the elements' types
 * for React's JSX and Vue's templates, shipped in dist/.
 */
export default {
  globs: ['src/core/sc-element.ts', 'src/core/packed-element.ts', 'src/components/**/*.component.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // ScElement.emit(type, …) dispatches whatever it is given; the real events are the
      // @event tags of each component. And private state is no attribute.
      name: 'public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name !== 'type');
            // Internal reactive state (`state: true` on a private field) has no attribute.
            const internal = new Set(
              (declaration.members ?? []).filter((member) => member.privacy === 'private').map((member) => member.name),
            );
            if (declaration.attributes) {
              declaration.attributes = declaration.attributes.filter((attribute) => !internal.has(attribute.fieldName));
            }
          }
        }
      },
    },
    packagePaths(),
    // After packagePaths: the editors' data names the modules as shipped. An element's hover
    // leaves out its custom properties (each would end in "(default: undefined)": our defaults
    // are in the descriptions); the CSS data lists them, with their descriptions, for CSS files.
    customElementVsCodePlugin({ outdir: 'dist', htmlFileName: 'vscode.html-custom-data.json', cssFileName: 'vscode.css-custom-data.json', hideCssPropertiesDocs: true, hideLogs: true }),
    customElementJetBrainsPlugin({ outdir: 'dist', webTypesFileName: 'web-types.json', hideCssPropertiesDocs: true, hideLogs: true }),
    frameworkTypes({ outdir: 'dist/types' }),
  ],
};
