// Contract of the `union` function: what union staff do at and below their node of the tree — organisations,
// join requests, members, roles, model workers, invites and the audit log.
import * as z from 'zod';
import { tradeCodes } from '../people/trades';
import { frontlineStatuses, orgKinds } from '../people/vocabulary';
import { defineContract } from './contract';
import { pageInput } from './paging';
import { tableAnswer, tableQuery } from './table-query';
import {
  honourSchema,
  idOf,
  idSchema,
  isoInstant,
  nameSchema,
  orgRefSchema,
  personSummarySchema,
  reasonSchema,
} from './people-common';

export const orgNodeSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(orgKinds),
  parentId: z.string().nullable(),
  status: z.enum(['active', 'retired']),
  memberCount: z.number().int(),
});

export const joinRequestSchema = z.object({
  id: z.string(),
  person: personSummarySchema,
  org: orgRefSchema,
  note: z.string().nullable(),
  status: z.enum(['pending', 'approved', 'rejected', 'cancelled']),
  createdAt: isoInstant,
  decidedAt: isoInstant.nullable(),
  reason: z.string().nullable(),
});

export const grantSchema = z.object({
  id: z.string(),
  role: z.enum(['staff', 'expert']),
  org: orgRefSchema.nullable(),
  campaignId: z.string().nullable(),
  grantedAt: isoInstant,
});

export const memberSchema = personSummarySchema.extend({
  idNumberMasked: z.string().nullable(),
  joinedAt: isoInstant.nullable(),
  grants: z.array(grantSchema),
  honours: z.array(honourSchema),
  /** The trade's code (`trade` is how it reads); null without a profile. */
  tradeCode: z.enum(tradeCodes).nullable(),
  frontline: z.enum(frontlineStatuses),
});

/** What an audited act is about: a person, an organisation, a grant, a campaign, a candidate, an objection… */
export const auditTargetTypes = [
  'user',
  'org',
  'grant',
  'joinRequest',
  'invite',
  'campaign',
  'candidate',
  'objection',
  'calendar',
  'flag',
  'voter',
  /** A 十个一 record: a log entry, a diary day, a plan. */
  'tenEntry',
  'tenDiary',
  'tenPlan',
  /** A skills contest, and one worker's entry in it. */
  'contest',
  'contestEntry',
  /** 师带徒: a master's record, a studio, a pair, an application to a master, a session or lecture. */
  'master',
  'studio',
  'apprenticeship',
  'mentorApplication',
  'mentorSession',
] as const;
export type AuditTargetType = (typeof auditTargetTypes)[number];

export const auditEntrySchema = z.object({
  id: z.string(),
  at: isoInstant,
  actorName: z.string(),
  action: z.string(),
  targetType: z.enum(auditTargetTypes),
  targetLabel: z.string(),
  reason: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});

/** Staff tables of the union function: what each may be sorted by (each backed by an index) and searched in. */
export const joinRequestsTable = tableQuery(['createdAt'], { search: false });
export const membersTable = tableQuery(['joinedAt', 'name']);
export const auditTable = tableQuery(['at']);

