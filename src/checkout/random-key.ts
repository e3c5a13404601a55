/** A key no one else picks, e.g. for idempotency. `crypto.randomUUID` needs https; this works on any page. */
export const randomKey = (): string => Array.from(crypto.getRandomValues(new Uint32Array(4)), (part) => part.toString(36)).join('-');
