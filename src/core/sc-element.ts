import { type CSSResultGroup, LitElement, type PropertyDeclarations } from 'lit';
import { $settings } from './config.js';
import { StoreController } from './store-controller.js';
import { $pageLang, type Catalog, catalogLocale } from '../i18n/locale.js';
import type { ScEventMap } from '../events/events.js';
import { baseStyles } from '../styles/base.styles.js';

type DetailOf<K extends keyof ScEventMap> = ScEventMap[K] extends CustomEvent<infer D> ? D : never;

/** What every sc-widgets element shares: events, locale, settings, base styles. */
export class ScElement extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  /**
   * Defines the element under `tag` unless it is defined already, so a page that loads
   * the script twice (a theme and an app both adding it) keeps working.
   */
  static define(tag: string): void {
    const existing = customElements.get(tag);
    if (!existing) customElements.define(tag, this);
    else if (existing !== this) console.warn(`sc-widgets: <${tag}> is already defined by another copy of the script; keeping the first.`);
  }

  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
    theme: { reflect: true },
  };

  /** Forces a light or dark look; by default the element follows the page's `color-scheme`. */
  theme?: 'light' | 'dark';

  protected readonly settings = new StoreController(this, $settings);
  private readonly pageLang = new StoreController(this, $pageLang);

  // `lang` (HTMLElement's own) is observed too: the language of this element's strings and numbers.

  /** The BCP 47 tag for `Intl`: the element's `lang`, the configured locale, the page's, the browser's. */
  get locale(): string {
    return this.lang || this.settings.value.locale || this.pageLang.value || navigator.language;
  }

  /** This element's strings in its locale. */
  protected strings<T>(catalog: Catalog<T>): T {
    return catalog[catalogLocale(this.locale)];
  }

  /** Fires a bubbling, composed event; false when a listener cancelled it. */
  protected emit<K extends keyof ScEventMap>(type: K, detail: DetailOf<K>, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
  }
}
