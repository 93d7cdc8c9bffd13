/** Replaces an element's `navigate()` default action with a recorder; returns the URLs it would have opened. */
export function recordNavigation(el: HTMLElement): string[] {
  const urls: string[] = [];
  (el as unknown as { navigate: (url: string) => void }).navigate = (url) => urls.push(url);
  return urls;
}
