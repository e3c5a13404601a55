/**
 * A key no one else picks, e.g. for idempotency: always 31 characters, as servers ask
 * for at least 8. `crypto.randomUUID` needs https; this works on any page.
 */
export const randomKey = (): string => Array.from(crypto.getRandomValues(new Uint32Array(4)), (part) => part.toString(36).padStart(7, '0')).join('-');
