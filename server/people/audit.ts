// The audit log: every staff act on others (grants, approvals, rejections, reveals, edits) with who, what, when,
// why, and the before and after of what changed.
import { col, newId, type Db } from './people-db';
import type { AuditRecord } from './records';
import type { Caller } from './caller';

/** Scheduled work acts as the system, not as a person. */
export const SYSTEM_ACTOR = { id: 'system', name: '系统（按日程）' } as const;

export async function audit(
  db: Db,
  caller: Caller | typeof SYSTEM_ACTOR,
  now: Date,
  entry: Pick<AuditRecord, 'action' | 'orgPath' | 'target' | 'before' | 'after'> & { reason?: string | null },
): Promise<void> {
  const record: AuditRecord = {
    _id: newId('a'),
    at: now,
    actorId: 'openid' in caller ? (caller.user?._id ?? caller.openid) : caller.id,
    actorName: 'openid' in caller ? (caller.user?.profile?.realName ?? '管理员') : caller.name,
    ...entry,
    reason: entry.reason ?? null,
  };
  await col(db, 'auditLog').add(record);
}
