// A web-test-runner command that switches Chromium into forced-colors mode (Windows high contrast),
// through the DevTools protocol: @web/test-runner-commands' emulateMedia has no forced-colors for
// Chrome launched through puppeteer. The CDP session stays open, because its emulation ends with it.
const sessions = new Map();

export function forcedColorsPlugin() {
  return {
    name: 'loket-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      let cdp = sessions.get(session.id);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(session.id, cdp);
      }
      await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
      return true;
    },
  };
}
