import { z } from 'zod';
import { createMember, listMembers, revokeMember } from '../data/team.js';
import { endpoint } from '../http/endpoint.js';
import { HttpError } from '../http/errors.js';
import { ServerId } from '../schemas/common.js';
import { Member, MemberDraft, NewMember } from '../schemas/team.js';

const membersPath = '/v1/sites/{site}/members';

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
  async (c) => ({ members: await listMembers(c.get('db'), c.get('site').id) }),
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
  async (c, { body }) => c.get('db').transaction((tx) => createMember(tx, c.get('site').id, body)),
);

export const removeMember = endpoint(
  {
    method: 'delete',
    path: `${membersPath}/{memberId}`,
    operationId: 'revokeMember',
    tag: 'team',
    summary: 'Revoke a team member\'s credential: it stops working on the next request',
    description: 'What the member wrote keeps their name and role.',
    auth: 'member:team',
    params: z.object({ memberId: ServerId }),
    status: 204,
  },
  async (c, { params }) => {
    const revoked = await c.get('db').transaction((tx) => revokeMember(tx, c.get('site').id, params.memberId));
    if (!revoked) throw new HttpError(404, 'member_not_found', 'No such member of this site (or already revoked).');
  },
);
