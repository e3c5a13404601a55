import { z } from 'zod';
import { HttpError } from './errors.js';

/** Opaque page cursors: base64url JSON that the client hands back unchanged. */
export const encodeCursor = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

export function decodeCursor<T extends z.ZodType>(schema: T, cursor: string): z.output<T> {
  try {
    return schema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString()));
  } catch {
    throw new HttpError(400, 'invalid_cursor', 'The cursor is not one this server gave out.');
  }
}
