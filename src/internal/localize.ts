import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isLoaded, loadLocale, messagesFor, resolveLocale, shownLocale, type DutchParts, type Locale, type Messages } from '../i18n/index.js';
import { numberFormat } from './format.js';

type Host = ReactiveControllerHost & HTMLElement;
const noParts: DutchParts = {};

const hosts = new Set<LocalizeController>();
let observer: MutationObserver | undefined;
const observed = new WeakSet<Node>();

/**
 * One observer per page follows every `lang` change in the document and in each shadow root a host's
 * language is looked up through (a portal's own components may set `lang` inside theirs).
 */
function observe(root: Node): void {
  if (observed.has(root) || typeof MutationObserver === 'undefined') return;
  observed.add(root);
  observer ??= new MutationObserver(() => {
    for (const controller of hosts) controller.refresh();
  });
  observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/**
 * The closest `lang` in the element's own tree, then across shadow roots, then `<html lang>`.
 * `visit` sees every tree (document or shadow root) the search went through.
 */
export function closestLang(element: Element, visit?: (root: Node) => void): string {
  let node: Element | null = element;
  while (node) {
    const root = node.getRootNode();
    visit?.(root);
    const found: Element | null = node.closest('[lang]');
    if (found) {
      const value = found.getAttribute('lang');
      if (value) return value;
    }
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return element.ownerDocument?.documentElement.lang ?? '';
}

/**
 * Gives a component its messages and number formatting in the language of its context: its own
 * `lang`, else the closest `[lang]` ancestor (across shadow roots), else `<html lang>`. It follows
 * changes to any of those and re-renders the host. Dutch is always there; another language's catalogue
 * is loaded on first use, and `ready()` tells the host to wait for it (see LoketElement.scheduleUpdate).
 */
export class LocalizeController implements ReactiveController {
  #resolved: Locale = 'nl';
  /** The primary subtag of the context's language ("es" for `lang="es-ES"`; "" when the page has none). */
  #context = '';
  readonly #host: Host;
  readonly #parts: DutchParts;

  /**
   * @param host the element
   * @param parts the element's own Dutch namespaces; every language shows it only these (plus the base)
   */
  constructor(host: Host, parts: DutchParts = noParts) {
    this.#host = host;
    this.#parts = parts;
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this);
    // An element moved into another language re-renders; LoketElement.scheduleUpdate loads the catalogue.
    this.refresh();
  }

  /** A promise while the active language's catalogue is still loading; undefined when it can be used now. */
  ready(): Promise<void> | undefined {
    return isLoaded(this.#resolved) ? undefined : loadLocale(this.#resolved);
  }

  hostDisconnected(): void {
    hosts.delete(this);
  }

  /** Re-resolves the language and re-renders the host when it changed. */
  refresh(): void {
    const tag = closestLang(this.#host, observe);
    const next = resolveLocale(tag);
    const context = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    const before = this.contentLang;
    this.#context = context;
    if (next !== this.#resolved || this.contentLang !== before) {
      this.#resolved = next;
      this.#host.requestUpdate();
    }
  }

  /**
   * The language to mark the element's own text with when it differs from its context's: Dutch text on
   * a page in a language Loket does not speak ("es"), or whose catalogue could not be loaded. Undefined
   * when the text is in the context's language. Screen readers then pronounce the Dutch as Dutch.
   */
  get contentLang(): Locale | undefined {
    const shown = shownLocale(this.#resolved);
    return shown === this.#context ? undefined : shown;
  }

  /** The active Loket locale: nl, fr, en or de. */
  get locale(): Locale {
    return this.#resolved;
  }

  /** The messages of the active locale (Dutch until its catalogue has loaded). */
  get t(): Messages {
    return messagesFor(this.#parts, this.#resolved);
  }

  /** "1.234" */
  number(value: number): string {
    return numberFormat(this.t.intlLocale).format(value);
  }
}
