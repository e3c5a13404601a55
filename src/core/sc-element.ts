import { type CSSResultGroup, LitElement, type PropertyDeclarations, type PropertyValues } from 'lit';
import { $settings } from './config.js';
import { StoreController } from './store-controller.js';
import { type Catalog, catalogLocale, pageLocale } from '../i18n/locale.js';
import type { FailureMessages } from '../i18n/failure-messages.js';
import type { ScEventMap } from '../events/events.js';
import { baseStyles } from '../styles/base.styles.js';

let failureMessages: Catalog<FailureMessages> | undefined;

/** The `detail` of one of the elements' events. */
export type DetailOf<K extends keyof ScEventMap> = ScEventMap[K] extends CustomEvent<infer D> ? D : never;

/**
 * What every sc-widgets element shares: events, locale, settings, base styles.
 *
 * @attr {string} lang - The language of the element's text and numbers; beats `configure({ locale })` and the page's `<html lang>`.
 */
export class ScElement extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  /**
   * Defines the element under `tag` unless it is defined already, so a page that loads
   * the script twice (a theme and an app both adding it) keeps working, on the first
   * copy's settings. (No warning: its bytes would be paid by every visitor.)
   */
  static define(tag: string): void {
    if (!customElements.get(tag)) customElements.define(tag, this);
  }

  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
  };

  protected readonly settings = new StoreController(this, $settings);

  /**
   * The BCP 47 tag for strings and `Intl`: the element's `lang`, the locale of the widget
   * it is rendered in (a thread's form, a store's cards), the configured locale, the
   * page's `<html lang>`, the browser's. A single-page app that switches language calls
   * `configure({ locale })`, which renders every widget again.
   */
  get locale(): string {
    const host = (this.getRootNode() as ShadowRoot).host;
    return this.lang || (host instanceof ScElement && host.locale) || pageLocale(this.settings.value.locale);
  }

  /**
   * Marks the content with the language it is written in, so screen readers say it with the
   * right voice: French strings by `configure` on an English page, English ones on a German
   * page (which has no pack). The region stays where the strings are its language's (`nl-BE`).
   */
  protected override update(changed: PropertyValues): void {
    super.update(changed);
    let { locale } = this;
    const language = catalogLocale(locale);
    if (!locale.startsWith(language)) locale = language;
    for (const child of this.renderRoot.children) (child as HTMLElement).lang = locale;
  }

  /** This element's strings in its locale. */
  protected strings<T>(catalog: Catalog<T>): T {
    return catalog[catalogLocale(this.locale)];
  }

  /**
   * A shared failure message in this element's locale. The catalog loads on the first
   * failure; until it is there this returns '' and the element renders again once it is.
   */
  protected failureMessage(kind: keyof FailureMessages): string {
    if (failureMessages) return this.strings(failureMessages)[kind];
    void import('../i18n/failure-messages.js').then((module) => {
      failureMessages = module.failureMessages;
      this.requestUpdate();
    });
    return '';
  }

  /** Fires a bubbling, composed event; false when a listener cancelled it. */
  protected emit<K extends keyof ScEventMap>(type: K, detail: DetailOf<K>, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
  }
}
