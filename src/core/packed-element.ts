import type { PropertyValues } from 'lit';
import { ScElement } from './sc-element.js';
import { catalogLocale } from '../i18n/locale.js';
import { packLoading } from '../i18n/language-pack.js';
import type { FailureMessages } from '../i18n/failure-messages.js';
import type { ViewHost } from './lazy-view.js';
import { separators } from '../i18n/separators.js';

/** Renders every widget in `root`, and those in theirs, again: after a change of language, or of its strings. */
export function relocalize(root: ParentNode): void {
  for (const nested of root.querySelectorAll('*')) if (nested instanceof ScElement) (nested.requestUpdate(), relocalize(nested.renderRoot));
}

/**
 * An element whose strings come from a language pack (see LanguagePack); the elements that
 * hold other widgets (a thread's form, a store's cards) are all of this kind.
 */
export class ScPackedElement extends ScElement {
  /**
   * Renders once the element's language pack is in, so a Dutch page never flashes English
   * (and `updateComplete` waits for it too). A later `lang` or locale waits the same way.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = packLoading(catalogLocale(this.locale));
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /**
   * A control's name followed by what it acts on, after the language's colon: "Add to cart:
   * Linen tee". On a grid, each of eight "Add to cart" buttons then says which product it adds;
   * the label comes first, as seen (WCAG 2.5.3), and no sentence is built around the name.
   */
  protected named(label: string, name?: string): string {
    return name ? label + this.strings(separators).colon + name : label;
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    // The widgets inside take their language from this one (see ScElement.locale).
    if (changed.has('lang')) relocalize(this.renderRoot);
  }

  /**
   * A shared failure message, once its catalog is in: what an `sc-error` after a wait carries.
   * Where the catalog cannot load (offline), `fallback`: the widget's own generic line.
   */
  /** What this element lends a view it loads on demand (LazyUi). */
  protected viewHost(): ViewHost<this> {
    return {
      element: this,
      strings: (catalog) => this.strings(catalog),
      failure: (kind) => this.failureMessage(kind),
      loadedFailure: (kind, fallback) => this.loadedFailureMessage(kind, fallback),
      emit: (type, detail) => this.emit(type, detail),
    };
  }

  protected async loadedFailureMessage(kind: keyof FailureMessages, fallback = ''): Promise<string> {
    try {
      return this.strings((await import('../i18n/failure-messages.js')).failureMessages)[kind];
    } catch {
      return fallback;
    }
  }
}
