// The stored shapes of the people collections (declared with their indexes in database/collections.json).
import type { Honour } from '../../src/shared/contracts/people-common';
import type { OrgKind, SkillLevel } from '../../src/shared/people/vocabulary';

export const COLLECTIONS = {
  users: 'users',
  orgs: 'orgs',
  grants: 'grants',
  joinRequests: 'joinRequests',
  invites: 'invites',
  auditLog: 'auditLog',
} as const;

/** A personal field at rest: ciphertext, and the masked form lists show. */
export interface SealedField {
  sealed: string;
  masked: string;
}

export interface UserRecord {
  _id: string;
  openid: string;
  createdAt: Date;
  consent: { version: string; at: Date } | null;
  profile: {
    realName: string;
    trade: string;
    skillLevel: SkillLevel;
    phone: SealedField | null;
    idNumber: SealedField | null;
    photoFileId: string | null;
    updatedAt: Date;
  } | null;
  /** Current enterprise and its path (root first, itself last), or null. */
  orgId: string | null;
  orgPath: string[];
  joinedAt: Date | null;
  /** Past memberships; a move closes the current one here and keeps it. */
  history: Array<{ orgId: string; orgName: string; from: Date; to: Date | null }>;
  /** The one join request awaiting a decision, if any (a copy, so 我的 needs no second read). */
  pending: { requestId: string; orgId: string; createdAt: Date } | null;
  lastDecision: { requestId: string; orgId: string; approved: boolean; reason: string | null; at: Date } | null;
  modelWorker: { honours: Honour[]; designatedBy: string; designatedAt: Date } | null;
}

export interface OrgRecord {
  _id: string;
  name: string;
  kind: OrgKind;
  parentId: string | null;
  /** Ancestors root first, then the organisation itself: subtree checks are `path.includes(node)`. */
  path: string[];
  status: 'active' | 'retired';
  createdAt: Date;
  createdBy: string;
}

export interface GrantRecord {
  _id: string;
  userId: string;
  role: 'staff' | 'expert';
  orgId: string | null;
  orgPath: string[];
  orgKind: OrgKind | null;
  campaignId: string | null;
  grantedBy: string;
  grantedAt: Date;
  active: boolean;
  revokedAt: Date | null;
}

export interface JoinRequestRecord {
  _id: string;
  userId: string;
  orgId: string;
  orgPath: string[];
  note: string | null;
  status: 'pending' | 'approved' | 'rejected' | 'cancelled';
  createdAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  reason: string | null;
}

export interface InviteRecord {
  _id: string;
  orgId: string;
  createdBy: string;
  createdAt: Date;
  expiresAt: Date;
  uses: number;
}

export interface AuditRecord {
  _id: string;
  at: Date;
  actorId: string;
  actorName: string;
  action: string;
  /** The organisation path the act falls under: staff read the log of their subtree. */
  orgPath: string[];
  target: { type: 'user' | 'org' | 'grant' | 'joinRequest' | 'invite'; id: string; label: string };
  reason: string | null;
  before: unknown;
  after: unknown;
}
