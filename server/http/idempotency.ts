import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { Db, Sql } from '../db/db.js';
import { claimKey, type KeyUse, recordAnswer } from '../data/idempotency.js';
import { requireActor } from './actor.js';
import type { AppEnv } from './env.js';
import { HttpError } from './errors.js';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
/** Printable ASCII without spaces, long enough not to collide by chance: a UUID fits. */
export const IDEMPOTENCY_KEY = /^[\x21-\x7e]{8,128}$/;

/**
 * How a create takes an Idempotency-Key: `optional` (a request without one simply
 * creates), or `required` (orders, where a second order costs the shopper money).
 */
export type Idempotency = 'optional' | 'required';

/**
 * The request's key: the header, or for orders the body's `idempotencyKey` that older
 * clients send. Both given must agree.
 */
export function idempotencyKeyOf(c: Context<AppEnv>, body: unknown): string | undefined {
  const header = c.req.header(IDEMPOTENCY_HEADER);
  if (header !== undefined && !IDEMPOTENCY_KEY.test(header)) {
    throw new HttpError(400, 'invalid_request', `header ${IDEMPOTENCY_HEADER}: 8 to 128 printable characters without spaces`);
  }
  const inBody = (body as { idempotencyKey?: string } | undefined)?.idempotencyKey;
  if (header && inBody && header !== inBody) {
    throw new HttpError(400, 'invalid_request', `header ${IDEMPOTENCY_HEADER} and body.idempotencyKey differ`);
  }
  return header ?? inBody;
}

/** A route that takes a key: how, its operation (part of what a key asks for), and whether the shop calls it rather than a visitor. */
export interface IdempotentRoute {
  readonly how: Idempotency;
  readonly operationId: string;
  readonly shop: boolean;
}

/** Whose a key is: a visitor's (or customer's) on their routes; on the shop's, the team member's, or the secret key holder's. */
function keyOwner(c: Context<AppEnv>, shop: boolean): string {
  if (!shop) return requireActor(c);
  const member = c.get('member');
  return member ? `m:${member.id}` : 'shop';
}

/**
 * Runs a create once per key: the key is claimed, the create made and its answer recorded
 * in one transaction, so a retry, a double click or two copies of the request arriving
 * together answer the same and create once. The handler's own transactions (and every
 * query it makes through `c.get('db')`) join that one.
 */
export async function once<T>(c: Context<AppEnv>, route: IdempotentRoute, input: { params?: unknown; query?: unknown; body?: unknown }, create: () => Promise<T>): Promise<T> {
  const { how, operationId } = route;
  const key = idempotencyKeyOf(c, input.body);
  if (!key) {
    if (how === 'required') throw new HttpError(400, 'idempotency_key_required', `This route needs an ${IDEMPOTENCY_HEADER} header.`);
    return create();
  }
  // Uploaded bytes are part of the request by their hash.
  const { idempotencyKey: _, ...body } = (input.body instanceof Uint8Array ? { sha256: createHash('sha256').update(input.body).digest('base64url') } : (input.body ?? {})) as Record<string, unknown>;
  const request = createHash('sha256').update(JSON.stringify([operationId, input.params ?? null, input.query ?? null, body])).digest('base64url');
  const use: KeyUse = { site: c.get('site').id, actor: keyOwner(c, route.shop), key, request };
  const db = c.get('db');
  return db.transaction(async (tx) => {
    const earlier = await claimKey(tx, use);
    if (earlier) return earlier.answer as T;
    c.set('db', joined(tx, db));
    try {
      const answer = await create();
      await recordAnswer(tx, use, answer);
      return answer;
    } finally {
      c.set('db', db);
    }
  });
}

/** A Db whose transactions are parts of `tx`: what an idempotent create's handler runs on. */
function joined(tx: Sql, db: Db): Db {
  return { ...db, ...tx, transaction: (work) => work(tx) };
}
