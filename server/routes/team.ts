import { z } from 'zod';
import { createMember, listMembers, type MemberRecord, revokeMember } from '../data/team.js';
import { endpoint } from '../http/endpoint.js';
import { HttpError } from '../http/errors.js';
import { ServerId } from '../schemas/common.js';
import { Member, MemberDraft, NewMember } from '../schemas/team.js';

const membersPath = '/v1/sites/{site}/members';

/** A member as the team routes answer them: never the credential, which only its hash is kept of. */
const shown = ({ revokedAt, ...member }: MemberRecord): z.input<typeof Member> => ({ ...member, scopes: [...member.scopes] });

export const listTeam = endpoint(
  {
    method: 'get',
    path: membersPath,
    operationId: 'listMembers',
    tag: 'team',
    summary: 'The site\'s team members, oldest first (revoked ones left out)',
    auth: 'member:team',
    status: 200,
    response: z.object({ members: z.array(Member) }).meta({ id: 'MemberList' }),
  },
  async (c) => ({ members: (await listMembers(c.get('db'), c.get('site').id)).filter((member) => !member.revokedAt).map(shown) }),
);

export const whoAmI = endpoint(
  {
    method: 'get',
    path: `${membersPath}/me`,
    operationId: 'readOwnMember',
    tag: 'team',
    summary: 'The team member a credential belongs to: what the seller console signs in with',
    description: '`member` is null for the site\'s secret key, which is no one\'s.',
    auth: 'member',
    status: 200,
    response: z.object({ member: Member.omit({ createdAt: true }).nullable() }).meta({ id: 'OwnMember' }),
  },
  async (c) => {
    const member = c.get('member');
    return { member: member ? { ...member, scopes: [...member.scopes] } : null };
  },
);

export const addMember = endpoint(
  {
    method: 'post',
    path: membersPath,
    operationId: 'addMember',
    tag: 'team',
    summary: 'Add a team member; answers their credential, this once',
    auth: 'member:team',
    body: MemberDraft,
    status: 201,
    response: NewMember,
  },
  async (c, { body }) => {
    const { member, credential } = await c.get('db').transaction((tx) => createMember(tx, c.get('site').id, body));
    return { member: shown(member), credential };
  },
);

export const removeMember = endpoint(
  {
    method: 'delete',
    path: `${membersPath}/{memberId}`,
    operationId: 'revokeMember',
    tag: 'team',
    summary: 'Revoke a team member\'s credential: it stops working on the next request',
    description: 'What the member wrote keeps their name and role. Revoking again changes nothing.',
    auth: 'member:team',
    params: z.object({ memberId: ServerId }),
    status: 204,
  },
  async (c, { params }) => {
    const revoked = await c.get('db').transaction((tx) => revokeMember(tx, c.get('site').id, params.memberId));
    if (!revoked) throw new HttpError(404, 'member_not_found', 'No such member of this site.');
  },
);
