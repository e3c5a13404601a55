import type { Context } from 'hono';
import type { AppEnv } from './env.js';

/** Stand-in until team members land on main (contract §1): the secret key signs as the shop. */
export const signatureOf = (_c: Context<AppEnv>): { memberId: string | null; name: string | null; role: string | null } => ({ memberId: null, name: null, role: null });
