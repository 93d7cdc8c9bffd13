// A web-test-runner command that switches Chromium into forced-colors mode (Windows high contrast),
// through the DevTools protocol: @web/test-runner-commands' emulateMedia has no forced-colors for
// Chrome launched through puppeteer.
import { cdpCommand } from './cdp-session.mjs';

export function forcedColorsPlugin() {
  return cdpCommand('loket-forced-colors', 'forced-colors', async (cdp, payload) => {
    await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
    return true;
  });
}
