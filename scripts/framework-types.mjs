/**
 * A custom-elements-manifest analyzer plugin: writes the elements' types for React 19's JSX
 * (`sc-widgets/types/react`) and Vue's templates (`sc-widgets/types/vue`) from the manifest.
 * The manifest gives each tag's settable properties and its events; their types come from
 * the element classes themselves (`HTMLElementTagNameMap`, `ScEventMap`), so they are exact.
 *
 * Written here, not by custom-element-jsx-integration or custom-element-vuejs-integration:
 * those type attributes (`"product-id"`), not the properties React 19 and Vue set, and wrap
 * an event's type in a second `CustomEvent<…>`.
 */
import { writeFileSync } from 'node:fs';
import { CONSOLE_ONLY } from './manifest-package-paths.mjs';

const HEADER = '// Generated from custom-elements.json by scripts/framework-types.mjs at build time.';

/**
 * Per shopper element: its tag, summary, the properties a framework may set, and its events. A
 * console-only element (its own entry, CONSOLE_ONLY) is left out, as the root's types leave it.
 */
function elementsOf(manifest) {
  const consoleOnly = new Set(Object.values(CONSOLE_ONLY));
  return manifest.modules
    .filter((module) => !consoleOnly.has(module.path))
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.tagName)
    .map((declaration) => ({
      tag: declaration.tagName,
      summary: declaration.summary ?? '',
      properties: (declaration.members ?? [])
        .filter((member) => member.kind === 'field' && !member.static && !member.readonly && (member.privacy ?? 'public') === 'public')
        .map((member) => member.name),
      events: (declaration.events ?? []).map((event) => event.name),
    }))
    .sort((a, b) => a.tag.localeCompare(b.tag));
}

const union = (names) => (names.length ? names.map((name) => `'${name}'`).join(' | ') : 'never');

const entries = (elements, indent) =>
  elements
    .map(({ tag, summary, properties, events }) => `${indent}/** ${summary} */\n${indent}'${tag}': Props<'${tag}', ${union(properties)}, ${union(events)}>;`)
    .join('\n');

const react = (elements) => `${HEADER}
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ScEventMap } from './index.js';
import type {} from './sc-widgets.js';

type ElementOf<Tag extends keyof HTMLElementTagNameMap> = HTMLElementTagNameMap[Tag];

/**
 * What React 19 does with a custom element's props: a prop the element has a property for
 * is set as that property (\`productId={id}\`, \`pageSize={4}\`), and \`on<event>\` listens to the
 * event of that exact name (\`onsc-cart-add\`, not \`onScCartAdd\`).
 */
type Props<Tag extends keyof HTMLElementTagNameMap, Property extends keyof ElementOf<Tag>, Event extends keyof ScEventMap> = Omit<
  DetailedHTMLProps<HTMLAttributes<ElementOf<Tag>>, ElementOf<Tag>>,
  Property
> &
  Partial<Pick<ElementOf<Tag>, Property>> & { [Name in Event as \`on\${Name}\`]?: (event: ScEventMap[Name]) => void };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${entries(elements, '      ')}
    }
  }
}
`;

const vue = (elements) => `${HEADER}
import type { DefineComponent } from 'vue';
import type { ScEventMap } from './index.js';
import type {} from './sc-widgets.js';

type ElementOf<Tag extends keyof HTMLElementTagNameMap> = HTMLElementTagNameMap[Tag];
type Camel<Name extends string> = Name extends \`\${infer Head}-\${infer Tail}\` ? \`\${Head}\${Capitalize<Camel<Tail>>}\` : Name;

/**
 * What Vue does with a custom element's bindings: one the element has a property for is set
 * as that property (\`:page-size="4"\`), and \`@sc-cart-add\` listens to \`sc-cart-add\` (Vue's
 * prop for it is \`onScCartAdd\`).
 */
type Props<Tag extends keyof HTMLElementTagNameMap, Property extends keyof ElementOf<Tag>, Event extends keyof ScEventMap> = DefineComponent<
  Partial<Pick<ElementOf<Tag>, Property>> & { [Name in Event as \`on\${Capitalize<Camel<Name>>}\`]?: (event: ScEventMap[Name]) => void }
>;

declare module 'vue' {
  interface GlobalComponents {
${entries(elements, '    ')}
  }
}
`;

export function frameworkTypes({ outdir }) {
  return {
    name: 'framework-types',
    packageLinkPhase({ customElementsManifest }) {
      const elements = elementsOf(customElementsManifest);
      writeFileSync(`${outdir}/react.d.ts`, react(elements));
      writeFileSync(`${outdir}/vue.d.ts`, vue(elements));
    },
  };
}
