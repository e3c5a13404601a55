import type { ReactiveController, ReactiveElement } from 'lit';
import type { Entry, Family } from './family.js';

/**
 * The entries of several ids of a family, e.g. the products of a cart's lines: followed
 * while the host is connected and loaded together, so they cost one batched read.
 */
export class EntriesController<S> implements ReactiveController {
  private ids: readonly string[] = [];
  private stops: (() => void)[] = [];

  constructor(
    private readonly host: ReactiveElement,
    private readonly family: Family<S>,
  ) {
    host.addController(this);
  }

  /** Follows these ids from now on. */
  follow(ids: readonly string[]): void {
    if (ids.join('\n') === this.ids.join('\n')) return;
    this.ids = ids;
    if (this.host.isConnected) this.hostDisconnected(), this.hostConnected();
  }

  get(id: string): Entry<S> {
    return this.family.get(id).get();
  }

  hostConnected(): void {
    this.stops = this.ids.map((id) => {
      this.family.load(id);
      return this.family.get(id).listen(() => this.host.requestUpdate());
    });
  }

  hostDisconnected(): void {
    this.stops.forEach((stop) => stop());
    this.stops = [];
  }
}
