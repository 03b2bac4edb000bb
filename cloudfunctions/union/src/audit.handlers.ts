// The audit log of the caller's part of the tree, newest first.
import type { unionContract } from '../../../src/shared/contracts/union';
import { nextCursor, offsetOf, PAGE } from '../../../server/kit/paging';
import { auditLog, type AuditRecord } from '../../../server/people/audit';

import type { GuardedHandlers } from '../../../server/kit/guarded-function';

export const auditHandlers = {
  auditLog: async ({ cursor }, ctx) => {
    const offset = offsetOf(cursor);
    const { data } = (await auditLog
      .of(ctx.db)
      .where({ orgPath: ctx.db.command.in(ctx.scopeNodes()) })
      .orderBy('at', 'desc')
      .skip(offset)
      .limit(PAGE)
      .get()) as { data: AuditRecord[] };
    return {
      entries: data.map((entry) => ({
        id: entry._id,
        at: entry.at.toISOString(),
        actorName: entry.actorName,
        action: entry.action,
        targetType: entry.target.type,
        targetLabel: entry.target.label,
        reason: entry.reason,
        before: entry.before,
        after: entry.after,
      })),
      nextCursor: nextCursor(offset, data.length),
    };
  },
} satisfies Pick<GuardedHandlers<typeof unionContract>, 'auditLog'>;
