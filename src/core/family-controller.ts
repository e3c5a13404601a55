import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Entry, Family } from './family.js';

/**
 * Many entries of one family for a host that lists things (a wish list's products):
 * each id asked for is loaded (all in one batched read) and followed while the host is
 * connected; ids no longer asked for are let go.
 */
export class FamilyController<S> implements ReactiveController {
  private readonly followed = new Map<string, () => void>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly family: Family<S>,
  ) {
    host.addController(this);
  }

  /** The entries of `ids`, in order; call it from `render()`. */
  entries(ids: readonly string[]): Entry<S>[] {
    const wanted = new Set(ids);
    for (const [id, stop] of this.followed) if (!wanted.has(id)) (stop(), this.followed.delete(id));
    for (const id of wanted) {
      if (this.followed.has(id)) continue;
      // `listen`, not `subscribe`: the host renders this value now, and again on each change.
      this.followed.set(id, this.family.get(id).listen(() => this.host.requestUpdate()));
      this.family.load(id);
    }
    return ids.map((id) => this.family.get(id).get());
  }

  hostConnected(): void {
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.followed.forEach((stop) => stop());
    this.followed.clear();
  }
}
