import { randomInt } from 'node:crypto';

/**
 * Crockford's base32 without 0, 1 (and the I, L, O, U it already leaves out): nothing a
 * cashier or a shopper can misread. 12 of them are 30^12 ≈ 2^59 codes, unguessable.
 */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 12;
const CANONICAL = new RegExp(`^[${ALPHABET}]{${LENGTH}}$`);

/** A new code in its canonical form (12 characters, no separators). */
export const newCouponCode = (): string => Array.from({ length: LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');

/** A code as typed or scanned (any case, spaces, hyphens) to its canonical form; undefined when it cannot be one. */
export function canonicalCode(typed: string): string | undefined {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  return CANONICAL.test(code) ? code : undefined;
}

/** A canonical code as printed: groups of four, `ABCD-EFGH-JKMN`. */
export const printedCode = (code: string): string => code.match(/.{1,4}/g)!.join('-');
