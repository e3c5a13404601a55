import fc from 'fast-check';

/** Text that looks like nothing a form would send: what a hostile client tries first. */
const STRINGS = [
  '', ' ', '\u0000', 'a\u0000b', '%00', '\ud800', 'x\ud800', '\udc00x', '\udfff\ud800', '\ufffe', '\uffff', '\u{10ffff}',
  '\u202eevil', 'abc\u202edcba', '\u200b', '\u200d', '\ufeff', 'مرحبا', 'שלום', 'e\u0301'.repeat(50), '👍🏽', '\r\n', '\t', '\u0001', '\u007f',
  '../', '../../etc/passwd', '..\\..\\', '/', '.', '..', 'a/b', '?x=1', '#frag', '%', '%zz',
  "' OR 1=1 --", '"; DROP TABLE sites; --', '$1', '\\', '\\u0000', '<script>alert(1)</script>', '{{7*7}}', '%s%n',
  'NaN', 'Infinity', '-Infinity', '1e309', '-1', '0', '-0', '00', '0x10', '1_000', ' 1 ', '1.5', '9'.repeat(30), '-9223372036854775809', '18446744073709551616',
  'true', 'null', '[]', '{}', 'x'.repeat(129), 'x'.repeat(5001), 'é'.repeat(20_000), 'x'.repeat(100_000),
];

/** Past the 16-, 32- and 53-bit edges, negative, fractional, and too large for any integer. */
const NUMBERS = [
  0, -1, 1.5, -0.5, 2 ** 15, 2 ** 31 - 1, 2 ** 31, 2 ** 31 + 1, -(2 ** 31) - 1, 2 ** 32, 2 ** 40, 1e15, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 53, 2 ** 63, 1e21, 1e308, -1e308, Number.MIN_VALUE,
];

/** Strings a URL may carry that no encoder would make: broken escapes, overlong UTF-8. */
export const RAW_URL = ['%', '%zz', '%C0%80', '%FF', '%ED%A0%80', '..%2F', '%2e%2e%2f', '%u0000', '%E2%80%AE'];

/** A value whose text is at least partly hostile. */
export const hostileString = fc.oneof(
  { arbitrary: fc.constantFrom(...STRINGS), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 12 }), weight: 1 },
  { arbitrary: fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit)), minLength: 1, maxLength: 3 }), weight: 1 },
  { arbitrary: fc.tuple(fc.constantFrom('p1', 'ok', ''), fc.constantFrom('\u0000', '\ud800', '\udc00', '\u202e', '\u200b')).map(([valid, bad]) => valid + bad), weight: 2 },
);

export const hostileNumber = fc.oneof({ arbitrary: fc.constantFrom(...NUMBERS), weight: 4 }, fc.maxSafeInteger(), fc.integer(), fc.double());

/** Any JSON value a field might be replaced with: hostile text, odd numbers, wrong types. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: hostileString, weight: 6 },
  { arbitrary: hostileNumber, weight: 3 },
  { arbitrary: fc.constantFrom(null, true, false, [], {}, [null], [[]], { a: 1 }), weight: 2 },
  { arbitrary: hostileString.map((text) => [text]), weight: 1 },
  { arbitrary: hostileString.map((text) => ({ [text]: text })), weight: 1 },
);

/** Bodies that are not the JSON a route expects, sent as they are. */
export const RAW_BODIES = ['', 'not json', '{', '{"a":1}}', 'null', '[]', '"x"', '1e999', '{"__proto__":{"polluted":1}}', '['.repeat(8000) + ']'.repeat(8000), '{"x":"\\ud800"}', '{"x":"\\u0000"}'];

/** Hostile text a column cannot store: NUL or an unpaired surrogate. */
export const unstorable = (text: string): boolean => /\0|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);

/** True when any string or key inside `value` passes `test`. */
function holds(value: unknown, test: (text: string) => boolean): boolean {
  if (typeof value === 'string') return test(value);
  if (!value || typeof value !== 'object') return false;
  return Object.entries(value).some(([key, inner]) => test(key) || holds(inner, test));
}

export const holdsUnstorable = (value: unknown): boolean => holds(value, unstorable);
/** NUL survives a URL; an unpaired surrogate does not (its bytes are no UTF-8, so servers keep the escape as text). */
export const holdsNul = (value: unknown): boolean => holds(value, (text) => text.includes('\0'));

/**
 * Percent-encodes text for a URL as a hostile client would, unpaired surrogates included
 * (as the three bytes UTF-8 would give them, which no decoder accepts).
 */
export function percentEncode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const pair = unit >= 0xd800 && unit <= 0xdbff && /[\udc00-\udfff]/.test(text[i + 1] ?? '');
    if (pair) out += encodeURIComponent(text.slice(i, ++i + 1));
    else if (unit >= 0xd800 && unit <= 0xdfff) out += [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)].map((byte) => `%${byte.toString(16).toUpperCase()}`).join('');
    else out += encodeURIComponent(text[i]!);
  }
  return out;
}

/** A hostile value for a field that holds `valid`: mostly of its own type, where the subtle failures are. */
export function hostileFor(valid: unknown): fc.Arbitrary<unknown> {
  const own = typeof valid === 'number' ? hostileNumber : typeof valid === 'string' ? hostileString : undefined;
  return own ? fc.oneof({ arbitrary: own, weight: 3 }, { arbitrary: hostileValue, weight: 1 }) : hostileValue;
}
