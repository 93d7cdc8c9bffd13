import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isLoaded, loadLocale, messagesFor, resolveLocale, type DutchParts, type Locale, type Messages } from '../i18n/index.js';
import { numberFormat } from './format.js';

type Host = ReactiveControllerHost & HTMLElement;
const noParts: DutchParts = {};

const hosts = new Set<LocalizeController>();
let observer: MutationObserver | undefined;

/** One observer per page follows every `lang` change in the light DOM and updates affected hosts. */
function observe(doc: Document): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => {
    for (const controller of hosts) controller.refresh();
  });
  observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** The closest `lang` in the element's own tree, then across shadow roots, then `<html lang>`. */
export function closestLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) {
      const value = found.getAttribute('lang');
      if (value) return value;
    }
    const root = node.getRootNode();
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
  private resolved: Locale = 'nl';

  /**
   * @param host the element
   * @param parts the element's own Dutch namespaces; every language shows it only these (plus the base)
   */
  constructor(
    private readonly host: Host,
    private readonly parts: DutchParts = noParts,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    hosts.add(this);
    observe(this.host.ownerDocument);
    // An element moved into another language re-renders; LoketElement.scheduleUpdate loads the catalogue.
    this.refresh();
  }

  /** A promise while the active language's catalogue is still loading; undefined when it can be used now. */
  ready(): Promise<void> | undefined {
    return isLoaded(this.resolved) ? undefined : loadLocale(this.resolved);
  }

  hostDisconnected(): void {
    hosts.delete(this);
  }

  /** Re-resolves the language and re-renders the host when it changed. */
  refresh(): void {
    const next = resolveLocale(closestLang(this.host));
    if (next !== this.resolved) {
      this.resolved = next;
      this.host.requestUpdate();
    }
  }

  /** The active Loket locale: nl, fr, en or de. */
  get locale(): Locale {
    return this.resolved;
  }

  /** The messages of the active locale (Dutch until its catalogue has loaded). */
  get t(): Messages {
    return messagesFor(this.parts, this.resolved);
  }

  /** "1.234" */
  number(value: number): string {
    return numberFormat(this.t.intlLocale).format(value);
  }
}
