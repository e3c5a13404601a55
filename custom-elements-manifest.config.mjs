/** Generates custom-elements.json, the API reference, from the components' JSDoc. */
export default {
  globs: ['src/core/sc-element.ts', 'src/components/**/*.component.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // ScElement.emit(type, …) dispatches whatever it is given; the real events are the
      // @event tags of each component.
      name: 'drop-emit-helper-event',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name !== 'type');
          }
        }
      },
    },
  ],
};
