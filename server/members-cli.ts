import { parseArgs } from 'node:util';
import { fail, reach } from './admin/reach.js';
import { readConfig } from './config.js';
import { createMember, listMembers, revokeMember } from './data/team.js';
import type { Db } from './db/db.js';
import { MemberDraft } from './schemas/team.js';
import { SiteId } from './sites/settings.js';
import { readSite } from './sites/sites.js';

/**
 * The site holder's team commands (the first member, before anyone can sign in to the
 * seller console):
 *   npm run member -- add <site> --name NAME --role ROLE --scopes answer,moderate [--server URL]
 *   npm run member -- list <site> [--server URL]
 *   npm run member -- revoke <site> <member id> [--server URL]
 * `add` prints the member's credential once. Where it makes the change: server/admin/reach.ts.
 */
const usage = `usage: npm run member -- add <site> --name NAME --role ROLE --scopes answer,moderate,… [--server URL]
       npm run member -- list <site> [--server URL]
       npm run member -- revoke <site> <member id> [--server URL]`;

const { positionals, values } = (() => {
  try {
    return parseArgs({ allowPositionals: true, options: { name: { type: 'string' }, role: { type: 'string' }, scopes: { type: 'string' }, server: { type: 'string' } } });
  } catch (error) {
    return fail(`${(error as Error).message}\n${usage}`, 2);
  }
})();
const [command, site, memberId, ...extra] = positionals;
if (!site || extra.length || !(command === 'add' || command === 'list' || command === 'revoke') || (command === 'revoke') !== (memberId !== undefined)) fail(usage, 2);
const validSite = SiteId.safeParse(site);
if (!validSite.success) fail(`${JSON.stringify(site)}: ${validSite.error.issues[0]!.message}`, 2);

const config = readConfig(process.env, []);
const serverUrl = values.server ?? process.env.SC_SERVER_URL;
const path = `sites/${site}/members`;

/** In the database, the site must exist; through the server, the admin route says so. */
const onSite = <T>(run: (db: Db) => Promise<T>) => async (db: Db): Promise<T> => {
  if (!(await readSite(db, site))) fail(`no site ${site}`);
  return run(db);
};

if (command === 'add') {
  const parsed = MemberDraft.safeParse({ name: values.name, role: values.role, scopes: values.scopes?.split(',').map((scope) => scope.trim()) });
  if (!parsed.success) fail(parsed.error.issues.map((issue) => `--${String(issue.path[0])}: ${issue.message}`).join('\n'), 2);
  const added = await reach(config, serverUrl, { method: 'POST', path, body: parsed.data }, onSite((db) => db.transaction((tx) => createMember(tx, site, parsed.data))));
  console.log(`added ${added.member.name} (${added.member.role}) to ${site}: member ${added.member.id}, scopes ${added.member.scopes.join(', ')}`);
  console.log(`credential (give it to ${added.member.name} alone; it is not shown again): ${added.credential}`);
} else if (command === 'list') {
  const { members } = await reach(config, serverUrl, { method: 'GET', path }, onSite(async (db) => ({ members: await listMembers(db, site) })));
  for (const member of members.filter((each) => !each.revokedAt)) console.log(`${member.id}\t${member.name}\t${member.role}\t${member.scopes.join(',')}`);
} else {
  const { revoked } = await reach(config, serverUrl, { method: 'DELETE', path: `${path}/${encodeURIComponent(memberId!)}` }, onSite(async (db) => ({ revoked: await db.transaction((tx) => revokeMember(tx, site, memberId!)) })));
  if (!revoked) fail(`no member ${memberId} on ${site} (or already revoked)`);
  console.log(`revoked ${memberId}: their credential no longer works`);
}
