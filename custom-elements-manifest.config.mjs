// Generates dist/custom-elements.json from the components' JSDoc (@summary @slot @csspart @cssprop @event).
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/**/*.test.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
};
