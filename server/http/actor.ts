import type { Context } from 'hono';
import type { AppEnv } from './env.js';

/**
 * Who acts: the signed-in customer when the shop vouched for one (so their likes follow
 * them across devices), else the anonymous visitor. Undefined with neither token.
 */
export function actorOf(c: Context<AppEnv>): string | undefined {
  const user = c.get('user');
  if (user) return `u:${user.sub}`;
  const visitor = c.get('visitor');
  return visitor && `v:${visitor}`;
}

/** For routes whose guard already required a visitor token. */
export function requireActor(c: Context<AppEnv>): string {
  const actor = actorOf(c);
  if (!actor) throw new Error('route without a visitor guard asked for an actor');
  return actor;
}
