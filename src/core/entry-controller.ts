import type { ReactiveElement } from 'lit';
import type { Entry, Family } from './family.js';
import { StoreController } from './store-controller.js';

/**
 * The entry of the host's product in a family: followed while the host is connected,
 * switched when `product-id` changes, and loaded once the host comes within a screen of
 * the viewport, so widgets far below the fold cost nothing until scrolled to. The
 * browser delivers every observer's entries in one task, so widgets that appear together
 * still share one batched read.
 */
export class EntryController<S> extends StoreController<Entry<S>> {
  private near = false;
  private observer?: IntersectionObserver;

  constructor(
    private readonly element: ReactiveElement & { productId: string },
    private readonly family: Family<S>,
  ) {
    super(element, family.get(''));
  }

  override hostConnected(): void {
    super.hostConnected();
    this.observer ??= new IntersectionObserver(
      ([entry]) => {
        if (!entry.isIntersecting) return;
        this.observer!.disconnect();
        this.near = true;
        this.element.requestUpdate();
      },
      { rootMargin: '100%' },
    );
    if (!this.near) this.observer.observe(this.element);
  }

  override hostDisconnected(): void {
    super.hostDisconnected();
    this.observer?.disconnect();
  }

  hostUpdate(): void {
    this.use(this.family.get(this.element.productId));
    if (this.near) this.family.load(this.element.productId);
  }
}
