// The audit log: every staff act on others (grants, approvals, rejections, reveals, edits) with who, what, when,
// why, and the before and after of what changed.
import { col, newId, type Db } from './people-db';
import type { AuditRecord } from './records';
import type { Caller } from './caller';

export async function audit(
  db: Db,
  caller: Caller,
  now: Date,
  entry: Pick<AuditRecord, 'action' | 'orgPath' | 'target' | 'before' | 'after'> & { reason?: string | null },
): Promise<void> {
  const record: AuditRecord = {
    _id: newId('a'),
    at: now,
    actorId: caller.user?._id ?? caller.openid,
    actorName: caller.user?.profile?.realName ?? '管理员',
    ...entry,
    reason: entry.reason ?? null,
  };
  await col(db, 'auditLog').add(record);
}
