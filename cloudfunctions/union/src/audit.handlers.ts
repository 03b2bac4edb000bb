// The audit log of the caller's part of the tree, newest first.
import type { unionContract } from '../../../src/shared/contracts/union';
import { literalPattern } from '../../../server/kit/db';
import { readTablePage } from '../../../server/kit/table';
import { auditLog } from '../../../server/people/audit';

import type { GuardedHandlers } from '../../../server/kit/guarded-function';

export const auditHandlers = {
  auditLog: async ({ targetType, table, cursor }, ctx) => {
    const where: Record<string, unknown> = { orgPath: ctx.db.command.in(ctx.scopeNodes()) };
    if (targetType) where['target.type'] = targetType;
    // Staff look for what was done to someone or something: the target's label is what they read in the log.
    if (table?.search) where['target.label'] = literalPattern(ctx.db, table.search);
    const page = await readTablePage(ctx.db, auditLog, where, {
      table,
      cursor,
      fields: { at: 'at' },
      defaults: { sortBy: 'at', order: 'desc' },
    });
    return {
      total: page.total,
      page: page.page,
      entries: page.rows.map((entry) => ({
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
      nextCursor: page.nextCursor,
    };
  },
} satisfies Pick<GuardedHandlers<typeof unionContract>, 'auditLog'>;
