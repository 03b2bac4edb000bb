// Records turned into what the contracts answer. Personal fields leave only in their masked form here; the
// unmasked value has its own actions (the owner's `myPersonal`, staff's audited `revealPersonal`).
import type * as z from 'zod';
import type { Me } from '../../src/shared/contracts/account';
import type { OrgRef, PersonSummary } from '../../src/shared/contracts/people-common';
import type { grantSchema, memberSchema, orgNodeSchema } from '../../src/shared/contracts/union';
import { tradeText } from '../../src/shared/people/trades';
import type { GrantRecord } from './grants';
import { frontlineOf, honoursOf, tradeOf } from './honours';
import type { OrgRecord } from './orgs';
import type { UserRecord } from './users';

export type Orgs = Map<string, OrgRecord>;

export function orgRef(org: OrgRecord, orgs: Orgs): OrgRef {
  return {
    id: org._id,
    name: org.name,
    kind: org.kind,
    parentName: org.parentId ? (orgs.get(org.parentId)?.name ?? null) : null,
  };
}

/**
 * The organisations a view of these records names (`ids`), and the parents their paths already reveal (`hints`),
 * for orgsWithParents.
 */
export function orgIdsFor(users: UserRecord[], grants: GrantRecord[] = []): { ids: string[]; hints: string[] } {
  const ids = new Set<string>();
  const hints = new Set<string>();
  const add = (path: readonly string[]) => {
    const [parent, self] = path.slice(-2).length === 2 ? path.slice(-2) : [undefined, path[path.length - 1]];
    if (self) ids.add(self);
    if (parent) hints.add(parent);
  };
  for (const user of users) {
    add(user.orgPath);
    if (user.pending) ids.add(user.pending.orgId);
    if (user.lastDecision) ids.add(user.lastDecision.orgId);
  }
  for (const grant of grants) add(grant.orgPath);
  return { ids: [...ids], hints: [...hints] };
}

const refOf = (id: string | null, orgs: Orgs): OrgRef | null => {
  const org = id ? orgs.get(id) : undefined;
  return org ? orgRef(org, orgs) : null;
};

export function meView(user: UserRecord, grants: GrantRecord[], orgs: Orgs): Me {
  const { pending } = user;
  const org = refOf(user.orgId, orgs);
  const pendingOrg = pending ? refOf(pending.orgId, orgs) : null;
  const decisionOrg = user.lastDecision ? refOf(user.lastDecision.orgId, orgs) : null;
  const trade = tradeOf(user);
  const honours = honoursOf(user);
  return {
    userId: user._id,
    consentVersion: user.consent?.version ?? null,
    profile: user.profile
      ? {
          realName: user.profile.realName,
          trade: trade!.code,
          tradeNote: trade!.note,
          skillLevel: user.profile.skillLevel,
          frontline: frontlineOf(user),
          phoneMasked: user.profile.phone?.masked ?? null,
          idNumberMasked: user.profile.idNumber?.masked ?? null,
          photoFileId: user.profile.photoFileId,
        }
      : null,
    membership: {
      status: pending ? 'pending' : org ? 'member' : 'none',
      org,
      since: user.joinedAt?.toISOString() ?? null,
      pending:
        pending && pendingOrg
          ? { requestId: pending.requestId, org: pendingOrg, createdAt: pending.createdAt.toISOString() }
          : null,
      lastDecision:
        user.lastDecision && decisionOrg
          ? {
              org: decisionOrg,
              approved: user.lastDecision.approved,
              reason: user.lastDecision.reason,
              at: user.lastDecision.at.toISOString(),
            }
          : null,
    },
    history: user.history.map((entry) => ({
      orgName: entry.orgName,
      from: entry.from.toISOString(),
      to: entry.to?.toISOString() ?? null,
    })),
    honours,
    modelWorker: user.modelWorker ? { honours } : null,
    staffAt: grants
      .filter((grant) => grant.role === 'staff' && grant.orgId)
      .map((grant) => refOf(grant.orgId, orgs))
      .filter((ref): ref is OrgRef => ref !== null),
    expertFor: grants
      .filter((grant) => grant.role === 'expert' && grant.campaignId)
      .map((grant) => grant.campaignId!),
  };
}

export function personSummary(user: UserRecord, orgs: Orgs): PersonSummary {
  const trade = tradeOf(user);
  return {
    id: user._id,
    realName: user.profile?.realName ?? '（未填写资料）',
    trade: trade ? tradeText(trade) : '',
    skillLevel: user.profile?.skillLevel ?? 'junior',
    phoneMasked: user.profile?.phone?.masked ?? null,
    org: refOf(user.orgId, orgs),
    modelWorker: user.modelWorker !== null,
  };
}

export function grantView(grant: GrantRecord, orgs: Orgs): z.input<typeof grantSchema> {
  return {
    id: grant._id,
    role: grant.role,
    org: refOf(grant.orgId, orgs),
    campaignId: grant.campaignId,
    grantedAt: grant.grantedAt.toISOString(),
  };
}

export function memberView(user: UserRecord, grants: GrantRecord[], orgs: Orgs): z.input<typeof memberSchema> {
  return {
    ...personSummary(user, orgs),
    idNumberMasked: user.profile?.idNumber?.masked ?? null,
    joinedAt: user.joinedAt?.toISOString() ?? null,
    grants: grants.filter((grant) => grant.userId === user._id).map((grant) => grantView(grant, orgs)),
    honours: honoursOf(user),
    tradeCode: tradeOf(user)?.code ?? null,
    frontline: frontlineOf(user),
  };
}

export function orgNode(org: OrgRecord, memberCount: number): z.input<typeof orgNodeSchema> {
  return {
    id: org._id,
    name: org.name,
    kind: org.kind,
    parentId: org.parentId,
    status: org.status,
    memberCount,
  };
}
