import { adoptStyles, html, nothing, type CSSResultOrNative, type ReactiveController, type ReactiveElement } from 'lit';
import type { ScEventMap } from '../events/events.js';
import type { FailureMessages } from '../i18n/failure-messages.js';
import type { Catalog } from '../i18n/locale.js';
import type { DetailOf } from './sc-element.js';

/** What a widget's on-demand module gives its element: the styles it draws with. */
export interface View {
  readonly styles: readonly CSSResultOrNative[];
}

/** A view that draws in its element's own shadow root, as the element's UI. */
export interface AttachedView<E extends ReactiveElement> extends View {
  /** Made once per element, when the view is in: it adds its controllers to the element and draws it. */
  attach(host: ViewHost<E>): { render(): unknown };
}

/** What an element lends its view: itself, and its (protected) strings, failure lines and events. */
export interface ViewHost<E extends ReactiveElement> {
  readonly element: E;
  strings<T>(catalog: Catalog<T>): T;
  /** A shared failure line; '' until its catalog is in (the element renders again then). */
  failure(kind: keyof FailureMessages): string;
  /** A shared failure line once its catalog is in, else `fallback`. */
  loadedFailure(kind: keyof FailureMessages, fallback: string): Promise<string>;
  /** Fires one of the element's events. */
  emit<K extends keyof ScEventMap>(type: K, detail: DetailOf<K>): boolean;
}

/**
 * The heavy part of a widget (its rendering, stores and most styles), loaded with `import()`
 * when its element first connects, so a page that registers every element downloads it only
 * where the tag is used. Until it is in, the element draws its placeholder (which reserves the
 * widget's size). A failed load (offline) is tried again when the element connects again.
 */
export class LazyView<V extends View> implements ReactiveController {
  /** The module, once loaded. */
  value?: V;
  /** The last load failed: the element may say so instead of waiting forever. */
  failed = false;
  private loading?: Promise<void>;

  constructor(
    private readonly host: ReactiveElement,
    private readonly load: () => Promise<V>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.loading ??= this.load().then(
      (view) => {
        this.value = view;
        this.failed = false;
        // The element's own styles stay first, so a page's `::part` rules still win over the view's.
        const own = (this.host.constructor as typeof ReactiveElement).elementStyles;
        adoptStyles(this.host.renderRoot as ShadowRoot, [...own, ...view.styles]);
        this.host.requestUpdate();
      },
      () => {
        this.loading = undefined;
        this.failed = true;
        this.host.requestUpdate();
      },
    );
  }
}

/**
 * An AttachedView loaded on demand: the element renders `this.render(...)`, which is the view's
 * UI once it is in; until then a placeholder that keeps the element's reserved size and says it
 * is busy, or after a failed load an alert (tried again when the element connects again).
 */
export class LazyUi<E extends ReactiveElement> extends LazyView<AttachedView<E>> {
  private ui?: { render(): unknown };

  render(host: () => ViewHost<E>): unknown {
    if (this.value) return (this.ui ??= this.value.attach(host())).render();
    return this.failed ? html`<p part="message" role="alert">${host().failure('loadFailed')}</p>` : html`<div part="base" aria-busy="true">${nothing}</div>`;
  }
}
