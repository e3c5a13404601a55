import type { ReactiveController, ReactiveElement } from 'lit';
import type { Entry, Family } from './family.js';

/**
 * The entries of several ids of a family, e.g. the products of a cart's lines or the votes
 * of a thread's reviews: followed while the host is connected, and loaded together, so they
 * cost one batched read. Following more ids later subscribes only to the new ones (a thread
 * grows to thousands of reviews a page at a time).
 */
export class EntriesController<S> implements ReactiveController {
  /** Each followed id, with what stops listening to it while the host is connected. */
  private readonly followed = new Map<string, (() => void) | undefined>();

  constructor(
    private readonly host: ReactiveElement,
    private readonly family: Family<S>,
  ) {
    host.addController(this);
  }

  /** Follows these ids from now on, and no others. */
  follow(ids: readonly string[]): void {
    const wanted = new Set(ids);
    for (const [id, stop] of this.followed) if (!wanted.has(id)) stop?.(), this.followed.delete(id);
    for (const id of wanted) if (!this.followed.has(id)) this.followed.set(id, this.host.isConnected ? this.listen(id) : undefined);
  }

  get(id: string): Entry<S> {
    return this.family.get(id).get();
  }

  hostConnected(): void {
    for (const id of this.followed.keys()) this.followed.set(id, this.listen(id));
  }

  hostDisconnected(): void {
    for (const [id, stop] of this.followed) stop?.(), this.followed.set(id, undefined);
  }

  private listen(id: string): () => void {
    this.family.load(id);
    return this.family.get(id).listen(() => this.host.requestUpdate());
  }
}
