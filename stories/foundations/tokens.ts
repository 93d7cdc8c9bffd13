// The Foundations pages read the design tokens from their source, src/tokens/vlaanderen.tokens.json,
// the file scripts/build-tokens.mjs turns into the --loket-* custom properties: a token added, renamed
// or changed there shows up here on the next build, so these pages cannot drift from the tokens.
import { html, type TemplateResult } from 'lit';
import source from '../../src/tokens/vlaanderen.tokens.json';
import { intlLocale, type Locale } from '../support/copy.js';

interface TokenNode {
  $value?: unknown;
  $type?: string;
  $description?: string;
  [key: string]: unknown;
}

export interface Token {
  /** The path in the token file: `color.brand`. */
  id: string;
  path: string[];
  /** The custom property: `--loket-color-brand`. */
  name: string;
  /** Whether the custom property exists: the palette and the breakpoints are in the file only (see build-tokens.mjs). */
  emitted: boolean;
  type: string | undefined;
  /** The token this one refers to (`palette.yellow`), if any. */
  ref: string | undefined;
  /** The value after following references, as in the file (a string, number, list or shadow object). */
  value: unknown;
  /** The value as CSS text: `#FFED00`, `0.125rem`, `0px 1px 3px 0px #33333229`. */
  css: string;
  description: string | undefined;
}

// As in scripts/build-tokens.mjs: groups that document raw values but are not emitted.
const privateGroups = new Set(['palette', 'breakpoint']);

function flatten(node: TokenNode, path: string[], inheritedType: string | undefined, out: Omit<Token, 'ref' | 'value' | 'css'>[], raw: Map<string, unknown>): void {
  const type = typeof node.$type === 'string' ? node.$type : inheritedType;
  if ('$value' in node) {
    const id = path.join('.');
    raw.set(id, node.$value);
    out.push({ id, path, name: `--loket-${path.join('-')}`, emitted: !privateGroups.has(path[0]!), type, description: node.$description });
    return;
  }
  for (const [key, child] of Object.entries(node)) {
    if (key.startsWith('$') || typeof child !== 'object' || child === null) continue;
    flatten(child as TokenNode, [...path, key], type, out, raw);
  }
}

function cssText(value: unknown, type: string | undefined): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value) && type === 'fontFamily') return value.map((f: string) => (/\s/.test(f) && !f.startsWith('-') ? `"${f}"` : f)).join(', ');
  if (type === 'shadow' && value && typeof value === 'object') {
    const s = value as Record<string, string>;
    return `${s['offsetX']} ${s['offsetY']} ${s['blur']} ${s['spread']} ${s['color']}`;
  }
  throw new Error(`Foundations: cannot show token value ${JSON.stringify(value)}`);
}

function load(): Token[] {
  const list: Omit<Token, 'ref' | 'value' | 'css'>[] = [];
  const raw = new Map<string, unknown>();
  flatten(source as unknown as TokenNode, [], undefined, list, raw);
  const resolve = (value: unknown, seen: string[]): { ref: string | undefined; value: unknown } => {
    const match = typeof value === 'string' ? /^\{([^}]+)\}$/.exec(value) : null;
    if (!match) return { ref: undefined, value };
    const target = match[1]!;
    if (!raw.has(target) || seen.includes(target)) throw new Error(`Foundations: unknown or circular token reference ${value}`);
    return { ref: target, value: resolve(raw.get(target), [...seen, target]).value };
  };
  return list.map((token) => {
    const { ref, value } = resolve(raw.get(token.id), [token.id]);
    return { ...token, ref, value, css: cssText(value, token.type) };
  });
}

/** Every token in the file, in its order. */
export const tokens: readonly Token[] = load();

/** The tokens of one group (`color`, `font`, `space`…), in the file's order. */
export const group = (name: string): Token[] => tokens.filter((t) => t.path[0] === name);

/** One token by its path; throws for a path the file does not have, so a page that names a removed token fails to render. */
export function token(id: string): Token {
  const found = tokens.find((t) => t.id === id);
  if (!found) throw new Error(`Foundations: no token ${id} in src/tokens/vlaanderen.tokens.json`);
  return found;
}

/** The group's description in the token file (`breakpoint`, `duration`), if any. */
export const groupDescription = (name: string): string | undefined => ((source as unknown as Record<string, TokenNode>)[name]?.$description);

// ── Contrast (WCAG 2.2, 1.4.3 and 1.4.11) ──

function luminance(hex: string): number {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match) throw new Error(`Foundations: ${hex} is not an opaque #RRGGBB colour`);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(match[1]!.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The WCAG contrast ratio of two opaque colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** "4,83:1" in the page's language, cut (not rounded) to two decimals so that 4.499 never reads as 4.50. */
export const formatRatio = (locale: Locale, ratio: number): string =>
  `${new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Math.floor(ratio * 100) / 100)}:1`;

/** A number in the page's language: "1,125". */
export const formatNumber = (locale: Locale, value: number): string => new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 3 }).format(value);

/** Pixels for a rem or px length at the browser's default root size (16 px): "18 px"; undefined for other units. */
export function pixels(locale: Locale, length: string): string | undefined {
  const match = /^(-?[\d.]+)(rem|px)$/.exec(length);
  if (!match) return undefined;
  const px = Number(match[1]) * (match[2] === 'rem' ? 16 : 1);
  return `${formatNumber(locale, px)} px`;
}

/**
 * The value a custom property has on this page now (after media queries, reduced motion and any
 * override), in the unit of the token file where it is the same quantity: the build may write `120ms`
 * as `.12s`.
 */
