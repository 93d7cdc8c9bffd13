import { LitElement, adoptStyles, type PropertyValues } from 'lit';
import { ensureTokens } from '../styles/tokens.js';
import { LocalizeController } from './localize.js';
import type { DutchParts } from '../i18n/index.js';

type ElementClass = CustomElementConstructor & { define?: (name: string) => void };

/** A second copy of Loket meets every tag taken: one warning says so, not one per element. */
let warned = false;

/**
 * Base for every Loket element: a guarded `define`, the localize controller and the token
 * defaults installed on first connect. Nothing here touches `document` or `window` at import time.
 */
export class LoketElement extends LitElement {
  /** Elements this one renders, registered together with it. */
  static dependencies: Record<string, ElementClass> = {};

  /**
   * Registers the element (and its dependencies) under `name`. Registering a tag that already
   * exists never throws: a second copy of Loket on the same page logs one warning, for the first tag
   * it finds taken.
   */
  static define(name: string): void {
    for (const [tag, dependency] of Object.entries(this.dependencies)) {
      if (dependency.define) dependency.define(tag);
      else if (!customElements.get(tag)) customElements.define(tag, dependency);
    }
    const existing = customElements.get(name);
    if (existing) {
      if (existing !== this && !warned) {
        warned = true;
        console.warn(`[loket] <${name}> is already defined, probably by a second copy of Loket on this page; the first copy's elements stay in use.`);
      }
      return;
    }
    customElements.define(name, this);
  }

  /**
   * The element's own Dutch message namespaces (`{ header, mandate }` from i18n/nl.js), so an element
   * imported on its own carries only its own strings. `common` and `time` come with every element.
   */
  static messages: DutchParts = {};

  /** Messages and number formatting in the element's language (dates: internal/format.js). */
  protected readonly localize = new LocalizeController(this, (this.constructor as typeof LoketElement).messages);

  /** Waits for the catalogue of the element's language before rendering in it (no flash of Dutch). */
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- the signature of LitElement.scheduleUpdate
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this.localize.ready();
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /**
   * Marks the rendered text with its language when it differs from the context's (see
   * LocalizeController.contentLang), on the shadow root's top-level elements: the host's own `lang`
   * belongs to the portal. Slots are left alone: what the portal puts in them keeps its language.
   */
  protected override update(changed: PropertyValues): void {
    super.update(changed);
    const lang = this.localize.contentLang;
    for (const child of this.renderRoot.children) {
      if (child.localName === 'slot') continue;
      // Only on a change: every `lang` mutation makes the page's elements look their language up again.
      if (!lang) child.removeAttribute('lang');
      else if (child.getAttribute('lang') !== lang) child.setAttribute('lang', lang);
    }
  }

  /**
   * A server may have rendered the element already (declarative shadow DOM, from `@lit-labs/ssr`): the
   * browser's render replaces that content instead of adding a second copy after it. The element renders
   * afresh rather than hydrating: the browser knows the language, the profile and the width a server does
   * not. Lit's hydration support, which a page may load for elements of its own, marks an element for
   * hydration in LitElement's createRenderRoot; this override does not call it for a server-rendered root,
   * so Loket's elements render afresh there too (test/e2e/server-render.e2e.mjs).
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = this.shadowRoot;
    if (!root) return super.createRenderRoot();
    root.replaceChildren();
    adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    return root;
  }

  override connectedCallback(): void {
    ensureTokens(this.ownerDocument);
    super.connectedCallback();
  }
}
