// Shared Vite (Rollup) library build settings for the CDN bundle and the size checks.
import { build } from 'vite';
import { minifyCssLiterals } from './minify-css-literals.mjs';

/** Builds one minified ES module with Lit bundled in. Returns the output chunk's code when write is false. */
export async function buildBundle({ entry, outDir = 'dist', fileName = 'loket.js', write = true }) {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    plugins: [minifyCssLiterals()],
    build: {
      outDir,
      emptyOutDir: false,
      write,
      minify: true,
      sourcemap: write,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: () => fileName },
      // Library mode leaves ES output unminified; the CDN bundle should be as small as possible.
      rollupOptions: { output: { minify: true } },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  const chunk = outputs.flatMap((o) => ('output' in o ? o.output : [])).find((o) => o.type === 'chunk');
  return chunk?.code ?? '';
}
