import { createMember, type Scope } from '../../../server/data/team.js';
import type { TestServer, TestSite } from './server.js';

/** A new team member of `site` with `scopes`, as the site holder would add them; answers the Authorization header their console sends. */
export async function member(
  server: Pick<TestServer, 'services'>,
  site: TestSite,
  scopes: readonly Scope[],
  who: { name: string; role: string } = { name: 'Carolien', role: 'webcare team' },
): Promise<{ id: string; headers: Record<string, string> }> {
  const { member, credential } = await server.services.db.transaction((tx) => createMember(tx, site.id, { ...who, scopes }));
  return { id: member.id, headers: { Authorization: `Bearer ${credential}` } };
}
