import { atom, type ReadableAtom, type WritableAtom } from 'nanostores';
import type { Adapter, AdapterChange, BatchRead } from './adapter.js';
import { $settings, readyAdapter } from './config.js';
import type { ScError } from './errors.js';
import type { WriteHandler } from './outbox.js';
import { hasSavedWrites } from './outbox-saved.js';
import { onChange } from './live.js';

/** What a widget shows for one id. */
export interface Entry<S> {
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  /** Confirmed state with this visitor's unconfirmed write on top. */
  readonly value?: S;
  /** The last failure to load or save; `transient` tells a retry is under way. */
  readonly error?: ScError;
}

/** An on/off state with a count of everyone's: `{ count, liked }`, `{ count, inList }`. */
export type ToggleState<F extends string> = { readonly count: number } & { readonly [K in F]: boolean };

/** The live changes a toggle family hears: a new count, and the flag when it is this visitor's. */
type ToggleChange = Extract<AdapterChange, { readonly count: number }>;

export interface ToggleSpec<F extends string> {
  /** Outbox kind, and the kind of the adapter's live changes, e.g. `like`. */
  readonly kind: ToggleChange['kind'];
  /** The state's on/off field, e.g. `liked`. */
  readonly flag: F;
  read(adapter: Adapter): BatchRead<ToggleState<F>>;
  write(adapter: Adapter, id: string, on: boolean): Promise<ToggleState<F>>;
}

export interface ToggleFamily<S> {
  /** The store for one id; it loads nothing until `load(id)`. */
  get(id: string): ReadableAtom<Entry<S>>;
  /** Loads once; reads asked for in the same task share one adapter call. `retry` loads again after a failure. */
  load(id: string, retry?: boolean): void;
  /** Sets the toggle optimistically; the outbox confirms or rolls it back. */
  set(id: string, on: boolean): void;
}

/**
 * A store per id for an on/off state with a count (likes, wish lists): lazy reads
 * batched into one adapter call per task, optimistic writes through the outbox, live
 * changes from the adapter.
 */
export function createToggleFamily<F extends string>(spec: ToggleSpec<F>): ToggleFamily<ToggleState<F>> {
  type S = ToggleState<F>;
  const { kind, flag } = spec;
  /** `state` with the toggle set to `on`, counting this visitor in or out; idempotent. */
  const apply = (state: S, on: boolean): S =>
    state[flag] === on ? state : { ...state, [flag]: on, count: Math.max(0, state.count + (on ? 1 : -1)) };

  const entries = new Map<string, WritableAtom<Entry<S>>>();
  const confirmed = new Map<string, S>();
  /** This visitor's unconfirmed toggles, shown on top of the confirmed state. */
  const pending = new Map<string, boolean>();
  /** Ids asked for in this task: read together in one adapter call. */
  let batch = new Set<string>();
  /** Bumped when settings change, so answers from the previous backend are dropped. */
  let epoch = 0;

  function get(id: string): WritableAtom<Entry<S>> {
    let entry = entries.get(id);
    if (!entry) {
      entry = atom<Entry<S>>({ status: 'idle' });
      entries.set(id, entry);
    }
    return entry;
  }

  /** Recomputes what to show from the confirmed state and the pending write. */
  function show(id: string, patch: Partial<Entry<S>> = {}): void {
    const base = confirmed.get(id);
    const on = pending.get(id);
    const value = base !== undefined && on !== undefined ? apply(base, on) : base;
    const entry = get(id);
    entry.set({ ...entry.get(), value, ...patch });
  }

  function load(id: string, retry = false): void {
    const { status } = get(id).get();
    // '' is the store of an element that has no id yet: nothing to load.
    if (!id || (status !== 'idle' && !(retry && status === 'error'))) return;
    show(id, { status: 'loading' });
    // A macrotask, not a microtask: elements upgraded across several parser tasks'
    // microtasks, and IntersectionObserver callbacks, still land in one batch.
    if (!batch.size) setTimeout(readBatch);
    batch.add(id);
  }

  /** One adapter call for every id asked for since the last: 200 buttons, one request. */
  async function readBatch(): Promise<void> {
    const ids = [...batch];
    const started = epoch;
    batch = new Set();
    try {
      const found = await spec.read(await readyAdapter())(ids);
      if (started !== epoch) return;
      for (const id of ids) {
        if (!(id in found)) throw new Error(`No ${id}`);
        confirmed.set(id, found[id]);
        show(id, { status: 'ready', error: undefined });
      }
    } catch (failure) {
      // The error classes load only when something fails.
      const { toScError } = await import('./errors.js');
      if (started !== epoch) return;
      const error = toScError(failure);
      ids.filter((id) => !confirmed.has(id)).forEach((id) => show(id, { status: 'error', error }));
    }
  }

  function set(id: string, on: boolean): void {
    if (!confirmed.has(id)) return;
    pending.set(id, on);
    show(id, { error: undefined });
    const write = { kind, site: $settings.get().site, id, value: on };
    void outbox().then(({ enqueue }) => enqueue(write));
  }

  const writer: WriteHandler<boolean, S> = {
    send: (adapter, write) => spec.write(adapter, write.id, write.value),
    answered(write, settled, state, error) {
      // Answers about another site (the page switched sites meanwhile) are not this page's to show.
      if (write.site !== $settings.get().site) return;
      if (state !== undefined) confirmed.set(write.id, state);
      if (settled) pending.delete(write.id);
      show(write.id, { error });
    },
  };

  /** The outbox, loaded on the first write: read-only visitors never download it. */
  function outbox() {
    return import('./outbox.js').then((module) => (module.registerWriter(kind, writer), module));
  }

  // Writes a previous page left unconfirmed: show them and send them again.
  if (hasSavedWrites()) {
    void outbox().then(({ pendingWrites }) =>
      pendingWrites<boolean>(kind).forEach((write) => {
        pending.set(write.id, write.value);
        if (confirmed.has(write.id)) show(write.id);
      }),
    );
  }

  // A change made elsewhere: a new count, and this visitor's flag when the change carries it.
  onChange((change) => {
    if (change.kind !== kind) return;
    const { productId, count } = change as ToggleChange;
    const current = confirmed.get(productId);
    if (!current) return;
    const own = (change as ToggleChange & Partial<Record<F, boolean>>)[flag];
    confirmed.set(productId, { ...current, count, [flag]: own ?? current[flag] });
    show(productId);
  });

  // Another adapter, site or customer: what was loaded no longer holds.
  let previous = $settings.get();
  $settings.listen((settings) => {
    const stale = (['adapter', 'site', 'userToken'] as const).some((key) => settings[key] !== previous[key]);
    // Another site's unconfirmed writes stay in the outbox, sent when that site is back.
    if (settings.site !== previous.site) pending.clear();
    previous = settings;
    if (!stale) return;
    epoch++;
    confirmed.clear();
    for (const [id, entry] of entries) {
      entry.set({ status: 'idle' });
      // Only what is on screen (subscribed): detached widgets load again when they return.
      if (entry.lc) load(id);
    }
  });

  return { get, load, set };
}
