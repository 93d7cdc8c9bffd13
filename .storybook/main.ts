// Storybook 10 for Loket: web components on Vite, docs generated from dist/custom-elements.json
// (see preview.ts), the axe panel, and nothing that phones home.
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: {
    // No telemetry, crash reports or "what's new" feed: Storybook must run offline and send nothing.
    disableTelemetry: true,
    enableCrashReports: false,
    disableWhatsNewNotifications: true,
  },
  // Designers open this Storybook to browse components, not to learn Storybook: no onboarding checklist.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  docs: { defaultName: 'Docs' },
  async viteFinal(viteConfig, { configType }) {
    const { mergeConfig } = await import('vite');
    return mergeConfig(viteConfig, {
      // `build-storybook` is quiet: Vite reports warnings and errors, not every chunk.
      ...(configType === 'PRODUCTION' ? { logLevel: 'warn' } : {}),
      // TypeScript goes through Vite 8's Oxc transform with tsconfig.json. It does not transform legacy
      // decorators, which Loket does not use: components declare `static properties` and `declare`
      // their fields (see CONTRIBUTING.md), so no extra plugin is needed.
      build: { target: 'es2022', chunkSizeWarningLimit: 2048 },
      // One copy of Lit in the dev server: Storybook's renderer imports `lit/directive-helpers.js`, which
      // the optimizer would otherwise pre-bundle apart from `lit` ("Multiple versions of Lit loaded").
      // Lit is plain ESM; serving it unbundled costs little.
      optimizeDeps: { exclude: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/context'] },
    });
  },
};

export default config;
