import type { Adapter, AdapterChange, BatchRead } from './adapter.js';
import { $settings } from './config.js';
import { createFamily, type FamilyCore } from './family.js';
import { hasSavedWrites } from './outbox-saved.js';
import type { ToggleSender } from './toggle-writes.js';

/** An on/off state with a count of everyone's: `{ count, liked }`, `{ count, inList }`. */
export type ToggleState<F extends string> = { readonly count: number } & { readonly [K in F]: boolean };

/** The live changes a toggle family hears: a new count, and the flag when it is this visitor's. */
type ToggleChange = Extract<AdapterChange, { readonly count: number }>;

export interface ToggleSpec<F extends string> {
  /** Outbox kind, and the kind of the adapter's live changes when it has some, e.g. `like`. */
  readonly kind: ToggleChange['kind'] | 'vote';
  /** The state's on/off field, e.g. `liked`. */
  readonly flag: F;
  read(adapter: Adapter): BatchRead<ToggleState<F>> | Promise<BatchRead<ToggleState<F>>>;
  write(adapter: Adapter, id: string, on: boolean): Promise<ToggleState<F>>;
}

/** A toggle family; `confirmed` and `show` let a store put a state the backend answered elsewhere. */
export interface ToggleFamily<S> extends FamilyCore<S> {
  /** Sets the toggle optimistically; the outbox confirms or rolls it back. */
  set(id: string, on: boolean): void;
}

/**
 * A family of on/off states with a count (likes, wish lists) whose writes are optimistic:
 * shown at once, kept in the outbox until the backend confirms, undone if it refuses.
 */
export function createToggleFamily<F extends string>(spec: ToggleSpec<F>): ToggleFamily<ToggleState<F>> {
  type S = ToggleState<F>;
  const { kind, flag } = spec;
  /** This visitor's unconfirmed toggles, shown on top of the confirmed state. */
  const pending = new Map<string, boolean>();
  const family = createFamily<S>({
    read: spec.read,
    // `state` with the toggle set to `on`, counting this visitor in or out; idempotent.
    // (A confirmed `on` state counts this visitor, so the count never goes below 0.)
    view(id, state) {
      const on = pending.get(id);
      return on === undefined || state[flag] === on
        ? state
        : { ...state, [flag]: on, count: state.count + (on ? 1 : -1) };
    },
    // A new count, and this visitor's flag when the change carries it.
    changed(change, confirmed) {
      if (change.kind !== kind) return;
      const { productId, count } = change as ToggleChange;
      const current = confirmed.get(productId);
      const own = (change as ToggleChange & Partial<Record<F, boolean>>)[flag];
      return current && [productId, { ...current, count, [flag]: own ?? current[flag] }];
    },
    // Another site's unconfirmed writes stay in the outbox, sent when that site is back.
    reset: (siteChanged) => siteChanged && pending.clear(),
  });

  function set(id: string, on: boolean): void {
    if (!family.confirmed.has(id)) return;
    pending.set(id, on);
    family.show(id, { error: undefined });
    // The site of the click, not of the moment the outbox has loaded.
    const { site } = $settings.get();
    void outbox().then((send) => send(id, on, site));
  }

  /** The outbox, loaded on the first write: read-only visitors never download it. */
  let connected: Promise<ToggleSender> | undefined;
  const outbox = () =>
    (connected ??= import('./toggle-writes.js').then(({ connectToggle }) => connectToggle(spec, family, pending)));

  // Writes a previous page left unconfirmed: show them and send them again.
  if (hasSavedWrites()) void outbox();

  return { ...family, set };
}
