import type { ReactiveElement } from 'lit';
import type { Entry, Family } from './family.js';
import { StoreController } from './store-controller.js';
import { whenNear } from './when-near.js';

/**
 * The entry of the host's product in a family: followed while the host is connected,
 * switched when `product-id` changes, and loaded once the host comes within a screen of
 * the viewport, so widgets far below the fold cost nothing until scrolled to. The
 * browser delivers every observer's entries in one task, so widgets that appear together
 * still share one batched read. A host with no product id by then says so in the console.
 */
export class EntryController<S> extends StoreController<Entry<S>> {
  private near = false;
  private stopWaiting?: () => void;

  constructor(
    private readonly element: ReactiveElement & { productId: string },
    private readonly family: Family<S>,
    /** False where the product id is optional (a share button shares the page without one). */
    private readonly needsId = true,
  ) {
    super(element, family.get(''));
  }

  override hostConnected(): void {
    super.hostConnected();
    if (!this.near) this.stopWaiting = whenNear(this.element, () => ((this.near = true), this.element.requestUpdate()));
  }

  override hostDisconnected(): void {
    super.hostDisconnected();
    this.stopWaiting?.();
  }

  hostUpdate(): void {
    const id = this.element.productId;
    this.use(this.family.get(id));
    if (!this.near) return;
    // (A family loads nothing for the id '' of a host without one.)
    this.family.load(id);
    // Loaded only on a page with this mistake.
    if (!id && this.needsId) void import('./warn-once.js').then(({ warnMissingId }) => warnMissingId(this.element, 'product-id'));
  }
}
