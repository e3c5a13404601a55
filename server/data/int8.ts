/** A bigint column's value as the driver answers it. */
export type Int8 = string | number | bigint;

/**
 * A bigint column's value as a JS number, exactly: pg answers int8 as a string, PGlite as a
 * number (or a BigInt beyond 2^53). The schemas keep amounts below 2^53, so a larger one is a
 * bug to surface, never a value to round.
 */
export function int8(value: Int8): number {
  const exact = BigInt(value);
  if (exact > BigInt(Number.MAX_SAFE_INTEGER) || exact < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`${exact} is beyond Number.MAX_SAFE_INTEGER`);
  }
  return Number(exact);
}

/** `int8` for a nullable column. */
export const int8OrNull = (value: Int8 | null): number | null => (value === null ? null : int8(value));
