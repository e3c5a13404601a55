import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { z } from 'zod';
import type { AppEnv } from './env.js';
import { HttpError } from './errors.js';

/** The key cursors are signed with, made from the server's key so that every copy shares it. */
export const cursorKey = (serverKey: string): Buffer => createHmac('sha256', serverKey).update('page cursors').digest();

/**
 * Opaque page cursors: base64url JSON and a MAC of it and the site, which the client
 * hands back unchanged. Only cursors a server with the same key gave out for the same
 * site are read, so no made-up value (a number past bigint, another sort's key) ever
 * reaches a query. The key and the site come from the request's context.
 */
export function encodeCursor(c: Context<AppEnv>, value: unknown): string {
  const payload = Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${payload}.${mac(c, payload).toString('base64url')}`;
}

export function decodeCursor<T extends z.ZodType>(c: Context<AppEnv>, schema: T, cursor: string): z.output<T> {
  const [payload = '', tag = '', ...rest] = cursor.split('.');
  const expected = mac(c, payload);
  const given = Buffer.from(tag, 'base64url');
  const signed = rest.length === 0 && given.length === expected.length && timingSafeEqual(given, expected);
  const value = signed ? schema.safeParse(parseJson(Buffer.from(payload, 'base64url').toString())) : undefined;
  if (!value?.success) throw new HttpError(400, 'invalid_cursor', 'The cursor is not one this server gave out.');
  return value.data;
}

/** 128 bits of HMAC-SHA256: forging one is hopeless, and cursors stay short. */
function mac(c: Context<AppEnv>, payload: string): Buffer {
  return createHmac('sha256', c.var.cursorKey).update(`${c.var.site.id}\n${payload}`).digest().subarray(0, 16);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
