import { ScElement } from './sc-element.js';
import { catalogLocale } from '../i18n/locale.js';
import { packLoading } from '../i18n/language-pack.js';
import type { FailureMessages } from '../i18n/failure-messages.js';
import { separators } from '../i18n/separators.js';

/** An element whose strings come from a language pack (see LanguagePack). */
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

  /** A shared failure message, once its catalog is in: what an `sc-error` after a wait carries. */
  protected async loadedFailureMessage(kind: keyof FailureMessages): Promise<string> {
    return this.strings((await import('../i18n/failure-messages.js')).failureMessages)[kind];
  }
}
