// Generates dist/custom-elements.json from the components' JSDoc (@summary @slot @csspart @cssprop @event).

/**
 * The analyzer lists every reactive property as an attribute, internal state included. Attributes
 * backed by a private or protected field are not for portals, so they are left out of the manifest
 * (the fields themselves stay, marked with their privacy, as the schema expects). So are the
 * @lit/context requests the mandate switcher dispatches: a protocol between elements, not an event.
 */
const publicAttributesOnly = {
  name: 'loket-public-attributes',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules ?? []) {
      for (const declaration of mod.declarations ?? []) {
        if (declaration.events) declaration.events = declaration.events.filter((e) => e.type?.text !== 'ContextEvent');
        if (!declaration.attributes) continue;
        const internal = new Set((declaration.members ?? []).filter((m) => (m.privacy ?? 'public') !== 'public').map((m) => m.name));
        declaration.attributes = declaration.attributes.filter((a) => !(a.fieldName && internal.has(a.fieldName)));
      }
    }
  },
};

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/**/*.test.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
  plugins: [publicAttributesOnly],
};
