// 操作日志: the audit log of the caller's subtree (admin subpackage).
import { PageShell } from '@/components/page-shell/page-shell';
import { AuditLog } from '@/features/union/audit-log';

export default function AuditLogPage() {
  return (
    <PageShell>
      <AuditLog />
    </PageShell>
  );
}
