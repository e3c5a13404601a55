import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Sql } from '../db/db.js';
import { newId } from '../ids.js';

/** What a member may do: answer (questions, reviews, ideas), moderate, change the catalog, polls and coupon campaigns, read insights, manage the team, redeem coupons at a till. */
export const SCOPES = ['answer', 'moderate', 'catalog', 'insights', 'team', 'till'] as const;
export type Scope = (typeof SCOPES)[number];

/** A team member as the routes see them. */
export interface Member {
  readonly id: string;
  readonly name: string;
  /** Their role in the shop's words ("webcare team"), shown with what they sign. */
  readonly role: string;
  readonly scopes: readonly Scope[];
}

export interface MemberRecord extends Member {
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

/** `scm_<member id>_<secret>`: the id finds the row, the secret is checked against its hash. */
const CREDENTIAL = /^scm_(tm_[\w-]{16})_([\w-]{43})$/;

const hash = (secret: string): string => createHash('sha256').update(secret).digest('hex');

interface MemberRow {
  id: string;
  name: string;
  role: string;
  scopes: Scope[];
  key_hash: string;
  created_at: Date;
  revoked_at: Date | null;
}

const record = (row: MemberRow): MemberRecord => ({
  id: row.id,
  name: row.name,
  role: row.role,
  scopes: row.scopes,
  createdAt: row.created_at.toISOString(),
  revokedAt: row.revoked_at?.toISOString() ?? null,
});

/** Adds a member; the credential is answered this once and never stored. */
export async function createMember(tx: Sql, site: string, draft: Pick<Member, 'name' | 'role' | 'scopes'>): Promise<{ member: MemberRecord; credential: string }> {
  const id = newId('tm');
  const secret = randomBytes(32).toString('base64url');
  const [row] = await tx.query<MemberRow>(
    'INSERT INTO team_members (site_id, id, name, role, scopes, key_hash) VALUES ($1, $2, $3, $4, $5, $6) RETURNING *',
    [site, id, draft.name, draft.role, [...new Set(draft.scopes)], hash(secret)],
  );
  return { member: record(row!), credential: `scm_${id}_${secret}` };
}

/** Revokes a member's credential at once; false when the site has no such member. */
export async function revokeMember(tx: Sql, site: string, id: string): Promise<boolean> {
  const rows = await tx.query('UPDATE team_members SET revoked_at = coalesce(revoked_at, now()) WHERE site_id = $1 AND id = $2 RETURNING id', [site, id]);
  return rows.length > 0;
}

/** The site's members, revoked ones too (their answers still carry their names), oldest first. */
export async function listMembers(sql: Sql, site: string): Promise<MemberRecord[]> {
  const rows = await sql.query<MemberRow>('SELECT * FROM team_members WHERE site_id = $1 ORDER BY created_at, id', [site]);
  return rows.map(record);
}

/** The member a credential belongs to, unless it is malformed, unknown, for another site or revoked. */
export async function memberByCredential(sql: Sql, site: string, credential: string): Promise<Member | undefined> {
  const [, id, secret] = CREDENTIAL.exec(credential) ?? [];
  if (!id || !secret) return undefined;
  const [row] = await sql.query<MemberRow>('SELECT * FROM team_members WHERE site_id = $1 AND id = $2 AND revoked_at IS NULL', [site, id]);
  if (!row || !timingSafeEqual(Buffer.from(row.key_hash, 'hex'), Buffer.from(hash(secret), 'hex'))) return undefined;
  const { createdAt, revokedAt, ...member } = record(row);
  return member;
}
