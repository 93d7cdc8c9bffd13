import { LitElement } from 'lit';
import { ensureTokens } from '../styles/tokens.js';
import { LocalizeController } from './localize.js';

type ElementClass = CustomElementConstructor & { define?: (name: string) => void };

/**
 * Base for every Loket element: a guarded `define`, the localize controller and the token
 * defaults installed on first connect. Nothing here touches `document` or `window` at import time.
 */
export class LoketElement extends LitElement {
  /** Elements this one renders, registered together with it. */
  static dependencies: Record<string, ElementClass> = {};

  /**
   * Registers the element (and its dependencies) under `name`. Registering a tag that already
   * exists never throws: a second copy of Loket on the same page only logs a warning.
   */
  static define(name: string): void {
    for (const [tag, dependency] of Object.entries(this.dependencies)) {
      if (dependency.define) dependency.define(tag);
      else if (!customElements.get(tag)) customElements.define(tag, dependency);
    }
    const existing = customElements.get(name);
    if (existing) {
      if (existing !== this) {
        console.warn(`[loket] <${name}> is already defined, probably by a second copy of Loket on this page; the first one stays in use.`);
      }
      return;
    }
    customElements.define(name, this);
  }

  /** Messages and date/number formatting in the element's language. */
  protected readonly localize = new LocalizeController(this);

  override connectedCallback(): void {
    ensureTokens(this.ownerDocument);
    super.connectedCallback();
  }
}
