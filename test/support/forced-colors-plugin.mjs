// A web-test-runner command that switches Chromium into forced-colors mode (Windows high contrast),
// through the DevTools protocol: @web/test-runner-commands' emulateMedia has no forced-colors for
// Chrome launched through puppeteer.
import { cdpSession } from './cdp-session.mjs';

export function forcedColorsPlugin() {
  return {
    name: 'loket-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      const cdp = await cdpSession(session);
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
      return true;
    },
  };
}
