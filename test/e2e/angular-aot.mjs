// Angular ahead of time for test/e2e/frameworks.e2e.mjs, the two steps an Angular CLI build takes,
// without the CLI: ngc's compiler (full compilation mode) for the app, and the linker for the Angular
// packages, which npm ships partially compiled. Nothing of JIT compilation is left in the bundle.
import { createRequire } from 'node:module';
import { createCompilerHost, formatDiagnostics, performCompilation, readConfiguration } from '@angular/compiler-cli';
import { needsLinking } from '@angular/compiler-cli/linker';
import linkerPlugin from '@angular/compiler-cli/linker/babel';

// The Babel the linker is made for: @angular/compiler-cli's own dependency.
const babel = createRequire(import.meta.resolve('@angular/compiler-cli/package.json'))('@babel/core');

/**
 * Compiles a tsconfig's files as `ngc -p project` does, in memory. Returns `{ emitted, errors }`: the
 * JavaScript of each file by its .ts path, and the formatted diagnostics ('' when there are none).
 * `edit(text, fileName)` may change a file's text first, for a variant the compiler should refuse.
 */
export function compileAngular(project, { edit } = {}) {
  const config = readConfiguration(project);
  if (config.errors.length > 0) throw new Error(formatDiagnostics(config.errors));
  // Emitted beside the sources, so each output is found by its source's name; nothing is written.
  const options = { ...config.options, outDir: undefined, declaration: false, sourceMap: false };
  const host = createCompilerHost({ options });
  const emitted = new Map();
  host.writeFile = (fileName, text) => emitted.set(fileName.replace(/\.js$/, '.ts'), text);
  if (edit) {
    const readFile = host.readFile.bind(host);
    host.readFile = (fileName) => {
      const text = readFile(fileName);
      return text !== undefined && config.rootNames.includes(fileName) ? edit(text, fileName) : text;
    };
  }
  const { diagnostics } = performCompilation({ rootNames: config.rootNames, options, host });
  return { emitted, errors: diagnostics.length > 0 ? formatDiagnostics(diagnostics) : '' };
}

/** A Vite plugin that serves the compiled JavaScript for the sources `compileAngular()` emitted. */
export function angularCompiled(emitted) {
  return {
    name: 'loket-angular-compiled',
    enforce: 'pre',
    load: (id) => emitted.get(id) ?? null,
  };
}

/** A Vite plugin that links the partially compiled Angular packages, as the Angular CLI does. */
export function angularLinker() {
  return {
    name: 'loket-angular-linker',
    transform: {
      // Only Angular's own packages declare partially compiled classes (ɵɵngDeclare…).
      filter: { id: /[\\/]node_modules[\\/]@angular[\\/].*\.m?js$/, code: 'ɵɵngDeclare' },
      async handler(code, id) {
        if (!needsLinking(id, code)) return null;
        const result = await babel.transformAsync(code, { filename: id, configFile: false, babelrc: false, sourceMaps: false, plugins: [linkerPlugin] });
        return { code: result.code, map: null };
      },
    },
  };
}
