import type { BatchRead } from './adapter.js';

/**
 * A batched read that leaves unknown ids out (catalog, polls), as one that answers `null`
 * for them: a family wants every id it asked for, and a widget shows "not found".
 */
export const nullForUnknown =
  <S>(read: BatchRead<S>): BatchRead<S | null> =>
  async (ids) => {
    const found = await read(ids);
    return Object.fromEntries(ids.map((id) => [id, found[id] ?? null]));
  };
