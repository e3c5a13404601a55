import type { Adapter, AdapterChange } from './adapter.js';

type ChangeListener = (change: AdapterChange) => void;

const listeners = new Set<ChangeListener>();
let watched: Adapter | undefined;
let stopWatching: (() => void) | undefined;

/** Hears every change the current adapter pushes. */
export function onChange(listener: ChangeListener): void {
  listeners.add(listener);
}

/** Keeps one live subscription, on the adapter in use. */
export function watchAdapter(adapter: Adapter): void {
  if (adapter === watched) return;
  stopWatching?.();
  watched = adapter;
  stopWatching = adapter.watch?.((change) => listeners.forEach((listener) => listener(change)));
}
