import type { Context } from 'hono';
import type { AppEnv } from './env.js';

/**
 * Who signs what a shop route writes, stored with it as a snapshot (`member_id`,
 * `member_name`, `member_role`) so an answer keeps its author's name after they leave.
 * All null for the site's secret key: the shop itself.
 */
export interface Signature {
  readonly memberId: string | null;
  readonly name: string | null;
  readonly role: string | null;
}

export function signatureOf(c: Context<AppEnv>): Signature {
  const member = c.get('member');
  return { memberId: member?.id ?? null, name: member?.name ?? null, role: member?.role ?? null };
}

/** A stored signature as answered (schema `SignedBy`): the member's name and role, or null for the shop. */
export const signedBy = (name: string | null, role: string | null): { name: string; role: string } | null =>
  name === null ? null : { name, role: role ?? '' };
