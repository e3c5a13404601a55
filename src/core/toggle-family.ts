import type { Adapter, AdapterChange, BatchRead } from './adapter.js';
import { createFamily, type FamilyCore } from './family.js';
import { optimistic, type Writes } from './optimistic.js';

/** An on/off state with a count of everyone's: `{ count, liked }`, `{ count, inList }`. */
export type ToggleState<F extends string> = { readonly count: number } & { readonly [K in F]: boolean };

/** The live changes a toggle family hears: a new count, and the flag when it is this visitor's. */
type ToggleChange = Extract<AdapterChange, { readonly count: number }>;

export interface ToggleSpec<F extends string> {
  /** Outbox kind, and the kind of the adapter's live changes when it has some, e.g. `like`. */
  readonly kind: ToggleChange['kind'] | 'vote' | 'idea-vote';
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
 * A family of on/off states with a count (likes, wish lists, helpful votes) whose writes
 * are optimistic (src/core/optimistic.ts).
 */
export function createToggleFamily<F extends string>(spec: ToggleSpec<F>): ToggleFamily<ToggleState<F>> {
  type S = ToggleState<F>;
  const { kind, flag } = spec;
  const family = createFamily<S>({
    read: spec.read,
    // `state` with this visitor's unconfirmed toggle on top, counting them in or out; idempotent.
    // (A confirmed `on` state counts this visitor, so the count never goes below 0.)
    view(id, state) {
      const on = toggles.pending(id);
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
    keep: (id) => toggles.pending(id) !== undefined,
  });
  const toggles: Writes<boolean> = optimistic<boolean, S>({ kind, family, send: (adapter, { id, value }) => spec.write(adapter, id, value) });

  return { ...family, set: (id, on) => family.confirmed.has(id) && toggles.write(id, on) };
}
