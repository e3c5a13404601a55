import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReadableAtom } from 'nanostores';

/**
 * Renders its host whenever a store changes. Subscribes while the host is connected,
 * so an element removed and added again (client-side routing) keeps listening, and a
 * detached one holds nothing.
 */
export class StoreController<T> implements ReactiveController {
  value!: T;
  private unsubscribe?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private store: ReadableAtom<T>,
  ) {
    this.value = store.get();
    host.addController(this);
  }

  /** Follows another store, e.g. when `product-id` changes. */
  use(store: ReadableAtom<T>): void {
    if (store === this.store) return;
    this.store = store;
    this.value = store.get();
    if (this.unsubscribe) this.hostDisconnected(), this.hostConnected();
  }

  hostConnected(): void {
    this.unsubscribe = this.store.subscribe((value) => {
      this.value = value;
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}
