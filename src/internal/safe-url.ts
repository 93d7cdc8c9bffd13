const PARSE_BASE = 'https://loket.invalid/';

/**
 * Returns the URL when it is http(s) or relative, otherwise undefined. `javascript:`, `data:`,
 * `vbscript:` and every other scheme are refused, including obfuscated forms such as
 * "java\tscript:" or leading control characters, because the check uses the browser's own parser.
 */
export function safeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  try {
    const { protocol } = new URL(trimmed, PARSE_BASE);
    return protocol === 'http:' || protocol === 'https:' ? trimmed : undefined;
  } catch {
    return undefined;
  }
}

/** Adds query parameters to a (safe) URL, keeping relative URLs relative. */
export function withQuery(url: string, params: Record<string, string>): string {
  const [beforeHash, hash = ''] = url.split('#', 2);
  const query = new URLSearchParams(params).toString();
  if (!query) return url;
  const joiner = beforeHash.includes('?') ? (beforeHash.endsWith('?') || beforeHash.endsWith('&') ? '' : '&') : '?';
  return `${beforeHash}${joiner}${query}${hash ? `#${hash}` : ''}`;
}
