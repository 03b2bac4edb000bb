// 操作日志: the audit log of the caller's subtree (admin subpackage).
import { PageShell } from '@/components/page-shell/page-shell';
import { AuditLog } from '@/features/union/audit-log';
// The side navigation of a wide window lists the 工作台's tasks.
import '../../staff-tasks';

export default function AuditLogPage() {
  return (
    <PageShell>
      <AuditLog />
    </PageShell>
  );
}
