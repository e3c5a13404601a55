import { z } from 'zod';
import { ServerId } from './common.js';
import { SCOPES } from '../data/team.js';

export const Scope = z.enum(SCOPES).describe('`answer`: answer reviews, questions and ideas; `moderate`: approve and hide reviews; `catalog`: products, prices, stock, orders and coupon campaigns; `insights`: figures and polls; `team`: add and revoke members; `till`: redeem coupons at a till.');

/** A name or role as shoppers read it beside an answer. */
const Shown = z.string().trim().min(1).max(60);

export const MemberDraft = z
  .strictObject({
    name: Shown.describe('Shown with each answer, e.g. "Carolien".'),
    role: Shown.describe('Shown after the name, e.g. "webcare team".'),
    scopes: z.array(Scope).min(1).max(SCOPES.length).refine((scopes) => new Set(scopes).size === scopes.length, 'each scope once'),
  })
  .meta({ id: 'MemberDraft' });

export const Member = z
  .object({ id: ServerId, name: z.string(), role: z.string(), scopes: z.array(Scope), createdAt: z.iso.datetime() })
  .meta({ id: 'Member' });

export const NewMember = z
  .object({ member: Member, credential: z.string().describe('`scm_<member id>_<secret>`: shown this once; the server keeps only its hash.') })
  .meta({ id: 'NewMember' });
