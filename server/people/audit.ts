// The audit log: the `auditLog` collection, every staff act on others (grants, approvals, rejections, reveals, edits)
// with who, what, when, why, and the before and after of what changed.
import type { AuditTargetType } from '../../src/shared/contracts/union';
import type { Actor } from '../kit/actor';
import { storedCollection, type Db } from '../kit/db';
import { newId } from '../kit/ids';

export interface AuditRecord {
  _id: string;
  at: Date;
  actorId: string;
  actorName: string;
  action: string;
  /** The organisation path the act falls under: staff read the log of their subtree. */
  orgPath: string[];
  target: { type: AuditTargetType; id: string; label: string };
  reason: string | null;
  before: unknown;
  after: unknown;
}

export const auditLog = storedCollection<AuditRecord>('auditLog');

export async function audit(
  db: Db,
  actor: Actor,
  now: Date,
  entry: Pick<AuditRecord, 'action' | 'orgPath' | 'target' | 'before' | 'after'> & { reason?: string | null },
): Promise<void> {
  const record: AuditRecord = {
    _id: newId('a'),
    at: now,
    actorId: actor.id,
    actorName: actor.name,
    ...entry,
    reason: entry.reason ?? null,
  };
  await auditLog.of(db).add(record);
}
