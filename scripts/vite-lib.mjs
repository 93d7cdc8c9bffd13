// Shared Vite (Rollup) library build settings for the CDN bundle and the size checks.
import { build } from 'vite';
import { minifyLiterals } from './minify-literals.mjs';

/** The bundled packages whose licences travel with the bundle (all BSD-3-Clause, Google LLC). */
export const bundledPackages = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/context'];
const litNotice = '/*! Loket bundles Lit (lit.dev): Copyright Google LLC, BSD-3-Clause. Licence texts: THIRD_PARTY_LICENSES.txt next to this file. */';

/**
 * Builds one minified ES module with Lit bundled in; the French, English and German catalogues become
 * `locales/<lang>.js` next to it, loaded on first use. Returns the entry's code and the other chunks.
 */
export async function buildBundle({ entry, outDir = 'dist', fileName = 'loket.js', write = true }) {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [minifyLiterals()],
    build: {
      outDir,
      emptyOutDir: false,
      write,
      minify: true,
      sourcemap: write,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: () => fileName },
      // Library mode leaves ES output unminified; the CDN bundle should be as small as possible. Lit's
      // per-module licence comments become one notice; the texts are in THIRD_PARTY_LICENSES.txt.
      rollupOptions: {
        // Lit's `css` and `html` tags only build values: a style block or template nobody uses is dropped.
        treeshake: { manualPureFunctions: ['css', 'html'] },
        output: {
          minify: true,
          comments: false,
          postBanner: (chunk) => (chunk.isEntry ? litNotice : ''),
          chunkFileNames: 'locales/[name].js',
        },
      },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  const chunks = outputs.flatMap((o) => ('output' in o ? o.output : [])).filter((o) => o.type === 'chunk');
  const entryChunk = chunks.find((c) => c.isEntry);
  return { code: entryChunk?.code ?? '', chunks: chunks.filter((c) => !c.isEntry).map((c) => ({ fileName: c.fileName, code: c.code })) };
}
