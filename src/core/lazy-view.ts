import { adoptStyles, type CSSResultOrNative, type ReactiveController, type ReactiveElement } from 'lit';

/** What a widget's on-demand module gives its element: the styles it draws with. */
export interface View {
  readonly styles: readonly CSSResultOrNative[];
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
