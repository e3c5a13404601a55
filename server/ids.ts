import { randomBytes } from 'node:crypto';

/** An unguessable id for something the server creates, e.g. `rv_3q2…` for a review. */
export const newId = (prefix: string): string => `${prefix}_${randomBytes(12).toString('base64url')}`;
