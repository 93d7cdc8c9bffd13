import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/**', 'dist-demo/**', 'storybook-static/**', 'node_modules/**', '.cache/**', 'reports/**', 'src/styles/tokens.generated.ts', 'coverage/**', '.data/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-imports': ['error', { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Never render outside data as HTML.' }] }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', URLSearchParams: 'readonly',
        setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly',
        fetch: 'readonly', AbortController: 'readonly', AbortSignal: 'readonly', TextEncoder: 'readonly', TextDecoder: 'readonly',
        structuredClone: 'readonly', performance: 'readonly', window: 'readonly', document: 'readonly',
        // e2e specs pass callbacks to page.evaluate(), which run in the browser.
        customElements: 'readonly', getComputedStyle: 'readonly', location: 'readonly', navigator: 'readonly',
        HTMLElement: 'readonly', Event: 'readonly', EventSource: 'readonly', sessionStorage: 'readonly', localStorage: 'readonly',
        crypto: 'readonly', queueMicrotask: 'readonly', PerformanceObserver: 'readonly',
      },
    },
  },
);
