// The audit log: every staff act on others (grants, approvals, rejections, reveals, edits) with who, what, when,
// why, and the before and after of what changed.
import { col, newId, type Db } from './people-db';
import type { AuditRecord } from './records';
import type { Actor } from '../kit/actor';

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
  await col(db, 'auditLog').add(record);
}