export const unionContract = defineContract('union', {
  /** What waits for the caller across their scopes. */
  workbench: {
    input: z.object({}).strict(),
    output: z.object({
      scopes: z.array(orgRefSchema),
      pendingJoinRequests: z.number().int(),
      members: z.number().int(),
      organisations: z.number().int(),
    }),
  },
  /** Every organisation at and below the caller's nodes. */
  orgTree: { input: z.object({}).strict(), output: z.object({ orgs: z.array(orgNodeSchema) }) },
  createOrg: {
    input: z.object({ parentId: idSchema, name: nameSchema, kind: z.enum(orgKinds) }).strict(),
    output: orgNodeSchema,
  },
  renameOrg: {
    input: z.object({ orgId: idSchema, name: nameSchema, reason: reasonSchema }).strict(),
    output: orgNodeSchema,
  },
  retireOrg: { input: z.object({ orgId: idSchema, reason: reasonSchema }).strict(), output: orgNodeSchema },
  listJoinRequests: {
    input: z
      .object({
        status: z.enum(['pending', 'approved', 'rejected']).default('pending'),
        table: joinRequestsTable.optional(),
        ...pageInput,
      })
      .strict(),
    output: z.object({ requests: z.array(joinRequestSchema), nextCursor: z.string().nullable(), ...tableAnswer }),
  },
  decideJoin: {
    input: z
      .object({ requestId: idSchema, approve: z.boolean(), reason: reasonSchema.optional() })
      .strict()
      .refine((value) => value.approve || value.reason !== undefined, {
        message: '驳回时请填写原因',
        path: ['reason'],
      }),
    output: joinRequestSchema,
  },
  listMembers: {
    input: z
      .object({
        orgId: idSchema,
        /** 一线职工 awaiting the union's confirmation, or confirmed. */
        frontline: z.enum(['pending', 'confirmed']).optional(),
        table: membersTable.optional(),
        ...pageInput,
      })
      .strict(),
    output: z.object({ members: z.array(memberSchema), nextCursor: z.string().nullable(), ...tableAnswer }),
  },
  /** Staff find a person in their subtree by name (to grant a role or designate a model worker). */
  searchPeople: {
    input: z.object({ keyword: z.string().trim().min(1).max(20) }).strict(),
    output: z.object({ people: z.array(memberSchema) }),
  },
  /** The unmasked value of one personal field, for a stated reason; always audited. */
  revealPersonal: {
    input: z.object({ userId: idSchema, field: z.enum(['phone', 'idNumber']), reason: reasonSchema }).strict(),
    output: z.object({ value: z.string().nullable() }),
  },
  createInvite: {
    input: z.object({ orgId: idSchema, days: z.number().int().min(1).max(30).default(7) }).strict(),
    output: z.object({
      token: z.string(),
      expiresAt: isoInstant,
      /** The mini-program code that opens the invite, as a data: URL. */
      codeImage: z.string(),
    }),
  },
  grantRole: {
    input: z.discriminatedUnion('role', [
      z
        .object({ role: z.literal('staff'), userId: idSchema, orgId: idOf('请选择任职的组织'), reason: reasonSchema })
        .strict(),
      z
        .object({
          role: z.literal('expert'),
          userId: idSchema,
          campaignId: z
            .string()
            .trim()
            .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: '请填写评选编号（字母、数字、短横线）' }),
          reason: reasonSchema,
        })
        .strict(),
    ]),
    output: grantSchema,
  },
  revokeRole: { input: z.object({ grantId: idSchema, reason: reasonSchema }).strict(), output: z.object({}) },
  designateModelWorker: {
    input: z
      .object({ userId: idSchema, honours: z.array(honourSchema).min(1).max(20), reason: reasonSchema })
      .strict(),
    output: memberSchema,
  },
  /** A member's honours, model worker or not (replaces the list; an empty list removes them all). */
  setHonours: {
    input: z.object({ userId: idSchema, honours: z.array(honourSchema).max(20), reason: reasonSchema }).strict(),
    output: memberSchema,
  },
  /** Confirms or withdraws the 一线职工 a member stated on their profile. */
  decideFrontline: {
    input: z.object({ userId: idSchema, confirm: z.boolean(), reason: reasonSchema }).strict(),
    output: memberSchema,
  },
  /**
   * Moves records from before issue 14 into today's shape: model workers' honours to the person's `honours` (coded
   * from their titles) and free-text trades to the trade list. Idempotent; says how many records it changed.
   */
  migratePeople: {
    input: z.object({}).strict(),
    output: z.object({
      examined: z.number().int(),
      changed: z.number().int(),
      honoursMoved: z.number().int(),
      tradesMapped: z.number().int(),
      tradesKeptAsOther: z.number().int(),
    }),
  },
  auditLog: {
    input: z
      .object({ targetType: z.enum(auditTargetTypes).optional(), table: auditTable.optional(), ...pageInput })
      .strict(),
    output: z.object({ entries: z.array(auditEntrySchema), nextCursor: z.string().nullable(), ...tableAnswer }),
  },
});
