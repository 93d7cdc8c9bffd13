/**
 * Whether the tests run in Chromium. The accessibility-tree and forced-colors commands go through its
 * DevTools protocol, which Firefox (driven through WebDriver BiDi) does not offer.
 */
// Headless Chromium calls itself HeadlessChrome/….
export const chromium = /Chrome\//.test(navigator.userAgent);

/** `describe` for a suite that needs Chromium's DevTools protocol: reported as skipped in other browsers. */
export function describeInChromium(title: string, suite: () => void): void {
  (chromium ? describe : describe.skip)(title, suite);
}
