import { HttpError } from './errors.js';

/** NUL, or half of a UTF-16 surrogate pair without the other half. */
const UNSTORABLE = /\0|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Refuses text PostgreSQL cannot store (text and jsonb refuse NUL and unpaired
 * surrogates): any string or object key in `value`, at any depth, with 400 naming the
 * field, e.g. `body.options.2.label`. Called on every input before its schema, so such
 * text never reaches a query and no route needs to think of it.
 */
export function refuseUnstorable(value: unknown, where: string): void {
  // A loop, not recursion: a 16 KiB body can nest 8,000 levels deep.
  const pending: [unknown, string][] = [[value, where]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [item, field] = next;
    if (typeof item === 'string') {
      if (UNSTORABLE.test(item)) throw unstorable(field);
    } else if (item && typeof item === 'object') {
      for (const [key, inner] of Object.entries(item)) {
        if (UNSTORABLE.test(key)) throw unstorable(`${field} (a key)`);
        pending.push([inner, `${field}.${key}`]);
      }
    }
  }
}

const unstorable = (field: string): HttpError =>
  new HttpError(400, 'invalid_request', `${field}: contains a NUL character or an unpaired surrogate, which no text field accepts`);
