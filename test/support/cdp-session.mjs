// One DevTools protocol session per test page, shared by the web-test-runner commands that need one
// (cdpCommand). It stays open: emulation set through it (forced colors) ends with it.
const sessions = new Map();

/** The page's DevTools protocol session (puppeteer's CDPSession), opened on first use. */
export async function cdpSession(session) {
  let cdp = sessions.get(session.id);
  if (!cdp) {
    cdp = await session.browser.getPage(session.id).createCDPSession();
    sessions.set(session.id, cdp);
  }
  return cdp;
}

/**
 * A web-test-runner plugin for one command that works through the page's DevTools protocol session:
 * `run(cdp, payload)` answers the command `command` and nothing else.
 */
export function cdpCommand(name, command, run) {
  return {
    name,
    async executeCommand({ command: asked, payload, session }) {
      if (asked !== command) return undefined;
      return run(await cdpSession(session), payload);
    },
  };
}
