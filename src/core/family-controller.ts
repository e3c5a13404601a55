import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Entry, Family } from './family.js';

/**
 * Many entries of one family for a host that lists things (a wish list's or a cart's
 * products, a thread's votes): each id asked for is loaded (all in one batched read) and
 * followed while the host is connected; ids no longer asked for are let go. Following
 * more ids subscribes only to the new ones (a thread grows to thousands of reviews).
 */
export class FamilyController<S> implements ReactiveController {
  private readonly followed = new Map<string, () => void>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly family: Family<S>,
  ) {
    host.addController(this);
  }

  /** Follows these ids and no others; call it on each update, as the host's ids may change. */
  follow(ids: readonly string[]): void {
    const wanted = new Set(ids);
    for (const [id, stop] of this.followed) if (!wanted.has(id)) (stop(), this.followed.delete(id));
    for (const id of wanted) {
      if (this.followed.has(id)) continue;
      // `listen`, not `subscribe`: the host renders this value now, and again on each change.
      this.followed.set(id, this.family.get(id).listen(() => this.host.requestUpdate()));
      this.family.load(id);
    }
  }

  get(id: string): Entry<S> {
    return this.family.get(id).get();
  }

  /** The entries of `ids`, in order, followed from now on; call it from `render()`. */
  entries(ids: readonly string[]): Entry<S>[] {
    this.follow(ids);
    return ids.map((id) => this.get(id));
  }

  hostConnected(): void {
    // Followed again by the update this asks for.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.followed.forEach((stop) => stop());
    this.followed.clear();
  }
}