export function liveValue(t: Token): string {
  const live = getComputedStyle(document.documentElement).getPropertyValue(t.name).trim();
  const [value, unit] = [/^(-?[\d.]+)(ms|s|rem|px)$/.exec(live), /(ms|s|rem|px)$/.exec(t.css)?.[1]];
  if (!value || !unit) return live;
  const scale: Record<string, number> = { 'ms>s': 0.001, 's>ms': 1000 };
  const factor = value[2] === unit ? 1 : scale[`${value[2]}>${unit}`];
  return factor === undefined ? live : `${Number((Number(value[1]) * factor).toFixed(4))}${unit}`;
}

/** Text with the custom properties, file names and markup it mentions set as code. */
export function withCode(text: string): (string | TemplateResult)[] {
  return text.split(/(--loket-[a-z0-9-]+|dist\/loket\.css|class="loket-page"|<html>|<body>)/).map((part, i) => (i % 2 ? html`<code>${part}</code>` : part));
}

/** A captioned table in a scroll region of its own (reachable by keyboard): column headers, then `rows`. */
export function tokenTable(id: string, caption: string | TemplateResult, columns: unknown[], rows: unknown): TemplateResult {
  return html`<div class="fd-scroll" role="region" aria-labelledby="${id}-caption" tabindex="0">
    <table class="fd-table">
      <caption id="${id}-caption">${caption}</caption>
      <thead>
        <tr>
          ${columns.map((column) => html`<th scope="col">${column}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
    </table>
  </div>`;
}

/** A row header naming a token, with the token file's (English) description under it. */
export const tokenHeader = (name: string, description?: string): TemplateResult =>
  html`<th scope="row"><code>${name}</code>${description ? html`<span class="fd-note" lang="en">${description}</span>` : ''}</th>`;

// ── Shared look of the Foundations pages: tokens only, like the elements ──

export const foundationStyles = html`<style>
  .fd {
    max-width: 72rem;
  }
  .fd > p,
  .fd section > p {
    max-width: 48rem;
  }
  .fd > h2 {
    margin-block-start: var(--loket-space-xl);
  }
  .fd section + section {
    margin-block-start: var(--loket-space-2xl);
  }
  .fd-scroll {
    overflow-x: auto;
    margin-block-end: var(--loket-space-l);
  }
  .fd-table {
    border-collapse: collapse;
    min-width: 100%;
    font-size: var(--loket-font-size-s);
  }
  .fd-table caption {
    padding-block-end: var(--loket-space-xs);
    font-size: var(--loket-font-size-l);
    font-weight: var(--loket-font-weight-medium);
    line-height: var(--loket-font-line-height-tight);
    text-align: start;
  }
  .fd-table th,
  .fd-table td {
    padding: var(--loket-space-xs) var(--loket-space-s);
    border-block-end: var(--loket-border-width) solid var(--loket-color-border);
    text-align: start;
    vertical-align: middle;
  }
  .fd-table thead th {
    border-block-end: var(--loket-border-width-strong) solid var(--loket-color-border-strong);
    background: var(--loket-color-background-alt);
    font-weight: var(--loket-font-weight-medium);
    white-space: nowrap;
  }
  .fd-table tbody th {
    font-weight: var(--loket-font-weight-regular);
  }
  .fd code {
    font-family: var(--loket-font-family-mono);
    font-size: var(--loket-font-size-xs);
    overflow-wrap: anywhere;
  }
  .fd-table code {
    white-space: nowrap;
  }
  .fd-table code.fd-wrap {
    white-space: normal;
  }
  .fd-note {
    display: block;
    color: var(--loket-color-text-secondary);
    font-size: var(--loket-font-size-xs);
  }
  /* Swatches and samples show the real colours, in forced-colors mode too. */
  .fd-swatch {
    display: block;
    inline-size: var(--loket-space-2xl);
    block-size: var(--loket-space-xl);
    border: var(--loket-border-width) solid var(--loket-color-border-strong);
    border-radius: var(--loket-radius-m);
    forced-color-adjust: none;
  }
  .fd-pair {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-inline-size: calc(var(--loket-space-2xl) * 2);
    min-block-size: var(--loket-target-min);
    padding: var(--loket-space-2xs) var(--loket-space-s);
    border: var(--loket-border-width) solid var(--loket-color-border-strong);
    border-radius: var(--loket-radius-m);
    font-size: var(--loket-font-size-m);
    font-weight: var(--loket-font-weight-medium);
    forced-color-adjust: none;
  }
  .fd-pair-mark {
    display: block;
    inline-size: var(--loket-space-xl);
    block-size: var(--loket-space-m);
    border: var(--loket-border-width-strong) solid;
    border-radius: var(--loket-radius-s);
  }
  .fd button {
    min-block-size: var(--loket-target-min);
    padding: 0 var(--loket-space-m);
    border: var(--loket-border-width) solid var(--loket-color-border-strong);
    border-radius: var(--loket-radius-m);
    background: var(--loket-color-background);
    color: var(--loket-color-text);
    font: inherit;
    cursor: pointer;
  }
  .fd button[aria-pressed='true'] {
    border-color: var(--loket-color-action);
    background: var(--loket-color-action-subtle);
  }
  .fd-result {
    white-space: nowrap;
  }
  .fd-result.fail {
    color: var(--loket-color-error-strong);
    font-weight: var(--loket-font-weight-bold);
  }
</style>`;
