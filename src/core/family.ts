import { atom, type ReadableAtom, type WritableAtom } from 'nanostores';
import type { Adapter, AdapterChange, BatchRead } from './adapter.js';
import { $settings, readyAdapter } from './config.js';
import type { ScError } from './errors.js';
import { onChange } from './live.js';

/** What a widget shows for one id. */
export interface Entry<S> {
  readonly status: 'idle' | 'loading' | 'ready' | 'error';
  /** The confirmed state, with this visitor's unconfirmed change on top. */
  readonly value?: S;
  /** The last failure to load or save; `transient` tells a retry is under way. */
  readonly error?: ScError;
}

/** How long an id no element shows stays, for an element that moves in the page. */
const FORGET_AFTER_MS = 1000;

export interface FamilySpec<S> {
  /** The adapter's batched read; a promise when its section loads on first use. */
  read(adapter: Adapter): BatchRead<S> | Promise<BatchRead<S>>;
  /** The id a live change is about and its new confirmed state; nothing when the change is not this family's. */
  changed(change: AdapterChange, confirmed: ReadonlyMap<string, S>): [id: string, state: S] | false | undefined;
  /** What to show for a confirmed state, e.g. with this visitor's unconfirmed change on top. */
  view(id: string, confirmed: S): S;
  /** Ids to keep while no element shows them, e.g. with a write the backend has not confirmed. */
  keep?(id: string): boolean;
}

export interface Family<S> {
  /** The store for one id; it loads nothing until `load(id)`. */
  get(id: string): ReadableAtom<Entry<S>>;
  /** Loads once; reads asked for in the same task share one adapter call. `retry` loads again after a failure. */
  load(id: string, retry?: boolean): void;
}

/** What a layer on top of a family (optimistic toggles) works with. */
export interface FamilyCore<S> extends Family<S> {
  readonly confirmed: Map<string, S>;
  /** Recomputes what one id shows, with `patch` applied. */
  show(id: string, patch?: Partial<Entry<S>>): void;
}

/**
 * A store per id (a product's likes, its rating summary): lazy reads batched into one
 * adapter call per task, live changes from the adapter, everything reloaded when the
 * backend, the site or the customer changes. An id no element shows any more is forgotten,
 * so a single-page app that shows thousands of products keeps only those on screen.
 */
export function createFamily<S>(spec: FamilySpec<S>): FamilyCore<S> {
  const entries = new Map<string, WritableAtom<Entry<S>>>();
  const confirmed = new Map<string, S>();
  /** Ids asked for in this task: read together in one adapter call. */
  let batch = new Set<string>();
  /** Bumped when settings change, so answers from the previous backend are dropped. */
  let epoch = 0;

  function get(id: string): WritableAtom<Entry<S>> {
    let entry = entries.get(id);
    if (!entry) {
      const created = (entry = atom<Entry<S>>({ status: 'idle' }));
      entries.set(id, created);
      // When the last listener leaves: forgotten, unless shown again meanwhile (an element
      // moved in the page) or holding a write the backend has not confirmed.
      created.off = () =>
        setTimeout(() => created.lc || entries.get(id) !== created || spec.keep?.(id) || (entries.delete(id), confirmed.delete(id)), FORGET_AFTER_MS);
    }
    return entry;
  }

  function show(id: string, patch: Partial<Entry<S>> = {}): void {
    const base = confirmed.get(id);
    const entry = get(id);
    entry.set({ ...entry.get(), value: base === undefined ? base : spec.view(id, base), ...patch });
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
      const found = await (await spec.read(await readyAdapter()))(ids);
      if (started !== epoch) return;
      // An id the answer lacks breaks the adapter's contract: it and the rest fail.
      for (const id of ids) {
        if (!(id in found)) throw new Error(id);
        // Forgotten while loading: no one shows it.
        if (!entries.has(id)) continue;
        confirmed.set(id, found[id]);
        show(id, { status: 'ready', error: undefined });
      }
    } catch (failure) {
      // The error classes load only when something fails.
      const { toScError } = await import('./errors.js');
      if (started !== epoch) return;
      const error = toScError(failure);
      ids.filter((id) => entries.has(id) && !confirmed.has(id)).forEach((id) => show(id, { status: 'error', error }));
    }
  }

  onChange((change) => {
    const found = spec.changed(change, confirmed);
    if (!found || !confirmed.has(found[0])) return;
    confirmed.set(...found);
    show(found[0]);
  });

  // Another adapter, site or customer: what was loaded no longer holds.
  let previous = $settings.get();
  $settings.listen((settings) => {
    const stale = (['adapter', 'site', 'userToken'] as const).some((key) => settings[key] !== previous[key]);
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

  return { get, load, show, confirmed };
}
