import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { int8, int8OrNull } from '../../server/data/int8.js';

describe('int8', () => {
  it('reads a bigint column exactly, as pg (string) and PGlite (number or BigInt) answer it', () => {
    assert.equal(int8('9007199254740991'), Number.MAX_SAFE_INTEGER);
    assert.equal(int8('-9007199254740991'), Number.MIN_SAFE_INTEGER);
    assert.equal(int8(7_000_000_000_021), 7_000_000_000_021);
    assert.equal(int8(2n ** 31n), 2 ** 31);
    assert.equal(int8OrNull(null), null);
  });

  it('refuses what a JSON number cannot hold exactly, rather than rounding it', () => {
    for (const value of ['9007199254740992', '9007199254740993', 2n ** 63n - 1n, -(2n ** 53n)]) assert.throws(() => int8(value), RangeError, String(value));
  });
});
